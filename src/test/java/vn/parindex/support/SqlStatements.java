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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends (each {@code execute…} of a statement is one
 * round trip) per thread, by wrapping its {@link DataSource}: a page's cost in statements, whatever
 * the machine's load. Register it in a test context ({@code @Import(SqlStatements.class)}) or in a
 * benchmark's application; {@link #on(Thread)} and {@link #sum(Predicate)} read the counts.
 */
public class SqlStatements implements BeanPostProcessor {

  private static final Map<String, AtomicLong> BY_THREAD = new ConcurrentHashMap<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource source && !Proxy.isProxyClass(bean.getClass())) {
      return proxy(DataSource.class, source, SqlStatements::connection);
    }
    return bean;
  }

  /** Statements sent so far from the thread of this name. */
  public static long on(Thread thread) {
    AtomicLong count = BY_THREAD.get(thread.getName());
    return count == null ? 0 : count.get();
  }

  /** Statements sent so far from threads whose names pass the test. */
  public static long sum(Predicate<String> threadName) {
    return BY_THREAD.entrySet().stream()
        .filter(e -> threadName.test(e.getKey()))
        .mapToLong(e -> e.getValue().get())
        .sum();
  }

  private static Object connection(Method method, Object result) {
    return result instanceof Connection c
        ? proxy(Connection.class, c, SqlStatements::statement)
        : result;
  }

  private static Object statement(Method method, Object result) {
    if (result instanceof CallableStatement s) {
      return proxy(CallableStatement.class, s, (m, r) -> r);
    }
    if (result instanceof PreparedStatement s) {
      return proxy(PreparedStatement.class, s, (m, r) -> r);
    }
    if (result instanceof Statement s) {
      return proxy(Statement.class, s, (m, r) -> r);
    }
    return result;
  }

  @FunctionalInterface
  private interface After {
    Object apply(Method method, Object result);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, After after) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("unwrap") && args != null && args[0] == type) {
            return proxy;
          }
          if (method.getName().startsWith("execute") && Statement.class.isAssignableFrom(type)) {
            BY_THREAD
                .computeIfAbsent(Thread.currentThread().getName(), k -> new AtomicLong())
                .incrementAndGet();
          }
          try {
            return after.apply(method, method.invoke(target, args));
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (T)
        Proxy.newProxyInstance(
            SqlStatements.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
