package vn.parindex.support;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Empties every application table after each test class, then runs the application's start-up
 * runners again (demo data, first administrator), so a test class that reuses a cached Spring
 * context starts from the same database it would have had alone. Flyway's history is kept.
 */
public class DatabaseCleaner extends AbstractTestExecutionListener {

  @Override
  public int getOrder() {
    return LOWEST_PRECEDENCE;
  }

  @Override
  public void afterTestClass(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    ApplicationContext context = testContext.getApplicationContext();
    if (context.getBeanNamesForType(DataSource.class).length == 0) {
      return;
    }
    JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
    List<String> tables =
        jdbc.queryForList(
            "select table_name from information_schema.tables where table_schema = current_schema"
                + " and table_type in ('BASE TABLE', 'TABLE')"
                + " and lower(table_name) <> 'flyway_schema_history'",
            String.class);
    if (tables.isEmpty()) {
      return;
    }
    String product =
        jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    if ("H2".equals(product)) {
      jdbc.execute("set referential_integrity false");
      try {
        for (String table : tables) {
          jdbc.execute(emptying(table, " restart identity"));
        }
      } finally {
        jdbc.execute("set referential_integrity true");
      }
    } else {
      deleteInForeignKeyOrder(jdbc, tables);
    }
    // Ids start again from 1: what the caches hold under an id is another row's now.
    context
        .getBeanProvider(CacheManager.class)
        .ifAvailable(
            caches -> caches.getCacheNames().forEach(name -> caches.getCache(name).clear()));
    rerunStartupRunners(context);
  }

  /**
   * Rows the migrations seed are reference data, not test data: the default obligations (no unit,
   * no set) stay. A set's obligations go with their set: on H2, emptied with its foreign keys off
   * and its ids restarted, they would otherwise be counted again under the next set given the same
   * id (the demo's year set had each obligation twice after a class had run before it).
   */
  private static String emptying(String table, String truncateSuffix) {
    if ("obligation".equalsIgnoreCase(table)) {
      return "delete from obligation where unit_id is not null or set_id is not null";
    }
    return truncateSuffix == null
        ? "delete from \"" + table + "\""
        : "truncate table \"" + table + "\"" + truncateSuffix;
  }

  /** PostgreSQL keeps its foreign keys on: delete table by table, retrying until all are empty. */
  private static void deleteInForeignKeyOrder(JdbcTemplate jdbc, List<String> tables) {
    List<String> left = new ArrayList<>(tables);
    for (int pass = 0; pass < tables.size() && !left.isEmpty(); pass++) {
      List<String> failed = new ArrayList<>();
      for (String table : left) {
        try {
          jdbc.execute(emptying(table, null));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
          failed.add(table);
        }
      }
      left = failed;
    }
    if (!left.isEmpty()) {
      throw new IllegalStateException("could not empty " + left);
    }
  }

  private static void rerunStartupRunners(ApplicationContext context) {
    List<ApplicationRunner> runners =
        new ArrayList<>(context.getBeansOfType(ApplicationRunner.class).values());
    AnnotationAwareOrderComparator.sort(runners);
    for (ApplicationRunner runner : runners) {
      try {
        runner.run(new DefaultApplicationArguments());
      } catch (Exception e) {
        throw new IllegalStateException("start-up runner failed after cleaning: " + runner, e);
      }
    }
  }
}
