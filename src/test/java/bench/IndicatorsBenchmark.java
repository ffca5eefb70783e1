package bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.ParIndexApplication;
import vn.parindex.dossier.IndicatorFigure;
import vn.parindex.dossier.Indicators;

/**
 * The indicators of a province-year: 1,000,000 dossiers over 168 communes (20 procedures each, a
 * year of receptions, a tenth still open, a fiftieth withdrawn, half the late ones with a letter),
 * generated straight in PostgreSQL with generate_series. Times {@code Indicators.of(168 units, the
 * year)}, the code path of the pages and the API, against one hand-written SQL GROUP BY over the
 * same rows computing the same 8 figures (FILTER clauses, the online services by EXISTS over the
 * procedures), checks that both agree for every unit; warm, median of 5. With BENCH_DB=h2 the same
 * on the embedded H2 file database ({@link IndicatorsH2}).
 */
public final class IndicatorsBenchmark {

  static final int COMMUNES = 168;
  static final int DOSSIERS =
      Integer.getInteger("bench.dossiers", Integer.parseInt(env("BENCH_DOSSIERS", "1000000")));
  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate TO = LocalDate.of(2025, 12, 31);

  private static final String REC =
      "d.received_at >= :from and d.received_at < :to and d.status not in (1, 3, 7)";
  private static final String FIN =
      "d.finished_at >= :from and d.finished_at < :to and d.status in (9, 10)";

  /** The floor: what anyone would write by hand for the same figures, in one statement. */
  static final String FLOOR_SQL =
      """
      select g.*, s.capable, s.used from (
      select d.unit_id,
        count(*) filter (where FIN) as finished,
        count(*) filter (where FIN and d.late is not true) as on_time,
        count(*) filter (where REC) as received,
        count(*) filter (where REC and d.channel = 2) as online,
        count(*) filter (where REC and p.online_level = 4) as full_den,
        count(*) filter (where REC and p.online_level = 4 and d.channel = 2) as full_num,
        count(*) filter (where REC and d.fee_total > 0) as fee_den,
        count(*) filter (where REC and d.fee_total > 0 and d.paid_online) as fee_num,
        count(*) filter (where REC and d.digitised) as digitised,
        count(*) filter (where FIN and d.e_result) as e_result,
        count(*) filter (where FIN and d.late) as late,
        count(*) filter (where FIN and d.late and a.id is not null) as apologised
      from dossier d
      left join dossier_procedure p on p.unit_id = d.unit_id and p.code = d.procedure_code
      left join dossier_apology a on a.unit_id = d.unit_id and a.dossier_code = d.code
      where d.unit_id in (select id from unit where parent_id = :province)
        and ((d.received_at >= :from and d.received_at < :to)
          or (d.finished_at >= :from and d.finished_at < :to))
      group by d.unit_id) g
      join (select q.unit_id, count(*) as capable,
                   count(*) filter (where exists (
                     select 1 from dossier o
                     where o.unit_id = q.unit_id and o.procedure_code = q.code and o.channel = 2
                       and o.received_at >= :from and o.received_at < :to
                       and o.status not in (1, 3, 7))) as used
            from dossier_procedure q where q.online_level in (3, 4) group by q.unit_id) s
        on s.unit_id = g.unit_id
      """
          .replace("REC", REC)
          .replace("FIN", FIN);

  public static void main(String[] args) throws Exception {
    if (env("BENCH_DB", "postgresql").equals("h2")) {
      IndicatorsH2.run();
      return;
    }
    String pgUrl = env("PARINDEX_TEST_PG_URL", "jdbc:postgresql://localhost:5432/parindex_test");
    String sep = pgUrl.contains("?") ? "&" : "?";
    String[] db = {
      "--spring.datasource.url=" + pgUrl + sep + "currentSchema=bench_indicators",
      "--spring.datasource.username=" + env("PARINDEX_TEST_PG_USER", "parindex"),
      "--spring.datasource.password=" + env("PARINDEX_TEST_PG_PASSWORD", "parindex"),
      "--spring.flyway.schemas=bench_indicators",
      "--spring.flyway.default-schema=bench_indicators"
    };
    // a schema left by a run of older code fails Flyway's validation before it could be cleaned
    try (var connection =
            java.sql.DriverManager.getConnection(
                pgUrl,
                env("PARINDEX_TEST_PG_USER", "parindex"),
                env("PARINDEX_TEST_PG_PASSWORD", "parindex"));
        var statement = connection.createStatement()) {
      statement.execute("drop schema if exists bench_indicators cascade");
    } catch (java.sql.SQLException e) {
      System.out.println("PostgreSQL skipped: " + e.getMessage());
      return;
    }
    String[] all = Arrays.copyOf(db, db.length + 4);
    System.setProperty("spring.main.banner-mode", "off");
    all[db.length] = "--parindex.demo.enabled=false";
    all[db.length + 1] = "--spring.flyway.clean-disabled=false";
    all[db.length + 2] = "--logging.level.root=WARN";
    all[db.length + 3] = "--server.port=0";
    ConfigurableApplicationContext context;
    try {
      context =
          new SpringApplicationBuilder(ParIndexApplication.class)
              .web(WebApplicationType.SERVLET)
              .run(all);
    } catch (RuntimeException e) {
      System.out.println("PostgreSQL skipped: " + e.getMessage());
      return;
    }
    try (context) {
      Flyway flyway = context.getBean(Flyway.class);
      flyway.clean();
      flyway.migrate();
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      long t0 = System.nanoTime();
      long province = generate(jdbc);
      long loadMs = (System.nanoTime() - t0) / 1_000_000;
      List<Long> units =
          jdbc.queryForList(
              "select id from unit where parent_id = ? order by id", Long.class, province);
      Indicators indicators = context.getBean(Indicators.class);
      check(indicators.of(units, FROM, TO), floor(jdbc, province));
      double ours = median(() -> indicators.of(units, FROM, TO).size());
      double floor = median(() -> floor(jdbc, province).size());
      System.out.printf(
          "PostgreSQL: %d units, %,d dossiers generated in %d ms | Indicators.of: %.0f ms |"
              + " SQL GROUP BY: %.0f ms | ratio %.2f× (target ≤ 1.2×)%n",
          units.size(), DOSSIERS, loadMs, ours, floor, ours / floor);
    }
  }

