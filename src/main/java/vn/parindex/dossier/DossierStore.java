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
    return tx.execute(
        status -> {
          Connection connection = DataSourceUtils.getConnection(dataSource);
          try {
            lock(connection, unitId, DOSSIERS);
            if (postgres(connection)) {
              return new DossierCopy(jdbc, connection).write(unitId, records, now);
            }
            return new DossierBatches(jdbc).write(unitId, records, now);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
          }
        });
  }

  /**
   * Within a transaction: waits for the other writers of this unit's {@code kind} of rows (an
   * advisory lock on PostgreSQL, which leaves the unit row free for everything else; the unit row
   * elsewhere), until commit.
   */
  void lock(Connection connection, long unitId, int kind) throws SQLException {
    if (postgres(connection)) {
      jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", kind, (int) unitId);
    } else {
      jdbc.queryForList("select id from unit where id = ? for update", unitId);
    }
  }

  /** {@link #lock(Connection, long, int)} on the transaction's connection. */
  void lock(long unitId, int kind) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      lock(connection, unitId, kind);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
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
