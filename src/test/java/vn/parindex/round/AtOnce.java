package vn.parindex.round;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helpers of the round's concurrency tests: two callers released at the same moment. */
final class AtOnce {

  /** Runs {@code call} on two threads released together; both results, in start order. */
  static <T> List<T> twice(Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The in-app messages a person was told, oldest first. */
  static List<String> messages(JdbcClient jdbc, long userId) {
    return jdbc.sql("select message from notification where user_id = ? order by id")
        .param(userId)
        .query(String.class)
        .list();
  }

  private AtOnce() {}
}