  /** A province, its communes and procedures, the dossiers, half the late ones' letters. */
  static long generate(JdbcTemplate jdbc) {
    jdbc.update("insert into unit (code, name, type) values ('BI-P', 'Tỉnh Chỉ Số', 'PROVINCE')");
    long province = jdbc.queryForObject("select id from unit where code = 'BI-P'", Long.class);
    jdbc.update(
        "insert into unit (code, name, type, parent_id) select 'BI-' || lpad(g::text, 3, '0'),"
            + " 'Xã ' || g, 'COMMUNE', ? from generate_series(1, ?) g",
        province,
        COMMUNES);
    jdbc.update(
        "insert into dossier_procedure (unit_id, code, name, online_level, fee_bearing,"
            + " paper_result, updated_at) select u.id, 'TT' || p, 'Thủ tục ' || p,"
            + " case p % 4 when 0 then 4 when 3 then 2 else 3 end, p % 3 = 0, false,"
            + " localtimestamp from unit u, generate_series(1, 20) p where u.parent_id = ?",
        province);
    jdbc.update(
        """
        insert into dossier (unit_id, code, procedure_code, received_at, received_year, due_at,
          effective_due_at, finished_at, returned_at, status, channel, digitised, paid_online,
          fee_total, e_result, supplement_count, late, content_hash, synced_at)
        select ids[1 + g % array_length(ids, 1)], 'HS' || g, 'TT' || (1 + (g / 7) % 20),
          r, 2025, r + interval '5 day', r + interval '5 day',
          case when st in (9, 10) then r + ((g % 9) * interval '1 day') end,
          case when st = 10 then r + ((g % 9) * interval '1 day') end,
          st, case when g % 3 = 0 then 1 else 2 end, g % 5 <> 0, g % 8 = 0,
          case when g % 4 = 0 then 20000 else 0 end, g % 7 <> 0, 0,
          case when st in (9, 10) then g % 9 > 5 end, 'h', localtimestamp
        from (select g,
                timestamp '2025-01-01 07:30' + (g % 365) * interval '1 day'
                  + (g % 540) * interval '1 minute' as r,
                case when g % 50 = 0 then 7 when g % 10 = 1 then 4 when g % 2 = 0 then 9
                  else 10 end as st
              from generate_series(1, ?) g) s,
             (select array_agg(id order by id) as ids from unit where parent_id = ?) u
        """,
        DOSSIERS, province);
    jdbc.update(
        "insert into dossier_apology (unit_id, dossier_code, letter_number, letter_date,"
            + " created_at, created_by) select unit_id, code, 'XL-' || code,"
            + " cast(finished_at as date), localtimestamp, 'bench' from dossier"
            + " where late and length(code) % 2 = 0");
    for (String table : List.of("unit", "dossier_procedure", "dossier", "dossier_apology")) {
      jdbc.execute("analyze " + table);
    }
    return province;
  }

  static Map<Long, List<Long>> floor(JdbcTemplate jdbc, long province) {
    Map<Long, List<Long>> byUnit = new HashMap<>();
    var params =
        new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
            .addValue("from", FROM.atStartOfDay())
            .addValue("to", TO.plusDays(1).atStartOfDay())
            .addValue("province", province);
    new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc)
        .query(
            FLOOR_SQL,
            params,
            rs -> {
              long capable = rs.getLong("capable");
              byUnit.put(
                  rs.getLong("unit_id"),
                  List.of(
                      rs.getLong("on_time"), rs.getLong("finished"),
                      rs.getLong("online"), rs.getLong("received"),
                      rs.getLong("full_num"), rs.getLong("full_den"),
                      rs.getLong("fee_num"), rs.getLong("fee_den"),
                      rs.getLong("digitised"), rs.getLong("received"),
                      rs.getLong("e_result"), rs.getLong("finished"),
                      rs.getLong("used"), capable,
                      rs.getLong("apologised"), rs.getLong("late")));
            });
    return byUnit;
  }

  /** Both give the same numerator and denominator of every indicator for every unit. */
  static void check(Map<Long, List<IndicatorFigure>> ours, Map<Long, List<Long>> floor) {
    if (ours.size() != floor.size()) {
      throw new IllegalStateException("units: " + ours.size() + " vs " + floor.size());
    }
    ours.forEach(
        (unit, figures) -> {
          List<Long> flat = new ArrayList<>();
          figures.forEach(
              f -> {
                flat.add(f.numerator());
                flat.add(f.denominator());
              });
          if (!flat.equals(floor.get(unit))) {
            throw new IllegalStateException(
                "unit " + unit + ": " + flat + " vs floor " + floor.get(unit));
          }
        });
  }

  static double median(Supplier<Integer> task) {
    // -Dbench.runs=1 for the 10,000,000-row scale run, where one pass takes tens of seconds
    int runs = Integer.getInteger("bench.runs", 5);
    for (int i = 0; i < runs; i++) {
      task.get();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < ms.length; i++) {
      long start = System.nanoTime();
      task.get();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[ms.length / 2];
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
