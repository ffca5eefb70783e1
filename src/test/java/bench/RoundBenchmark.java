package bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.account.PersonalTokens;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.round.RoundActions;

/**
 * The yearly round at the size of the largest province on PostgreSQL: {@code BENCH_UNITS} (168)
 * communes × 80 leaves with evidence, driven through the service layer ({@link RoundBenchCycle}).
 * Times publication (one {@code POST /api/v1/rounds/{id}/publish}, everything it does: ranks, the
 * published assessments, and whatever publication grows to, e.g. the decision and the plans)
 * against a floor measured in the same run on the same rows: the SQL ranking aggregate with a
 * rank() window plus one batch insert of as many plan-line-sized rows as there are lost leaves.
 * Before round 2, while every unit awaits it, {@value #SESSIONS} appraisers signed in through the
 * login form load the appraiser's page of random units ({@link DashboardLoad}).
 */
public final class RoundBenchmark {

  static final int SESSIONS = RoundBenchData.APPRAISERS;

  static final String FLOOR_SQL =
      "select s.round_unit_id, s.total, rank() over (order by s.total desc) as place from ("
          + " select e.round_unit_id, round(sum(e.final_points), 2) as total from round_entry e"
          + " join round_unit u on u.id = e.round_unit_id where u.round_id = ?"
          + " group by e.round_unit_id) s";

  static final String FLOOR_INSERT =
      "insert into bench_floor_line (plan_id, position, area, code, content, max_points, points,"
          + " reason, measure, responsible, deadline, note, line_key)"
          + " values (?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, null, ?)";

