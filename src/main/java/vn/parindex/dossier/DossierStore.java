package vn.parindex.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a checked batch of a unit's dossiers in one transaction: a record whose MaHoSo the unit
 * already has updates that row when its content changed (by content hash) and is left alone
 * otherwise; a new one is added. Batches of one unit are written one after the other (a lock per
 * unit for the transaction), so two pushes of the same batch at once end with one row per dossier
 * even on PostgreSQL, where the table is partitioned by year and its key includes the year. There
 * the rows go through COPY into a temporary table and three set statements; elsewhere through JDBC
 * batches.
 */
@Repository
class DossierStore {

  /** What a batch changed. */
  record Counts(long added, long updated, long unchanged) {}

  static final String COLUMNS =
      "unit_id, code, procedure_code, received_at, received_year, due_at, effective_due_at,"
          + " finished_at, returned_at, status, channel, digitised, paid_online, fee_total,"
          + " e_result, supplement_count, late, content_hash, synced_at";

  /** The kinds of rows written one unit at a time. */
  static final int DOSSIERS = 7116;

  static final int PROCEDURES = 7117;

  private static final Object[] LOCKS = new Object[64];

  static {
    for (int i = 0; i < LOCKS.length; i++) {
      LOCKS[i] = new Object();
    }
  }

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private volatile Boolean postgres;

  DossierStore(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate tx) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.tx = tx;
  }

  Counts write(long unitId, List<DossierRecord> records, LocalDateTime now) {
    return inUnitLock(
        unitId,
        DOSSIERS,
        connection ->
            postgres(connection)
                ? new DossierCopy(jdbc, connection).write(unitId, records, now)
                : new DossierBatches(jdbc).write(unitId, records, now));
  }

  /** Work on the transaction's connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction after the other writers of this unit's {@code kind} of
   * rows have finished: an advisory lock until commit on PostgreSQL (several instances share it,
   * and the unit row stays free); on the embedded H2, which one process owns, a lock in memory.
   */
  <T> T inUnitLock(long unitId, int kind, Work<T> work) {
    Connection probe = DataSourceUtils.getConnection(dataSource);
    boolean pg;
    try {
      pg = postgres(probe);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      DataSourceUtils.releaseConnection(probe, dataSource);
    }
    if (!pg) {
      synchronized (LOCKS[(int) Math.floorMod(unitId * 31 + kind, (long) LOCKS.length)]) {
        return inTransaction(work, false, kind, unitId);
      }
    }
    return inTransaction(work, true, kind, unitId);
  }

  private <T> T inTransaction(Work<T> work, boolean pg, int kind, long unitId) {
    return tx.execute(
        status -> {
          Connection connection = DataSourceUtils.getConnection(dataSource);
          try {
            if (pg) {
              jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", kind, (int) unitId);
            }
            return work.run(connection);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
          }
        });
  }

  private boolean postgres(Connection connection) throws SQLException {
    if (postgres == null) {
      DatabaseMetaData meta = connection.getMetaData();
      postgres =
          meta.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }
    return postgres;
  }

  /** The hash of a record's stored content (hex SHA-256): equal content, equal hash. */
  static String hash(DossierRecord r) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(r.content().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
