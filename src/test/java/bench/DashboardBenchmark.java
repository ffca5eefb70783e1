package bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.ParIndexApplication;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.unit.UnitType;

/**
 * Dashboards under load on PostgreSQL: 1 province → 200 communes × 50 tasks (6 departments each,
 * every state), 80 scored leaves per commune for two years. The app starts with profile "postgres"
 * on a fresh schema and a random port; 50 sessions then request, back to back for {@code
 * BENCH_SECONDS} (default 20), first a static page (/css/app.css), then the mix: a commune's
 * dashboard page, the province page and a commune's task list (JSON). Login is not on this branch:
 * the requests run under permitAll.
 */
public final class DashboardBenchmark {

  static final int UNITS = 200;
  static final int TASKS = 50;
  static final int SESSIONS = 50;
  static final String[] STATES = {"PLANNED", "IN_PROGRESS", "DONE", "VERIFIED", "CANCELLED"};

  public static void main(String[] args) throws Exception {
    String url = env("PARINDEX_TEST_PG_URL", "jdbc:postgresql://localhost:5432/parindex_test");
    String user = env("PARINDEX_TEST_PG_USER", "parindex");
    String password = env("PARINDEX_TEST_PG_PASSWORD", "parindex");
    double seconds = Double.parseDouble(env("BENCH_SECONDS", "20"));
    String schema = "bench_dash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    }
    System.setProperty("spring.main.banner-mode", "off");
    String sep = url.contains("?") ? "&" : "?";
    List<String> appArgs =
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
                "--spring.session.jdbc.initialize-schema=always",
                "--logging.level.root=WARN",
                "--server.port=0"));
    // Extra application arguments, e.g. BENCH_APP_ARGS="--spring.web.resources.chain.cache=true".
    String extra = env("BENCH_APP_ARGS", "");
    if (!extra.isBlank()) {
      appArgs.addAll(List.of(extra.trim().split("\\s+")));
    }
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ParIndexApplication.class)
            .web(WebApplicationType.SERVLET)
            .profiles("postgres")
            .run(appArgs.toArray(String[]::new));
    try {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      long t0 = System.nanoTime();
      generate(jdbc, context.getBean(CriteriaSets.class));
      System.out.printf(
          "Seeded %d units × %d tasks, %d × 80 × 2 score entries in %d ms (schema %s)%n",
          UNITS, TASKS, UNITS, (System.nanoTime() - t0) / 1_000_000, schema);
      String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
      // Warm-up: templates, JIT, connection pool.
      DashboardLoad.run(
          base, SESSIONS, 5, DashboardBenchmark::mixed, DashboardBenchmark::kind, KINDS);
      List<DashboardLoad.Series> single =
          DashboardLoad.run(base, 1, 5, DashboardBenchmark::mixed, DashboardBenchmark::kind, KINDS);
      List<DashboardLoad.Series> statics =
          DashboardLoad.run(
              base, SESSIONS, seconds, r -> "/css/app.css", p -> 0, "static /css/app.css");
      List<DashboardLoad.Series> mix =
          DashboardLoad.run(
              base, SESSIONS, seconds, DashboardBenchmark::mixed, DashboardBenchmark::kind, KINDS);
      System.out.printf(
          "%d concurrent sessions, %.0f s per phase, PostgreSQL, permitAll (no login on this branch)%n",
          SESSIONS, seconds);
      System.out.println("One session alone (5 s):");
      single.forEach(s -> System.out.println(s.line(5)));
      System.out.println("All sessions:");
      DashboardLoad.Series st = statics.get(0);
      System.out.println(st.line(seconds));
      mix.forEach(s -> System.out.println(s.line(seconds)));
      DashboardLoad.Series all = DashboardLoad.total("dynamic mix (all)", mix);
      System.out.println(all.line(seconds));
      System.out.printf(
          "Throughput ratio dynamic/static: %.3f (target ≥ 0.333); p95 of the mix %.1f ms (target < 150)%n",
          all.ms.size() / (double) st.ms.size(), all.percentile(95));
    } finally {
      context.close();
      try (Connection c = DriverManager.getConnection(url, user, password);
          Statement s = c.createStatement()) {
        s.execute("drop schema if exists " + schema + " cascade");
      }
    }
  }

  static final String[] KINDS = {"dashboard page", "province page", "task list (JSON)"};

  static String mixed(Random r) {
    int unit = 1 + r.nextInt(UNITS);
    int pick = r.nextInt(10);
    if (pick < 5) {
      return "/dashboard?unit=BD" + unit;
    }
    if (pick < 6) {
      return "/dashboard/province?unit=BD0";
    }
    return "/api/v1/dashboard/tasks?unit=BD" + unit;
  }

  static int kind(String path) {
    if (path.startsWith("/dashboard/province")) {
      return 1;
    }
    return path.startsWith("/dashboard") ? 0 : 2;
  }

  private static void generate(JdbcTemplate jdbc, CriteriaSets sets) {
    List<Criterion> criteria = new ArrayList<>();
    int position = 0;
    for (int a = 1; a <= 8; a++) {
      BigDecimal areaMax = BigDecimal.valueOf(a % 2 == 0 ? 15 : 10);
      criteria.add(
          new Criterion(CriterionCode.of("" + a), "Lĩnh vực " + a, areaMax, null, ++position));
      for (int l = 1; l <= 10; l++) {
        criteria.add(
            new Criterion(
                CriterionCode.of(a + "." + l),
                "Tiêu chí " + a + "." + l,
                areaMax.divide(BigDecimal.TEN),
                null,
                ++position));
      }
    }
    List<ClassificationBand> bands =
        List.of(
            new ClassificationBand(new BigDecimal("90"), "Xuất sắc"),
            new ClassificationBand(new BigDecimal("80"), "Tốt"),
            new ClassificationBand(BigDecimal.ZERO, "Khá"));
    Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    jdbc.update(
        "insert into unit (code, name, type, demo) values ('BD0', 'Tỉnh Thử', 'PROVINCE', false)");
    long province = jdbc.queryForObject("select id from unit where code = 'BD0'", Long.class);
    List<Object[]> units = new ArrayList<>();
    for (int i = 1; i <= UNITS; i++) {
      units.add(new Object[] {"BD" + i, "Xã Thử " + i, province});
    }
    jdbc.batchUpdate(
        "insert into unit (code, name, type, parent_id, demo) values (?, ?, 'COMMUNE', ?, false)",
        units);
    List<Long> communes =
        jdbc.queryForList(
            "select id from unit where parent_id = ? order by id", Long.class, province);
    Random random = new Random(42);
    String[] departments = {
      "Văn phòng – Thống kê",
      "Tài chính – Kế toán",
      "Tư pháp – Hộ tịch",
      "Văn hóa – Xã hội",
      "Bộ phận một cửa",
      "Công an xã"
    };
    List<Object[]> rows = new ArrayList<>();
    for (Long unit : communes) {
      for (String d : departments) {
        rows.add(new Object[] {unit, d});
      }
    }
    jdbc.batchUpdate(
        "insert into department (unit_id, name, kind, active) values (?, ?, 'DEPARTMENT', true)",
        rows);
    LocalDate today = LocalDate.now();
    rows.clear();
    for (Long unit : communes) {
      List<Long> deps =
          jdbc.queryForList(
              "select id from department where unit_id = ? order by id", Long.class, unit);
      for (int t = 0; t < TASKS; t++) {
        String status = STATES[random.nextInt(STATES.length)];
        LocalDate due = today.plusDays(random.nextInt(200) - 100);
        rows.add(
            new Object[] {
              unit,
              "Nhiệm vụ " + t + " của xã",
              deps.get(t % deps.size()),
              Date.valueOf(due),
              status,
              status.equals("VERIFIED") ? Timestamp.valueOf(due.minusDays(2).atStartOfDay()) : null,
              now
            });
      }
    }
    jdbc.batchUpdate(
        "insert into task (unit_id, source, title, department_id, due_on, status, verified_at, created_at)"
            + " values (?, 'PLAN', ?, ?, ?, ?, ?, ?)",
        rows);
    jdbc.update(
        "insert into task_update (task_id, at, progress, status_from, status_to)"
            + " select id, created_at, 100, 'IN_PROGRESS', 'DONE' from task where status in ('DONE', 'VERIFIED')");
    for (int year = 2023; year <= 2024; year++) {
      CriteriaSet set =
          sets.save(
              CriteriaSet.create(
                  null,
                  "Bench " + year,
                  year,
                  UnitType.COMMUNE,
                  1,
                  false,
                  "bench",
                  criteria,
                  bands));
      List<Object[]> assessments = new ArrayList<>();
      for (Long unit : communes) {
        assessments.add(new Object[] {unit, year, set.id(), now});
      }
      jdbc.batchUpdate(
          "insert into assessment (unit_id, index_year, set_id, stage, created_at) values (?, ?, ?, 'PUBLISHED', ?)",
          assessments);
      List<Object[]> entries = new ArrayList<>();
      for (Long id :
          jdbc.queryForList("select id from assessment where set_id = ?", Long.class, set.id())) {
        for (Criterion c : criteria) {
          if (c.depth() == 2) {
            int steps = c.maxPoints().multiply(BigDecimal.valueOf(100)).intValue();
            entries.add(
                new Object[] {
                  id,
                  c.code().value(),
                  BigDecimal.valueOf(steps - random.nextInt(steps / 3 + 1), 2)
                      .setScale(2, RoundingMode.UNNECESSARY)
                });
          }
        }
      }
      jdbc.batchUpdate(
          "insert into assessment_entry (assessment_id, code, points) values (?, ?, ?)", entries);
    }
    jdbc.execute("analyze");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private DashboardBenchmark() {}
}
