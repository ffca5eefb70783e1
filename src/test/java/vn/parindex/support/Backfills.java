package vn.parindex.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A migration's backfill tried on both databases: a fresh database migrated up to the last
 * migration before {@code version} stores the rows as an earlier release wrote them, is migrated to
 * the end, then handed to the check.
 */
final class Backfills {

  /** What a backfill test looks at once the rows are stored and the migrations run. */
  interface Check {
    void run(Statement migrated) throws SQLException;
  }

  private Backfills() {}

  /** On an in-memory H2 database in PostgreSQL mode, as the embedded default runs. */
  static void onH2(String version, String[] rows, Check check) throws SQLException {
    String url =
        "jdbc:h2:mem:backfill-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    FluentConfiguration flyway = Flyway.configure().dataSource(url, "sa", "");
    flyway.target(before(flyway, version)).load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      storeMigrateCheck(
          c, rows, () -> Flyway.configure().dataSource(url, "sa", "").load().migrate(), check);
    }
  }

  /** On a fresh schema of the test PostgreSQL, dropped afterwards. */
  static void onPostgresql(String version, String[] rows, Check check) throws SQLException {
    String schema =
        "t_"
            + Instant.now().getEpochSecond()
            + "_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (Connection admin = PostgresDatabase.connect();
        Statement s = admin.createStatement()) {
      s.execute("create schema " + schema);
      try {
        String url = PostgresDatabase.urlFor(schema);
        String user = PostgresDatabase.user();
        String password = PostgresDatabase.password();
        java.util.function.Supplier<FluentConfiguration> flyway =
            () ->
                Flyway.configure()
                    .dataSource(url, user, password)
                    .schemas(schema)
                    .defaultSchema(schema);
        flyway.get().target(before(flyway.get(), version)).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
          storeMigrateCheck(c, rows, () -> flyway.get().load().migrate(), check);
        }
      } finally {
        s.execute("drop schema " + schema + " cascade");
      }
    }
  }

  private static void storeMigrateCheck(
      Connection c, String[] rows, Runnable migrateTheRest, Check check) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String sql : rows) {
        s.execute(sql);
      }
      migrateTheRest.run();
      check.run(s);
    }
  }

  /** The last migration before {@code version} (Flyway's target must be one that exists). */
  private static String before(FluentConfiguration flyway, String version) {
    return Arrays.stream(flyway.load().info().all())
        .map(MigrationInfo::getVersion)
        .filter(v -> v != null && v.isNewerThan("0") && !v.isAtLeast(version))
        .max(Comparator.naturalOrder())
        .orElseThrow()
        .getVersion();
  }
}
