package bench;

import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The floor of the dossier import on H2: H2's own bulk load of the same CSV files into the same
 * table, one {@code insert … select … from CSVREAD} per unit, converting each column as {@link
 * DossierBenchData#copyRows} converts it for PostgreSQL's COPY (effective due date = the new due
 * date or the due date, returned one hour after finishing, the electronic result only once
 * finished, late = finished after the effective due date, a constant hash and sync time). The
 * database does the parsing and the writing; the app's import does the same plus checking every
 * field, hashing each record and comparing it with the stored one.
 */
final class DossierH2Floor {

  private static final String HEADING = "Mã hồ sơ";

  /** The table's columns in the order the app's store writes them (DossierStore.COLUMNS). */
  private static final String COLUMNS =
      "unit_id, code, procedure_code, received_at, received_year, due_at, effective_due_at,"
          + " finished_at, returned_at, status, channel, digitised, paid_online, fee_total,"
          + " e_result, supplement_count, late, content_hash, synced_at";

  private static final String INSERT =
      """
      insert into dossier (COLUMNS)
      select ?, c1, c2, r, year(r), d, coalesce(n, d), f, dateadd(hour, 1, f),
        cast(c6 as smallint), cast(c7 as smallint), c8 = '1', c9 = '1',
        cast(c10 as decimal(18, 2)), c11 = '1' and f is not null, cast(c12 as integer),
        case when f is not null then f > coalesce(n, d) end, ?, localtimestamp
      from (select c1, c2, TS(c3) as r, TS(c4) as d, TS(c5) as f, TS(c13) as n,
              c6, c7, c8, c9, c10, c11, c12
            from csvread('FILE', 'c1,c2,c3,c4,c5,c6,c7,c8,c9,c10,c11,c12,c13', 'charset=UTF-8')
            where c1 <> 'HEADING') s
      """
          .replace("COLUMNS", COLUMNS)
          .replace("HEADING", HEADING);

  private DossierH2Floor() {}

  /** Loads every unit's CSV file; returns the milliseconds taken. */
  static long load(JdbcTemplate jdbc, Path dir, List<Long> units, int unitCount) {
    String hash = "0".repeat(64);
    long t0 = System.nanoTime();
    for (int u = 0; u < unitCount; u++) {
      String file = dir.resolve("u" + u + ".csv").toAbsolutePath().toString();
      jdbc.update(
          INSERT.replace("FILE", file.replace("'", "''")).replaceAll("TS\\((c\\d+)\\)", TS),
          units.get(u),
          hash);
    }
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** A portal time (yyyyMMddHHmmss, empty when absent) as a local timestamp. */
  private static final String TS =
      "cast(parsedatetime(nullif($1, ''), 'yyyyMMddHHmmss') as timestamp)";

  /**
   * What both loads must agree on: counts and sums of every stored field but the hash and times.
   */
  static String fingerprint(JdbcTemplate jdbc) {
    return jdbc.queryForObject(
        """
        select concat_ws(' ', count(*), count(distinct code), count(distinct procedure_code),
          min(received_at), max(received_at), sum(received_year), min(due_at), max(due_at),
          max(effective_due_at), count(effective_due_at), count(finished_at), max(finished_at),
          sum(status), sum(channel), sum(case when digitised then 1 else 0 end),
          sum(case when paid_online then 1 else 0 end), sum(fee_total),
          sum(supplement_count), count(late), sum(case when late then 1 else 0 end))
        from dossier
        """,
        String.class);
  }

  /** Fails the run when the floor did not load the rows the app's import stored. */
  static void compare(String floor, String ours) {
    if (!floor.equals(ours)) {
      throw new IllegalStateException("floor rows differ:\n floor " + floor + "\n ours  " + ours);
    }
    System.out.println("H2: the CSVREAD floor and the CSV import stored the same rows: " + ours);
  }
}
