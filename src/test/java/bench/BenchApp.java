package bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.ParIndexApplication;
import vn.parindex.framework.CriteriaSets;

/**
 * The app in-process with profile "postgres" on a fresh schema of {@code PARINDEX_TEST_PG_URL}
 * (default local parindex_test, parindex/parindex) and a random port, seeded by {@link
 * DashboardBenchmark#generate}; closing it drops the schema. {@code BENCH_APP_ARGS} adds
 * application arguments (e.g. "--server.tomcat.threads.max=50").
 */
final class BenchApp implements AutoCloseable {

  final ConfigurableApplicationContext context;
  final String base;
  final String schema;
  final long seededMs;
  private final String url;
  private final String user;
  private final String password;
  private final java.nio.file.Path h2Dir;

  private BenchApp(
      ConfigurableApplicationContext context,
      String schema,
      long seededMs,
      String url,
      String user,
      String password) {
    this(context, schema, seededMs, url, user, password, null);
  }

  private BenchApp(
      ConfigurableApplicationContext context,
      String schema,
      long seededMs,
      String url,
      String user,
      String password,
      java.nio.file.Path h2Dir) {
    this.context = context;
    this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    this.schema = schema;
    this.seededMs = seededMs;
    this.url = url;
    this.user = user;
    this.password = password;
    this.h2Dir = h2Dir;
  }

  /** What a benchmark writes into the fresh schema before it measures. */
  @FunctionalInterface
  interface Seeder {
    void seed(ConfigurableApplicationContext context) throws Exception;
  }

  static BenchApp start(String prefix) throws Exception {
    return start(
        prefix,
        context ->
            DashboardBenchmark.generate(
                context.getBean(JdbcTemplate.class), context.getBean(CriteriaSets.class)));
  }

  static BenchApp start(String prefix, Seeder seeder) throws Exception {
    return start(prefix, seeder, new Class<?>[0]);
  }

  /** With more configuration classes in the application (e.g. a statement counter). */
  static BenchApp start(String prefix, Seeder seeder, Class<?>... more) throws Exception {
    String url = env("PARINDEX_TEST_PG_URL", "jdbc:postgresql://localhost:5432/parindex_test");
    String user = env("PARINDEX_TEST_PG_USER", "parindex");
    String password = env("PARINDEX_TEST_PG_PASSWORD", "parindex");
    String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    }
    System.setProperty("spring.main.banner-mode", "off");
    String sep = url.contains("?") ? "&" : "?";
    List<String> args =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url="
                    + url
                    + sep
                    + "currentSchema="
                    + schema
                    + "&reWriteBatchedInserts=true",
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema,
                "--parindex.demo.enabled=false",
                "--logging.level.root=WARN",
                "--server.port=0"));
    String extra = env("BENCH_APP_ARGS", "");
    if (!extra.isBlank()) {
      args.addAll(List.of(extra.trim().split("\\s+")));
    }
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ParIndexApplication.class)
            .sources(more)
            .web(WebApplicationType.SERVLET)
            .profiles("postgres")
            .run(args.toArray(String[]::new));
    long t0 = System.nanoTime();
    seeder.seed(context);
    return new BenchApp(context, schema, (System.nanoTime() - t0) / 1_000_000, url, user, password);
  }

  /**
   * The app on the embedded default as a user runs it (no profile): an H2 file database, with the
   * URL options of application.properties, in a fresh temporary directory that closing deletes.
   */
  static BenchApp startH2(String prefix, Seeder seeder) throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory(prefix);
    String url =
        "jdbc:h2:file:"
            + dir.resolve("parindex").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    System.setProperty("spring.main.banner-mode", "off");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--parindex.demo.enabled=false",
                "--logging.level.root=WARN",
                "--server.port=0"));
    String extra = env("BENCH_APP_ARGS", "");
    if (!extra.isBlank()) {
      args.addAll(List.of(extra.trim().split("\\s+")));
    }
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ParIndexApplication.class)
            .web(WebApplicationType.SERVLET)
            .run(args.toArray(String[]::new));
    long t0 = System.nanoTime();
    try {
      seeder.seed(context);
    } catch (Exception | Error e) {
      // else Spring's threads keep the JVM alive and the directory stays
      new BenchApp(context, "h2", 0, url, "sa", "", dir).close();
      throw e;
    }
    return new BenchApp(context, "h2", (System.nanoTime() - t0) / 1_000_000, url, "sa", "", dir);
  }

  /** An H2 file's size in MB (0 on PostgreSQL). */
  long h2Megabytes() throws java.io.IOException {
    if (h2Dir == null) {
      return 0;
    }
    try (var files = java.nio.file.Files.walk(h2Dir)) {
      return files
              .filter(java.nio.file.Files::isRegularFile)
              .mapToLong(f -> f.toFile().length())
              .sum()
          >> 20;
    }
  }

  @Override
  public void close() throws Exception {
    context.close();
    if (h2Dir != null) {
      try (var files = java.nio.file.Files.walk(h2Dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
      return;
    }
    if (!env("BENCH_KEEP_SCHEMA", "").isBlank()) {
      System.out.println("Schema kept (BENCH_KEEP_SCHEMA): " + schema);
      return;
    }
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
    }
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
