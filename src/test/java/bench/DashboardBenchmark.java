package bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.account.Users;
import vn.parindex.assessment.EntryCriterion;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.unit.UnitType;

/**
 * Dashboards and task pages under load on PostgreSQL, signed in: 1 province → 200 communes × 50
 * tasks (6 departments each, every state), 80 scored leaves per commune for two years, one PAR
 * officer per commune (owning 10 of its tasks) and {@value #APPRAISERS} provincial appraisers. The
 * app starts with profile "postgres" on a fresh schema ({@link BenchApp}); {@value #SESSIONS}
 * sessions sign in through the login form, then request, back to back for {@code BENCH_SECONDS}
 * (default 20) each after a warm-up of {@code BENCH_WARMUP_SECONDS} (default 30) under the same
 * load, then on until the pages are steady and the JIT compilers done ({@link
 * DashboardLoad#warmUntilSteady}), in alternating slices, a static page (/css/app.css) and the mix:
 * officers their unit dashboard, task board and own tasks, appraisers the province page and
 * communes' dashboards; then the mix again with each session pausing between pages for each think
 * time of {@code BENCH_THINK_MS} (default 1000 and 250 ms). Every response must be a 200 carrying
 * the page asked for (not the login form); anything else counts as a failure. CPU per request (this
 * JVM and the local PostgreSQL) is printed for the back-to-back static page and mix.
 */
public final class DashboardBenchmark {

  static final int UNITS = 200;
  static final int TASKS = 50;
  static final int SESSIONS = 50;
  static final int APPRAISERS = 5;
  static final int SLICES = 4;
  static final String PASSWORD = "bench-pass-1";
  static final String[] STATES = {"PLANNED", "IN_PROGRESS", "DONE", "VERIFIED", "CANCELLED"};

  static final List<DashboardLoad.Kind> KINDS =
      List.of(
          new DashboardLoad.Kind("unit dashboard /dashboard", "id=\"chart-departments\""),
          new DashboardLoad.Kind("province page (appraiser)", "id=\"children\""),
          new DashboardLoad.Kind("task board /tasks", "id=\"count-ontime\""),
          new DashboardLoad.Kind("my tasks /tasks/mine", "class=\"tasks cards\""),
          new DashboardLoad.Kind("static /css/app.css", "--accent"));

