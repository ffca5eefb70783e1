package vn.parindex.dossier;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The portable way of {@link DossierStore} (H2): the unit's existing hashes read a thousand codes
 * at a time, then the new rows inserted and the changed ones updated in JDBC batches.
 */
final class DossierBatches {

  private static final int CHUNK = 1000;

  private static final String INSERT =
      "insert into dossier ("
          + DossierStore.COLUMNS
          + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String UPDATE =
      "update dossier set procedure_code = ?, received_at = ?, received_year = ?, due_at = ?,"
          + " effective_due_at = ?, finished_at = ?, returned_at = ?, status = ?, channel = ?,"
          + " digitised = ?, paid_online = ?, fee_total = ?, e_result = ?, supplement_count = ?,"
          + " late = ?, content_hash = ?, synced_at = ? where unit_id = ? and code = ?";

  private final JdbcTemplate jdbc;

  DossierBatches(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  DossierStore.Counts write(long unitId, List<DossierRecord> records, LocalDateTime now) {
    long added = 0;
    long updated = 0;
    Timestamp synced = Timestamp.valueOf(now);
    for (int from = 0; from < records.size(); from += CHUNK) {
      List<DossierRecord> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
      Map<String, String> existing = existing(unitId, chunk);
      List<Object[]> inserts = new ArrayList<>();
      List<Object[]> updates = new ArrayList<>();
      for (DossierRecord r : chunk) {
        String hash = DossierStore.hash(r);
        String old = existing.get(r.code());
        if (old == null) {
          List<Object> row = new ArrayList<>(List.of(unitId, r.code()));
          row.addAll(values(r));
          row.add(hash);
          row.add(synced);
          inserts.add(row.toArray());
        } else if (!old.equals(hash)) {
          List<Object> row = values(r);
          row.add(hash);
          row.add(synced);
          row.add(unitId);
          row.add(r.code());
          updates.add(row.toArray());
        }
      }
      jdbc.batchUpdate(INSERT, inserts);
      jdbc.batchUpdate(UPDATE, updates);
      added += inserts.size();
      updated += updates.size();
    }
    return new DossierStore.Counts(added, updated, records.size() - added - updated);
  }

  private Map<String, String> existing(long unitId, List<DossierRecord> chunk) {
    String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
    Object[] args = new Object[chunk.size() + 1];
    args[0] = unitId;
    for (int i = 0; i < chunk.size(); i++) {
      args[i + 1] = chunk.get(i).code();
    }
    Map<String, String> hashes = new HashMap<>();
    jdbc.query(
        "select code, content_hash from dossier where unit_id = ? and code in (" + marks + ")",
        rs -> {
          hashes.put(rs.getString(1), rs.getString(2));
        },
        args);
    return hashes;
  }

  /** The stored fields from procedure_code to late, in the order of the statements. */
  private static List<Object> values(DossierRecord r) {
    List<Object> v = new ArrayList<>(16);
    v.add(r.procedure());
    v.add(ts(r.receivedAt()));
    v.add(r.receivedYear());
    v.add(ts(r.dueAt()));
    v.add(ts(r.effectiveDueAt()));
    v.add(ts(r.finishedAt()));
    v.add(ts(r.returnedAt()));
    v.add(r.status());
    v.add(r.channelOrNull() == null ? new SqlParameterValue(Types.SMALLINT, null) : r.channel());
    v.add(r.digitised());
    v.add(r.paidOnline());
    v.add(r.feeTotal());
    v.add(r.eResult());
    v.add(r.supplements());
    v.add(r.late() == null ? new SqlParameterValue(Types.BOOLEAN, null) : r.late());
    return v;
  }

  private static Timestamp ts(LocalDateTime t) {
    return t == null ? null : Timestamp.valueOf(t);
  }
}
