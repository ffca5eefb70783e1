package vn.parindex.support;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Empties every application table after each test class, so a test class that reuses a cached
 * Spring context starts from the same empty database it would have had alone. Flyway's history is
 * kept; the schema stays migrated.
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
          jdbc.execute("truncate table \"" + table + "\" restart identity");
        }
      } finally {
        jdbc.execute("set referential_integrity true");
      }
    } else {
      jdbc.execute(
          "truncate table "
              + String.join(", ", tables.stream().map(t -> "\"" + t + "\"").toList())
              + " restart identity cascade");
    }
  }
}
