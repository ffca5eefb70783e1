package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.sql.Connection;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.support.PostgresTest;

/**
 * On PostgreSQL a JDBC batch of inserts goes as multi-row inserts, in production (profile
 * "postgres") as in the tests and the benchmarks whose figures the README gives.
 */
@PostgresTest
class BatchedInsertsPostgresTest {

  static final String KEY = "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts";

  @Autowired DataSource dataSource;

  @Test
  void theTestsConnectionsRewriteBatchedInserts() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      assertThat(c.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled())
          .isTrue();
    }
  }

  @Test
  void productionSetsTheSame() throws Exception {
    Properties production = new Properties();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("application-postgres.properties")) {
      production.load(in);
    }
    assertThat(production.getProperty(KEY)).isEqualTo("true");
  }
}