  public static void main(String[] args) throws Exception {
    int communes = Integer.parseInt(BenchApp.env("BENCH_UNITS", "168"));
    int threads = Integer.parseInt(BenchApp.env("BENCH_THREADS", "2"));
    double seconds = Double.parseDouble(BenchApp.env("BENCH_SECONDS", "20"));
    double warmUpSeconds = Double.parseDouble(BenchApp.env("BENCH_WARMUP_SECONDS", "20"));
    int warmUps = Integer.parseInt(BenchApp.env("BENCH_WARMUP_ROUNDS", "5"));
    String loadBefore = RoundPageLoad.loadAverage();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(SESSIONS, threads));
    RoundBenchData[] seeded = new RoundBenchData[1];
    try (BenchApp app =
        BenchApp.start(
            "bench_round_",
            context ->
                seeded[0] =
                    RoundBenchData.seed(
                        context.getBean(JdbcTemplate.class),
                        context.getBean(CriteriaSets.class),
                        communes,
                        warmUps))) {
      RoundBenchData data = seeded[0];
      JdbcTemplate jdbc = app.context.getBean(JdbcTemplate.class);
      RoundBenchCycle cycle =
          new RoundBenchCycle(app.context.getBean(RoundActions.class), data.set, pool, threads);
      String token = app.context.getBean(PersonalTokens.class).create(data.admin.id(), "bench", 30);
      System.out.printf(
          "Seeded %d communes × 80 leaves (+ %d × %d for warm-up), %d documents each, %d appraisers"
              + " in %d ms (schema %s)%n",
          communes,
          data.warmUps.size(),
          RoundBenchData.WARM_UP,
          RoundBenchData.DOCUMENTS,
          SESSIONS,
          app.seededMs,
          app.schema);

      // The same cycle and publication on small provinces first, as the floor is taken warm (the
      // median of 5): publication's code runs compiled, not in the interpreter, as in a server
      // that has been up for a while.
      StringBuilder warmPublications = new StringBuilder();
      for (RoundBenchData.Province p : data.warmUps) {
        long warm = cycle.open(p);
        cycle.selfAssess(warm, p);
        cycle.appraiseRound1AndExplain(warm, p);
        cycle.appraiseRound2(warm, p);
        warmPublications.append(String.format(" %.0f", publish(app.base, token, warm)));
      }
      System.out.printf(
          "Warm-up: %d rounds of %d communes published in (ms):%s%n",
          data.warmUps.size(), RoundBenchData.WARM_UP, warmPublications);

      long t0 = System.nanoTime();
      long round = cycle.open(data.province);
      long opened = System.nanoTime();
      cycle.selfAssess(round, data.province);
      long selfDone = System.nanoTime();
      cycle.appraiseRound1AndExplain(round, data.province);
      long r1Done = System.nanoTime();
      System.out.printf(
          "Through the service layer (%d threads): round opened in %.0f ms; %d self entries with"
              + " evidence + %d submissions in %.1f s; round 1 (%d cuts + 1 flag each),"
              + " explanations and their submission in %.1f s%n",
          threads,
          (opened - t0) / 1e6,
          communes * 80,
          communes,
          (selfDone - opened) / 1e9,
          RoundBenchCycle.CUTS,
          (r1Done - selfDone) / 1e9);

      if (seconds > 0) {
        new RoundPageLoad(pool, app.base, round, communes).run(warmUpSeconds, seconds);
      }

      long r2Start = System.nanoTime();
      cycle.appraiseRound2(round, data.province);
      System.out.printf(
          "Round 2 and its completion: %.1f s%n", (System.nanoTime() - r2Start) / 1e9);

      jdbc.execute("analyze");
      double publishMs = publish(app.base, token, round);
      List<Object[]> lines = floorLines(jdbc, round, data);
      jdbc.execute(
          "create table bench_floor_line as select plan_id, position, area, code, content,"
              + " max_points, points, reason, measure, responsible, deadline, note, line_key"
              + " from plan_line where 1 = 0");
      checkSameAsFloor(jdbc, round, communes);
      System.out.println("SHA-256 of what publication stored: " + PublishedDigest.of(jdbc, round));
      double floorMs = floor(jdbc, round, lines);
      double ratio = publishMs / floorMs;
      System.out.printf(
          "Publication of %d units (%d lost leaves): %.0f ms | floor (SQL ranking aggregate +"
              + " batch insert of %d plan-line rows): %.0f ms | ratio %.2f×%n",
          communes, lines.size(), publishMs, lines.size(), floorMs, ratio);
      System.out.printf(
          "Targets: publication < 5 s %s; within 3× of the floor %s%n",
          publishMs < 5000 ? "MET" : "NOT MET", ratio <= 3 ? "MET" : "NOT MET");
      StorageFloor storage =
          new StorageFloor(app.context.getBean(DataSource.class), jdbc, round).prepare();
      double storageMs = storage.measure();
      System.out.printf(
          "Second floor, storing what publication stores (SQL ranking aggregate + COPY of its %d"
              + " entries, plan texts, sections and lines into tables of the same shape, keys and"
              + " foreign keys included, one transaction): %.0f ms | publication ÷ that floor"
              + " %.2f×%n",
          storage.rows(), storageMs, publishMs / storageMs);
      System.out.println(
          "Load average (1/5/15 min) before: "
              + loadBefore
              + ", after: "
              + RoundPageLoad.loadAverage());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Publishes the round over the API as the administrator; the call's wall time in ms. */
  static double publish(String base, String token, long round) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/rounds/" + round + "/publish"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"number\":\"" + round + "/QĐ-UBND\",\"date\":\"2026-03-31\"}"))
            .build();
    HttpClient client = DashboardLoad.client();
    long start = System.nanoTime();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    double ms = (System.nanoTime() - start) / 1e6;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "publication answered " + response.statusCode() + ": " + response.body());
    }
    return ms;
  }

  /** One plan-line-sized row per lost leaf (final points below the maximum), as a plan has. */
  private static List<Object[]> floorLines(JdbcTemplate jdbc, long round, RoundBenchData data) {
    Map<String, Criterion> leaves = new HashMap<>();
    data.set.leaves().forEach(l -> leaves.put(l.code().value(), l));
    List<Object[]> lines = new ArrayList<>();
    Date deadline = Date.valueOf(RoundBenchCycle.day(11, 15));
    jdbc.query(
        "select e.round_unit_id, e.code, e.final_points, coalesce(e.round2_note, e.round1_note)"
            + " from round_entry e join round_unit u on u.id = e.round_unit_id"
            + " where u.round_id = ? order by e.round_unit_id, e.id",
        rs -> {
          Criterion leaf = leaves.get(rs.getString(2));
          BigDecimal points = rs.getBigDecimal(3);
          if (points != null && points.compareTo(leaf.maxPoints()) < 0) {
            lines.add(
                new Object[] {
                  rs.getLong(1),
                  lines.size() + 1,
                  rs.getString(2),
                  leaf.name(),
                  leaf.maxPoints(),
                  points,
                  rs.getString(4) == null ? "Tự đánh giá chưa đạt điểm tối đa" : rs.getString(4),
                  "Rà soát, bổ sung văn bản và dẫn chứng; thực hiện đúng thời hạn",
                  "Công chức Văn phòng – Thống kê",
                  deadline,
                  "L" + (lines.size() + 1)
                });
          }
        },
        round);
    return lines;
  }

  /** The floor, warm, median of 5: the aggregate, then the batch insert (emptied untimed). */
  private static double floor(JdbcTemplate jdbc, long round, List<Object[]> lines) {
    double[] ms = new double[6];
    for (int i = 0; i < ms.length; i++) {
      jdbc.execute("truncate bench_floor_line");
      long start = System.nanoTime();
      jdbc.queryForList(FLOOR_SQL, round);
      jdbc.batchUpdate(FLOOR_INSERT, lines);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
    Arrays.sort(warm);
    return warm[2];
  }

  /** The published totals and ranks must be the floor's, unit by unit. */
  private static void checkSameAsFloor(JdbcTemplate jdbc, long round, int communes) {
    Map<Long, String> published = new HashMap<>();
    jdbc.query(
        "select id, total_points, rank_no from round_unit where round_id = ?",
        rs -> {
          published.put(
              rs.getLong(1),
              rs.getInt(3) + ":" + rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP));
        },
        round);
    Map<Long, String> floor = new HashMap<>();
    jdbc.query(
        FLOOR_SQL,
        rs -> {
          floor.put(rs.getLong(1), rs.getInt(3) + ":" + rs.getBigDecimal(2).setScale(2));
        },
        round);
    if (published.size() != communes || !published.equals(floor)) {
      throw new IllegalStateException("published ranks or totals differ from the SQL floor");
    }
  }

  private RoundBenchmark() {}
}
