package bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Closed-loop load: N sessions (each its own HttpClient, a fixed thread pool: Java 17 has no
 * virtual threads) send requests back to back for a fixed time; latencies per path kind.
 */
final class DashboardLoad {

  /** Latencies (ms) of one kind of request and the failures seen. */
  static final class Series {
    final String name;
    final List<Double> ms = new ArrayList<>();
    int failures;

    Series(String name) {
      this.name = name;
    }

    synchronized void add(double millis, boolean ok) {
      if (ok) {
        ms.add(millis);
      } else {
        failures++;
      }
    }

    double percentile(double p) {
      double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    String line(double seconds) {
      return String.format(
          "%-22s %7d req %8.1f req/s | p50 %6.1f ms | p95 %6.1f ms | p99 %6.1f ms | failures %d",
          name,
          ms.size(),
          ms.size() / seconds,
          percentile(50),
          percentile(95),
          percentile(99),
          failures);
    }
  }

  private DashboardLoad() {}

  /**
   * Runs {@code sessions} sessions for {@code seconds}; each request's path comes from {@code next}
   * (given the session's random), its kind from {@code kindOf}.
   */
  static List<Series> run(
      String base,
      int sessions,
      double seconds,
      Function<Random, String> next,
      Function<String, Integer> kindOf,
      String... kinds)
      throws Exception {
    List<Series> series = new ArrayList<>();
    Arrays.stream(kinds).forEach(k -> series.add(new Series(k)));
    ExecutorService pool = Executors.newFixedThreadPool(sessions);
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Future<?>> running = new ArrayList<>();
    for (int s = 0; s < sessions; s++) {
      Random random = new Random(s);
      running.add(
          pool.submit(
              () -> {
                HttpClient client =
                    HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .cookieHandler(new java.net.CookieManager())
                        .build();
                while (System.nanoTime() < end) {
                  String path = next.apply(random);
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(base + path))
                          .timeout(Duration.ofSeconds(30))
                          .header("Accept-Language", "vi")
                          .GET()
                          .build();
                  long start = System.nanoTime();
                  boolean ok;
                  try {
                    HttpResponse<byte[]> response =
                        client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    ok = response.statusCode() == 200 && response.body().length > 0;
                  } catch (Exception e) {
                    ok = false;
                  }
                  if (System.nanoTime() <= end) {
                    series.get(kindOf.apply(path)).add((System.nanoTime() - start) / 1e6, ok);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    return series;
  }

  static Series total(String name, List<Series> parts) {
    Series all = new Series(name);
    for (Series s : parts) {
      all.ms.addAll(s.ms);
      all.failures += s.failures;
    }
    return all;
  }
}
