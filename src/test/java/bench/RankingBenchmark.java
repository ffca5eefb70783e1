package bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.ParIndexApplication;
import vn.parindex.assessment.EntryCriterion;
import vn.parindex.assessment.ranking.RankingRow;
import vn.parindex.assessment.ranking.Rankings;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.unit.UnitType;

/**
 * 1 province → 3,321 communes × 80 scored leaves (8 areas of 10 in the criteria set; entries on the
 * leaves only, so the area subtotals and totals are recomputed from the leaves): times {@code
 * Rankings.rank} (the real code path: bulk load, scorecards, competition ranking, last year through
 * lineage) against one hand-written SQL aggregate with a rank() window over the same rows. Warm,
 * median of 5.
 */
public final class RankingBenchmark {

  static final int COMMUNES = 3321;
  static final int AREAS = 8;
  static final int LEAVES_PER_AREA = 10;
  static final int YEAR = 2024;

  static final String FLOOR_SQL =
      "select s.assessment_id, s.total, rank() over (order by s.total desc) as place from ("
          + " select e.assessment_id, round(sum(e.points), 2) as total from assessment_entry e"
          + " join assessment a on a.id = e.assessment_id join unit u on u.id = a.unit_id"
          + " where u.parent_id = ? and a.index_year = ? and e.code like '%.%'"
          + " group by e.assessment_id) s";

  /** The connections' name in pg_stat_activity, to find their server processes. */
  static final String APPLICATION = "parindex-bench-ranking";

  public static void main(String[] args) {
    String only = env("BENCH_DB", "all");
    if (!only.equals("pg")) {
      run("H2 (in-memory)", h2());
    }
    if (only.equals("h2")) {
      return;
    }
    String pgUrl = env("PARINDEX_TEST_PG_URL", "jdbc:postgresql://localhost:5432/parindex_test");
    String sep = pgUrl.contains("?") ? "&" : "?";
    run(
        "PostgreSQL",
        new String[] {
          "--spring.datasource.url="
              + pgUrl
              + sep
              + "currentSchema=bench_ranking&reWriteBatchedInserts=true&ApplicationName="
              + APPLICATION,
          "--spring.datasource.username=" + env("PARINDEX_TEST_PG_USER", "parindex"),
          "--spring.datasource.password=" + env("PARINDEX_TEST_PG_PASSWORD", "parindex"),
          "--spring.flyway.schemas=bench_ranking",
          "--spring.flyway.default-schema=bench_ranking"
        });
  }

  static String[] h2() {
    return new String[] {
      "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE",
      "--spring.datasource.username=sa",
      "--spring.datasource.password="
    };
  }