  public static void main(String[] args) throws Exception {
    double seconds = Double.parseDouble(env("BENCH_SECONDS", "20"));
    double warmUp = Double.parseDouble(env("BENCH_WARMUP_SECONDS", "30"));
    String loadBefore = loadAverage();
    ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
    try (BenchApp app = BenchApp.start("bench_dash_")) {
      System.out.printf(
          "Seeded %d units × %d tasks, %d officers + %d appraisers, %d × 80 × 2 score entries in %d"
              + " ms (schema %s)%n",
          UNITS, TASKS, UNITS, APPRAISERS, UNITS, app.seededMs, app.schema);
      String base = app.base;
      long signInStart = System.nanoTime();
      List<DashboardLoad.Session> sessions = signIn(pool, base);
      double signInMs = (System.nanoTime() - signInStart) / 1e6;
      // Warm-up: templates, JIT (two cores compile slowly), connection pool, as a server that has
      // been up for a while.
      DashboardLoad.run(pool, base, sessions, warmUp, null, DashboardBenchmark::kind, KINDS);
      DashboardLoad.warmUntilSteady(pool, base, sessions, DashboardBenchmark::kind, KINDS);
      CpuMeter measuredStart = CpuMeter.now();
      long compilersStart = CpuMeter.compilersMs();
      long[] machineStart = CpuMeter.machineTicks();
      List<DashboardLoad.Series> single =
          DashboardLoad.run(
              pool,
              base,
              List.of(sessions.get(0), sessions.get(SESSIONS - 1)),
              5,
              null,
              DashboardBenchmark::kind,
              KINDS);
      // Static page and pages alternate in SLICES slices each, so that the other builds' load on
      // the shared cores falls on both alike.
      List<DashboardLoad.Series> statics = null;
      List<DashboardLoad.Series> mix = null;
      Spent staticCpu = new Spent();
      Spent mixCpu = new Spent();
      for (int slice = 0; slice < SLICES; slice++) {
        CpuMeter start = CpuMeter.now();
        statics =
            merge(
                statics,
                DashboardLoad.run(
                    pool,
                    base,
                    sessions,
                    seconds / SLICES,
                    r -> "/css/app.css",
                    DashboardBenchmark::kind,
                    KINDS));
        CpuMeter middle = CpuMeter.now();
        staticCpu.add(start, middle);
        mix =
            merge(
                mix,
                DashboardLoad.run(
                    pool, base, sessions, seconds / SLICES, null, DashboardBenchmark::kind, KINDS));
        mixCpu.add(middle, CpuMeter.now());
      }
      // Then the same sessions as people reading each page before the next: 50 users at work.
      List<Long> thinks = new ArrayList<>();
      for (String t : env("BENCH_THINK_MS", "1000,250").split(",")) {
        if (Long.parseLong(t.strip()) > 0) { // 0: none
          thinks.add(Long.parseLong(t.strip()));
        }
      }
      List<DashboardLoad.Series> reading = new ArrayList<>();
      for (long think : thinks) {
        reading.add(
            DashboardLoad.total(
                "pages, ~" + think + " ms think time",
                DashboardLoad.run(
                    pool, base, sessions, seconds, think, null, DashboardBenchmark::kind, KINDS)));
      }
      double compilersShare =
          (CpuMeter.compilersMs() - compilersStart) / CpuMeter.now().jvmMsSince(measuredStart);
      double steal = CpuMeter.stealShare(machineStart, CpuMeter.machineTicks());
      String loadAfter = loadAverage();
      System.out.printf(
          "%d sessions signed in through the login form (%d officers, %d appraisers) in %.0f ms;"
              + " PostgreSQL; %.0f s each for the static page and the pages, alternating in %d"
              + " slices, after a %.0f s warm-up%n",
          SESSIONS, SESSIONS - APPRAISERS, APPRAISERS, signInMs, seconds, SLICES, warmUp);
      System.out.println(
          "Load average (1/5/15 min) before: " + loadBefore + ", after: " + loadAfter);
      System.out.printf(
          "While measuring, the JIT compilers took %.1f %% of this JVM's CPU and the hypervisor"
              + " %.1f %% of the machine's (steal)%n",
          100 * compilersShare, 100 * steal);
      System.out.println();
      System.out.println("One officer and one appraiser session alone (5 s):");
      System.out.println(DashboardLoad.Series.header());
      single.stream()
          .filter(s -> s.ms.size() + s.failures > 0)
          .forEach(s -> System.out.println(s.row(5)));
      System.out.println();
      System.out.println(SESSIONS + " sessions at once:");
      System.out.println(DashboardLoad.Series.header());
      DashboardLoad.Series st = statics.get(4);
      System.out.println(st.row(seconds));
      mix.stream()
          .filter(s -> s.ms.size() + s.failures > 0)
          .forEach(s -> System.out.println(s.row(seconds)));
      DashboardLoad.Series all = DashboardLoad.total("pages, all kinds", mix);
      System.out.println(all.row(seconds));
      System.out.println(
          "CPU per request, this JVM (app and clients) + PostgreSQL: static "
              + staticCpu.perRequest(st.ms.size())
              + "; pages "
              + mixCpu.perRequest(all.ms.size()));
      System.out.println();
      System.out.println(
          SESSIONS
              + " sessions at once, each pausing between pages (uniformly ½ to 1½ times the think"
              + " time):");
      System.out.println(DashboardLoad.Series.header());
      reading.forEach(r -> System.out.println(r.row(seconds)));
      System.out.println();
      double ratio = all.ms.size() / (double) st.ms.size();
      double p95 = all.percentile(95);
      int failures = all.failures + st.failures + reading.stream().mapToInt(r -> r.failures).sum();
      System.out.printf(
          "Throughput pages/static (back to back): %.3f (target ≥ 0.333) %s; failures %d%n",
          ratio, ratio >= 1 / 3.0 ? "MET" : "NOT MET", failures);
      System.out.printf(
          "p95 of the pages (target < 150 ms): back to back %.1f ms %s", p95, met(p95));
      reading.forEach(
          r ->
              System.out.printf(
                  "; %s %.1f ms %s", r.name, r.percentile(95), met(r.percentile(95))));
      System.out.println();
      if (failures > 0) {
        System.out.println(
            "First failure: " + (st.firstFailure != null ? st.firstFailure : all.firstFailure));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Signs every session in at once; officers of communes spread over the 200, then appraisers. */
  private static List<DashboardLoad.Session> signIn(ExecutorService pool, String base)
      throws Exception {
    List<Future<DashboardLoad.Session>> pending = new ArrayList<>();
    int officers = SESSIONS - APPRAISERS;
    for (int s = 0; s < SESSIONS; s++) {
      boolean appraiser = s >= officers;
      String name =
          appraiser ? "bd.thamdinh" + (s - officers + 1) : "bd.cchc" + (1 + s * UNITS / officers);
      Random random = new Random(s);
      Function<Random, String> next =
          appraiser ? DashboardBenchmark::appraiser : DashboardBenchmark::officer;
      pending.add(
          pool.submit(
              () ->
                  new DashboardLoad.Session(
                      name, DashboardLoad.signIn(base, name, PASSWORD), next, random)));
    }
    List<DashboardLoad.Session> sessions = new ArrayList<>();
    for (Future<DashboardLoad.Session> f : pending) {
      sessions.add(f.get());
    }
    return sessions;
  }

  /** A commune's PAR officer: own dashboard, the task board, own tasks. */
  static String officer(Random r) {
    int pick = r.nextInt(20);
    if (pick < 9) {
      return "/dashboard";
    }
    return pick < 16 ? "/tasks" : "/tasks/mine";
  }

  /** A provincial appraiser: the province page, communes' dashboards. */
  static String appraiser(Random r) {
    return r.nextInt(5) < 3
        ? "/dashboard/province?unit=BD0"
        : "/dashboard?unit=BD" + (1 + r.nextInt(UNITS));
  }

  static int kind(String path) {
    if (path.startsWith("/css")) {
      return 4;
    }
    if (path.startsWith("/dashboard/province")) {
      return 1;
    }
    if (path.startsWith("/dashboard")) {
      return 0;
    }
    return path.startsWith("/tasks/mine") ? 3 : 2;
  }

  private static List<DashboardLoad.Series> merge(
      List<DashboardLoad.Series> into, List<DashboardLoad.Series> more) {
    if (into == null) {
      return more;
    }
    for (int i = 0; i < into.size(); i++) {
      DashboardLoad.Series a = into.get(i);
      DashboardLoad.Series b = more.get(i);
      a.ms.addAll(b.ms);
      a.failures += b.failures;
      if (a.firstFailure == null) {
        a.firstFailure = b.firstFailure;
      }
    }
    return into;
  }

  /**
   * CPU (ms) of this JVM, of PostgreSQL (-1 when unknown) and of Tomcat's threads, and what those
   * threads allocated (KB), summed over slices.
   */
  private static final class Spent {
    double jvm;
    double postgres;
    double tomcat;
    double allocatedKb;

    void add(CpuMeter from, CpuMeter to) {
      jvm += to.jvmMsSince(from);
      tomcat += to.tomcatMsSince(from);
      allocatedKb += to.tomcatKbSince(from);
      double pg = to.postgresMsSince(from);
      postgres = pg < 0 || postgres < 0 ? -1 : postgres + pg;
    }

    String perRequest(int requests) {
      return String.format(
          "%.2f + %s ms (of which Tomcat's threads, the app: %.2f ms, %.0f KB allocated)",
          jvm / requests,
          postgres < 0 ? "n/a" : String.format("%.2f", postgres / requests),
          tomcat / requests,
          allocatedKb / requests);
    }
  }

  private static String met(double p95) {
    return p95 < 150 ? "MET" : "NOT MET";
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (Exception e) {
      return "n/a";
    }
  }

  static void generate(JdbcTemplate jdbc, CriteriaSets sets) {
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
    // Accounts: one PAR officer per commune (in its office department), the province's appraisers;
    // one password hash for all (hashing 205 times would only slow the set-up).
    String hash = Users.encoder().encode(PASSWORD);
    List<Object[]> users = new ArrayList<>();
    for (int i = 1; i <= UNITS; i++) {
      long unit = jdbc.queryForObject("select id from unit where code = ?", Long.class, "BD" + i);
      long office =
          jdbc.queryForObject(
              "select id from department where unit_id = ? and name = ?",
              Long.class,
              unit,
              departments[0]);
      users.add(new Object[] {"bd.cchc" + i, "Công chức CCHC xã " + i, hash, unit, office, now});
    }
    for (int i = 1; i <= APPRAISERS; i++) {
      users.add(new Object[] {"bd.thamdinh" + i, "Thẩm định " + i, hash, province, null, now});
    }
    jdbc.batchUpdate(
        "insert into app_user (username, display_name, password_hash, unit_id, department_id,"
            + " enabled, demo, created_at) values (?, ?, ?, ?, ?, true, false, ?)",
        users);
    jdbc.update(
        "insert into user_role (user_id, role) select id, 'PAR_OFFICER' from app_user"
            + " where username like 'bd.cchc%'");
    jdbc.update(
        "insert into user_role (user_id, role) select id, 'APPRAISER' from app_user"
            + " where username like 'bd.thamdinh%'");
    LocalDate today = LocalDate.now();
    rows.clear();
    for (Long unit : communes) {
      List<Long> deps =
          jdbc.queryForList(
              "select id from department where unit_id = ? order by id", Long.class, unit);
      Long officer =
          jdbc.queryForObject(
              "select id from app_user where unit_id = ? and username like 'bd.cchc%'",
              Long.class, unit);
      for (int t = 0; t < TASKS; t++) {
        String status = STATES[random.nextInt(STATES.length)];
        LocalDate due = today.plusDays(random.nextInt(200) - 100);
        rows.add(
            new Object[] {
              unit,
              "Nhiệm vụ " + t + " của xã",
              deps.get(t % deps.size()),
              t % deps.size() == 0 ? officer : null,
              Date.valueOf(due),
              status,
              status.equals("VERIFIED") ? Timestamp.valueOf(due.minusDays(2).atStartOfDay()) : null,
              now
            });
      }
    }
    jdbc.batchUpdate(
        "insert into task (unit_id, source, title, department_id, owner_user_id, due_on, status,"
            + " verified_at, created_at) values (?, 'PLAN', ?, ?, ?, ?, ?, ?, ?)",
        rows);
    jdbc.update(
        "insert into task_update (task_id, at, progress, status_from, status_to)"
            + " select id, created_at, 100, 'IN_PROGRESS', 'DONE' from task where status in ('DONE', 'VERIFIED')");
    jdbc.update("update task set done_at = created_at where status in ('DONE', 'VERIFIED')");
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
                      .setScale(2, RoundingMode.UNNECESSARY),
                  c.maxPoints()
                });
          }
        }
      }
      // As Assessments stores an entry: with what its criterion is (EntryCriterion, a leaf here).
      jdbc.batchUpdate(
          "insert into assessment_entry (assessment_id, code, points, criterion_kind, leaf_max)"
              + " values (?, ?, ?, "
              + EntryCriterion.LEAF
              + ", ?)",
          entries);
    }
    jdbc.execute("analyze");
  }

  private static String env(String name, String fallback) {
    return BenchApp.env(name, fallback);
  }

  private DashboardBenchmark() {}
}
