package vn.parindex.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.parindex.input.FileKind;
import vn.parindex.input.FileLimits;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * Dossier records into a unit, all or nothing: a JSON batch in the portal's sync shape, or a JSON,
 * CSV or XLSX file. The whole input is read and checked first, with no database connection held;
 * then it is written in one transaction ({@link DossierStore}). The caller has checked the unit.
 */
@Service
public class DossierImport {

  /** What a batch did: records added, updated (content changed) and unchanged. */
  public record Result(long added, long updated, long unchanged) {}

  private final DossierStore store;
  private final DossierLimits limits;
  private final FileLimits fileLimits;
  private final Clock clock;

  DossierImport(DossierStore store, DossierLimits limits, FileLimits fileLimits, Clock clock) {
    this.store = store;
    this.limits = limits;
    this.fileLimits = fileLimits;
    this.clock = clock;
  }

  /** A sync batch as JSON ({@code {"data":[…]}}), streamed from its body. */
  public Result json(long unitId, InputStream body) {
    DossierBatch batch = new DossierBatch(false, limits.maxRecords());
    DossierJson.read(new BoundedInput(body, limits.maxBodyMb()), batch);
    return write(unitId, batch.records());
  }

  /** A file by its kind: .json as a sync batch, .csv (UTF-8) or .xlsx (the first sheet). */
  public Result file(long unitId, String fileName, InputStream content) throws IOException {
    String name = FileKind.safeName(fileName);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      DossierBatch batch = new DossierBatch(false, limits.maxRecords());
      DossierJson.read(content, batch);
      return write(unitId, batch.records());
    }
    DossierBatch batch = new DossierBatch(true, limits.maxRecords());
    if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
      DossierTable.csv(content, name, fileLimits, batch);
    } else if (lower.endsWith(".xlsx")) {
      byte[] bytes = content.readAllBytes();
      FileKind.check(name, bytes);
      DossierTable.xlsx(bytes, name, fileLimits, batch);
    } else {
      throw new InvalidInputException(InputProblem.ofFile("dossier.ingest.file.kind", name));
    }
    List<DossierRecord> records = batch.records();
    if (records.isEmpty()) {
      throw new InvalidInputException(InputProblem.ofFile("dossier.ingest.none", name));
    }
    return write(unitId, records);
  }

  private Result write(long unitId, List<DossierRecord> records) {
    if (records.isEmpty()) {
      return new Result(0, 0, 0);
    }
    DossierStore.Counts counts = store.write(unitId, records, LocalDateTime.now(clock));
    return new Result(counts.added(), counts.updated(), counts.unchanged());
  }
}