  private static void run(String label, String[] db) {
    String[] args = Arrays.copyOf(db, db.length + 4);
    System.setProperty("spring.main.banner-mode", "off");
    args[db.length] = "--parindex.demo.enabled=false";
    args[db.length + 1] = "--spring.flyway.clean-disabled=false";
    args[db.length + 2] = "--logging.level.root=WARN";
    args[db.length + 3] = "--server.port=0";
    ConfigurableApplicationContext context;
    try {
      context =
          new SpringApplicationBuilder(ParIndexApplication.class)
              .web(WebApplicationType.SERVLET)
              .run(args);
    } catch (RuntimeException e) {
      System.out.printf("%-16s skipped: %s%n", label, rootMessage(e));
      return;
    }
    try (context) {
      Flyway flyway = context.getBean(Flyway.class);
      flyway.clean();
      flyway.migrate();
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      long t0 = System.nanoTime();
      long province = generate(jdbc, context.getBean(CriteriaSets.class));
      // As autovacuum does after a load: plans are chosen on a database with statistics.
      jdbc.execute("analyze");
      long loadMs = (System.nanoTime() - t0) / 1_000_000;
      Rankings rankings = context.getBean(Rankings.class);
      List<RankingRow> rows = rankings.rank(province, YEAR);
      List<Map<String, Object>> floorRows = jdbc.queryForList(FLOOR_SQL, province, YEAR);
      check(rows, floorRows);
      Supplier<Integer> rank = () -> rankings.rank(province, YEAR).size();
      Supplier<Integer> sql = () -> jdbc.queryForList(FLOOR_SQL, province, YEAR).size();
      double ours = median(rank);
      double floor = median(sql);
      System.out.printf(
          "%-16s %d units, %d entry rows loaded in %d ms | Rankings.rank: %.0f ms |"
              + " SQL floor: %.0f ms | ratio %.2f×%n",
          label,
          rows.size(),
          (long) COMMUNES * AREAS * LEAVES_PER_AREA,
          loadMs,
          ours,
          floor,
          ours / floor);
      // After 5 warm runs the ranking's Java is not all compiled yet (its CPU per run falls from
      // ~20 ms to ~7 ms over the first 25 runs, the floor's from ~5 to ~2.5 ms; the compiler
      // threads share the two cores with PostgreSQL): the same medians once both are steady.
      warm(rank, STEADY_AFTER);
      warm(sql, STEADY_AFTER);
      double oursSteady = median(rank);
      double floorSteady = median(sql);
      System.out.printf(
          "%-16s steady (after %d more runs each): Rankings.rank: %.0f ms | SQL floor: %.0f ms |"
              + " ratio %.2f×%n",
          "", STEADY_AFTER + 10, oursSteady, floorSteady, oursSteady / floorSteady);
      Backends backends = new Backends(jdbc, label.startsWith("PostgreSQL"));
      double[] ourCpu = cpu(rank, backends);
      double[] floorCpu = cpu(sql, backends);
      System.out.printf(
          "%-16s CPU per run, mean of %d (less load-dependent): Rankings.rank %.1f ms in this"
              + " thread + %s | SQL floor %.1f ms + %s%n",
          "",
          CPU_RUNS,
          ourCpu[0],
          backends.text(ourCpu[1]),
          floorCpu[0],
          backends.text(floorCpu[1]));
    }
  }

  private static void check(List<RankingRow> rows, List<Map<String, Object>> floorRows) {
    if (rows.size() != COMMUNES || floorRows.size() != COMMUNES) {
      throw new IllegalStateException("expected " + COMMUNES + " rows");
    }
    List<String> ours =
        rows.stream().map(r -> r.rank() + ":" + r.total().toPlainString()).sorted().toList();
    List<String> floor =
        floorRows.stream()
            .map(
                r ->
                    ((Number) r.get("place")).intValue()
                        + ":"
                        + ((BigDecimal) r.get("total")).toPlainString())
            .sorted()
            .toList();
    if (!ours.equals(floor)) {
      throw new IllegalStateException("ranks or totals differ from the SQL floor");
    }
  }

  static final int CPU_RUNS = 20;
  static final int STEADY_AFTER = 25;

  private static void warm(Supplier<Integer> task, int runs) {
    for (int i = 0; i < runs; i++) {
      task.get();
    }
  }

  /**
   * CPU per run of {@code task}: this thread's (all of it on H2, which runs in this thread; the
   * Java side on PostgreSQL) and the PostgreSQL backends' of this benchmark's connections (from
   * /proc, so only when the server is on this machine; the leader only, not parallel workers).
   */
  private static double[] cpu(Supplier<Integer> task, Backends backends) {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long thread = threads.getCurrentThreadCpuTime();
    long backend = backends.cpuMs();
    for (int i = 0; i < CPU_RUNS; i++) {
      task.get();
    }
    return new double[] {
      (threads.getCurrentThreadCpuTime() - thread) / 1e6 / CPU_RUNS,
      (backends.cpuMs() - backend) / (double) CPU_RUNS
    };
  }

  /** The PostgreSQL server processes serving this benchmark's connections, found by name. */
  private record Backends(List<Long> pids) {

    Backends(JdbcTemplate jdbc, boolean postgres) {
      this(
          postgres
              ? jdbc.queryForList(
                  "select pid from pg_stat_activity where application_name = ?",
                  Long.class,
                  APPLICATION)
              : List.of());
    }

    /** User + system CPU in ms (clock ticks of 10 ms), or -1 when /proc cannot tell. */
    long cpuMs() {
      long ticks = 0;
      for (long pid : pids) {
        try {
          String stat =
              java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (java.io.IOException | RuntimeException e) {
          return -1;
        }
      }
      return pids.isEmpty() ? -1 : ticks * 10;
    }

    String text(double ms) {
      return pids.isEmpty() || ms < 0
          ? "no server process"
          : String.format("%.1f ms in PostgreSQL", ms);
    }
  }

