package vn.parindex.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the real PostgreSQL named by {@code PARINDEX_TEST_PG_URL}, {@code
 * PARINDEX_TEST_PG_USER} and {@code PARINDEX_TEST_PG_PASSWORD} (bin/test exports them; without them
 * the local {@value #DEFAULT_URL} with parindex/parindex). Each context gets its own fresh schema
 * {@code t_<random>}, migrated by Flyway and dropped when the context closes. An unreachable server
 * fails the context with a message saying how to start one: never a skip.
 */
public final class PostgresDatabase
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/parindex_test";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    dropAbandonedSchemas();
    String schema =
        "t_"
            + Instant.now().getEpochSecond()
            + "_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    execute("create schema " + schema);
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "parindex-test-postgres",
                Map.of(
                    "spring.datasource.url",
                    urlFor(schema),
                    "spring.datasource.username",
                    user(),
                    "spring.datasource.password",
                    password(),
                    "spring.datasource.driver-class-name",
                    "org.postgresql.Driver",
                    "spring.flyway.schemas",
                    schema,
                    "spring.flyway.default-schema",
                    schema,
                    "parindex.test.schema",
                    schema,
                    // Spring keeps up to 32 test contexts alive; each would hold its pool's ten
                    // connections and the server's 100 run out. Idle ones are let go instead.
                    "spring.datasource.hikari.minimum-idle",
                    "0",
                    "spring.datasource.hikari.idle-timeout",
                    "10000",
                    // as in production (application-postgres.properties) and the benchmarks
                    "spring.datasource.hikari.data-source-properties.reWriteBatchedInserts",
                    "true")));
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent closed && closed.getSource() == context) {
            execute("drop schema if exists " + schema + " cascade");
          }
        });
  }

  /** The JDBC URL of the server, as configured or the local default. */
  public static String url() {
    return env("PARINDEX_TEST_PG_URL", DEFAULT_URL);
  }

  static String user() {
    return env("PARINDEX_TEST_PG_USER", "parindex");
  }

  static String password() {
    return env("PARINDEX_TEST_PG_PASSWORD", "parindex");
  }

  static String urlFor(String schema) {
    String base = url();
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Schemas a killed test JVM left behind; a day old, so never one a running suite still uses. */
  private static void dropAbandonedSchemas() {
    long dayAgo = Instant.now().minus(Duration.ofDays(1)).getEpochSecond();
    List<String> old = new ArrayList<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select nspname from pg_namespace where nspname ~ '^t_[0-9]+_[0-9a-f]+$'")) {
      while (rs.next()) {
        String name = rs.getString(1);
        if (Long.parseLong(name.split("_")[1]) < dayAgo) {
          old.add(name);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url() + ": " + e.getMessage(), e);
    }
    old.forEach(name -> execute("drop schema if exists " + name + " cascade"));
  }

  private static void execute(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + url() + ": " + e.getMessage(), e);
    }
  }

  /** A plain connection to the server; fails with the way to get one when it is not there. */
  public static Connection connect() {
    try {
      return DriverManager.getConnection(url(), user(), password());
    } catch (SQLException e) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "PostgreSQL tests are required but the server at %s (user %s) is unreachable: %s%n"
                  + "Run the suite with bin/test (it installs and starts PostgreSQL), or start"
                  + " one and set PARINDEX_TEST_PG_URL, PARINDEX_TEST_PG_USER and"
                  + " PARINDEX_TEST_PG_PASSWORD.",
              url(),
              user(),
              e.getMessage()),
          e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
