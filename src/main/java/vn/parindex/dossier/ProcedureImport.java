package vn.parindex.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.parindex.input.FileKind;
import vn.parindex.input.FileLimits;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * A unit's procedure catalogue in, all or nothing: read and checked first with no connection held,
 * then written in one transaction, one unit at a time; a procedure keyed by its code within the
 * unit is updated when it changed and never duplicated.
 */
@Service
public class ProcedureImport {

  private final JdbcTemplate jdbc;
  private final DossierStore store;
  private final DossierLimits limits;
  private final FileLimits fileLimits;
  private final Clock clock;

  ProcedureImport(
      JdbcTemplate jdbc,
      DossierStore store,
      DossierLimits limits,
      FileLimits fileLimits,
      Clock clock) {
    this.jdbc = jdbc;
    this.store = store;
    this.limits = limits;
    this.fileLimits = fileLimits;
    this.clock = clock;
  }

  /** A JSON body ({@code {"data":[…]}}). */
  public DossierImport.Result json(long unitId, InputStream body) {
    return write(unitId, ProcedureFile.json(new BoundedInput(body, limits.maxBodyMb())));
  }

  /** A JSON, CSV or XLSX file. */
  public DossierImport.Result file(long unitId, String fileName, InputStream content)
      throws IOException {
    String name = FileKind.safeName(fileName);
    if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return write(unitId, ProcedureFile.json(content));
    }
    List<Procedure> procedures = ProcedureFile.table(name, content, fileLimits);
    if (procedures.isEmpty()) {
      throw new InvalidInputException(InputProblem.ofFile("dossier.ingest.none", name));
    }
    return write(unitId, procedures);
  }

  private DossierImport.Result write(long unitId, List<Procedure> procedures) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
    return store.inUnitLock(
        unitId,
        DossierStore.PROCEDURES,
        connection -> {
          Map<String, Procedure> existing = new HashMap<>();
          jdbc.query(
              "select code, name, online_level, fee_bearing, paper_result from dossier_procedure"
                  + " where unit_id = ?",
              rs -> {
                existing.put(
                    rs.getString(1),
                    new Procedure(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5)));
              },
              unitId);
          List<Object[]> inserts = new ArrayList<>();
          List<Object[]> updates = new ArrayList<>();
          for (Procedure p : procedures) {
            Procedure old = existing.get(p.code());
            if (old == null) {
              inserts.add(
                  new Object[] {
                    unitId, p.code(), p.name(), p.level(), p.feeBearing(), p.paperResult(), now
                  });
            } else if (!old.equals(p)) {
              updates.add(
                  new Object[] {
                    p.name(), p.level(), p.feeBearing(), p.paperResult(), now, unitId, p.code()
                  });
            }
          }
          jdbc.batchUpdate(
              "insert into dossier_procedure (unit_id, code, name, online_level, fee_bearing,"
                  + " paper_result, updated_at) values (?, ?, ?, ?, ?, ?, ?)",
              inserts);
          jdbc.batchUpdate(
              "update dossier_procedure set name = ?, online_level = ?, fee_bearing = ?,"
                  + " paper_result = ?, updated_at = ?, version = version + 1"
                  + " where unit_id = ? and code = ?",
              updates);
          return new DossierImport.Result(
              inserts.size(), updates.size(), procedures.size() - inserts.size() - updates.size());
        });
  }
}
