package vn.parindex.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the statements the calling thread sends to the database while it runs a piece of work
 * (each execute, and each JDBC batch once: one round trip), with their SQL, through a wrapper
 * around the application's DataSource. Other threads (scheduled jobs) are not counted. Import it in
 * a test ({@code @Import(StatementCounter.class)}) and call {@link #count}; a benchmark adds it to
 * its application and reads the totals of the server's threads with {@link #sum}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

  /** What one piece of work sent: the number of round trips and, per SQL text, how many. */
  public record Counted<T>(T result, int statements, Map<String, Integer> bySql) {}

  private static final ThreadLocal<Map<String, Integer>> COUNTING = new ThreadLocal<>();

  private static final Map<String, java.util.concurrent.atomic.AtomicLong> BY_THREAD =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Statements sent so far, ever, from the threads whose names pass the test. */
  public static long sum(java.util.function.Predicate<String> threadName) {
    return BY_THREAD.entrySet().stream()
        .filter(e -> threadName.test(e.getKey()))
        .mapToLong(e -> e.getValue().get())
        .sum();
  }

  /** Runs the work on this thread and counts its statements (also those after its commit). */
  public static <T> Counted<T> count(Callable<T> work) throws Exception {
    Map<String, Integer> seen = new TreeMap<>();
    COUNTING.set(seen);
    try {
      T result = work.call();
      int total = seen.values().stream().mapToInt(Integer::intValue).sum();
      return new Counted<>(result, total, seen);
    } finally {
      COUNTING.remove();
    }
  }

  @Bean
  static BeanPostProcessor countingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource source && !(Proxy.isProxyClass(bean.getClass()))) {
          return wrap(DataSource.class, source, null);
        }
        return bean;
      }
    };
  }

  private static void seen(String sql) {
    BY_THREAD
        .computeIfAbsent(
            Thread.currentThread().getName(), k -> new java.util.concurrent.atomic.AtomicLong())
        .incrementAndGet();
    Map<String, Integer> seen = COUNTING.get();
    if (seen != null) {
      seen.merge(sql == null ? "?" : sql, 1, Integer::sum);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T wrap(Class<T> type, T target, String sql) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          return after(method, args, result, sql);
        };
    return (T)
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object after(Method method, Object[] args, Object result, String sql) {
    String name = method.getName();
    if (result instanceof Connection c && name.equals("getConnection")) {
      return wrap(Connection.class, c, null);
    }
    if (result instanceof CallableStatement s && name.equals("prepareCall")) {
      return wrap(CallableStatement.class, s, (String) args[0]);
    }
    if (result instanceof PreparedStatement s && name.equals("prepareStatement")) {
      return wrap(PreparedStatement.class, s, (String) args[0]);
    }
    if (result instanceof Statement s && name.equals("createStatement")) {
      return wrap(Statement.class, s, null);
    }
    if (name.startsWith("execute")) {
      seen(sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
    }
    return result;
  }
}