  private static double median(Supplier<Integer> task) {
    for (int i = 0; i < 5; i++) {
      task.get();
    }
    double[] ms = new double[5];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      task.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[2];
  }

  static long generate(JdbcTemplate jdbc, CriteriaSets sets) {
    List<Criterion> criteria = new ArrayList<>();
    int position = 0;
    for (int a = 1; a <= AREAS; a++) {
      BigDecimal areaMax = BigDecimal.valueOf(a % 2 == 0 ? 15 : 10);
      criteria.add(
          new Criterion(CriterionCode.of("" + a), "Lĩnh vực " + a, areaMax, null, ++position));
      for (int l = 1; l <= LEAVES_PER_AREA; l++) {
        criteria.add(
            new Criterion(
                CriterionCode.of(a + "." + l),
                "Tiêu chí " + a + "." + l,
                areaMax.divide(BigDecimal.valueOf(LEAVES_PER_AREA)),
                null,
                ++position));
      }
    }
    CriteriaSet set =
        sets.save(
            CriteriaSet.create(
                null,
                "Bench",
                YEAR,
                UnitType.COMMUNE,
                1,
                false,
                "bench",
                criteria,
                List.of(
                    new ClassificationBand(new BigDecimal("90"), "Xuất sắc"),
                    new ClassificationBand(new BigDecimal("80"), "Tốt"),
                    new ClassificationBand(new BigDecimal("65"), "Khá"),
                    new ClassificationBand(BigDecimal.ZERO, "Trung bình"))));
    jdbc.update(
        "insert into unit (code, name, type, demo) values ('B00', 'Tỉnh Bench', 'PROVINCE', false)");
    long province = jdbc.queryForObject("select id from unit where code = 'B00'", Long.class);
    List<Object[]> units = new ArrayList<>();
    for (int i = 1; i <= COMMUNES; i++) {
      units.add(new Object[] {"B" + i, "Xã " + i, province});
    }
    jdbc.batchUpdate(
        "insert into unit (code, name, type, parent_id, demo) values (?, ?, 'COMMUNE', ?, false)",
        units);
    List<Object[]> assessments = new ArrayList<>();
    Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    for (Long unit :
        jdbc.queryForList("select id from unit where parent_id = ?", Long.class, province)) {
      assessments.add(new Object[] {unit, YEAR, set.id(), now});
    }
    jdbc.batchUpdate(
        "insert into assessment (unit_id, index_year, set_id, stage, created_at) values (?, ?, ?, 'PUBLISHED', ?)",
        assessments);
    Random random = new Random(42);
    List<Object[]> entries = new ArrayList<>();
    // As Assessments stores an entry: with what its criterion is (EntryCriterion, a leaf here).
    String insert =
        "insert into assessment_entry (assessment_id, code, points, criterion_kind, leaf_max)"
            + " values (?, ?, ?, "
            + EntryCriterion.LEAF
            + ", ?)";
    for (Long id :
        jdbc.queryForList("select id from assessment where set_id = ?", Long.class, set.id())) {
      for (Criterion c : criteria) {
        if (c.depth() == 2) {
          int steps = c.maxPoints().multiply(BigDecimal.valueOf(100)).intValue();
          BigDecimal points =
              BigDecimal.valueOf(steps - random.nextInt(steps / 3 + 1), 2)
                  .setScale(2, RoundingMode.UNNECESSARY);
          entries.add(new Object[] {id, c.code().value(), points, c.maxPoints()});
        }
      }
      if (entries.size() >= 20_000) {
        jdbc.batchUpdate(insert, entries);
        entries.clear();
      }
    }
    jdbc.batchUpdate(insert, entries);
    Integer unlike =
        jdbc.queryForObject(
            "select count(*) from assessment_entry e join assessment a on a.id = e.assessment_id"
                + " join criterion c on c.set_id = a.set_id and c.code = e.code"
                + " where c.method is null or e.criterion_kind <> 1 or e.leaf_max <> c.max_points",
            Integer.class);
    if (unlike != 0) {
      throw new IllegalStateException(unlike + " entries not stored as the app stores them");
    }
    return province;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private RankingBenchmark() {}
}
