package vn.parindex.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.account.AuditLog;
import vn.parindex.input.ConflictException;
import vn.parindex.input.FileKind;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;

/**
 * The apology letters of late dossiers: one per dossier, recorded once (a second click, or two
 * people at once, get the letter already there), edited only from its current version (409
 * otherwise), every change in the audit trail. The APOLOGY indicator reads the table directly, so a
 * letter counts the moment it is stored.
 */
@Service
public class Apologies {

  /** The audit trail's name for a letter. */
  static final String AUDIT = "dossier_apology";

  private final JdbcClient jdbc;
  private final AuditLog audit;

  Apologies(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** The stored letter of a dossier: its id and version, and whether it was just created. */
  public record Stored(long id, int version, boolean created) {}

  /** A stored letter's scanned copy. */
  record Scan(String name, String mediaType, byte[] content) {}

  @Transactional
  public Stored record(Actor by, long unitId, ApologyLetter letter) {
    String number = check(letter);
    String dossier = letter.dossierCode().strip();
    Boolean late =
        jdbc.sql("select late from dossier where unit_id = ? and code = ?")
            .params(unitId, dossier)
            .query(Boolean.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("dossier.apology.dossier.notfound", dossier));
    if (!Boolean.TRUE.equals(late)) {
      throw refuse("dossier.apology.field.dossier", "dossier.apology.notlate", dossier);
    }
    Optional<Stored> existing = existing(unitId, dossier);
    if (existing.isEmpty()) {
      try {
        return insert(by, unitId, dossier, number, letter);
      } catch (DuplicateKeyException raced) {
        // someone recorded it a moment ago: theirs stands, as a second click would find it
        return existing(unitId, dossier).orElseThrow();
      }
    }
    Stored current = existing.get();
    if (letter.version() == null) {
      return current;
    }
    if (letter.version() != current.version()) {
      throw new ConflictException(null, List.of(), "dossier.apology.stale", dossier);
    }
    return update(by, unitId, current, number, letter);
  }

  @Transactional(readOnly = true)
  Optional<Scan> scan(long unitId, long id) {
    return jdbc.sql(
            "select file_name, file_type, file_content from dossier_apology"
                + " where unit_id = ? and id = ? and file_content is not null")
        .params(unitId, id)
        .query((rs, n) -> new Scan(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  private Stored insert(Actor by, long unitId, String dossier, String number, ApologyLetter l) {
    ApologyFile kind = l.hasFile() ? kind(l) : null;
    jdbc.sql(
            "insert into dossier_apology (unit_id, dossier_code, letter_number, letter_date,"
                + " created_at, created_by, file_name, file_type, file_content)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            unitId,
            dossier,
            number,
            l.date(),
            by.stored(),
            by.user().username(),
            kind == null ? null : FileKind.safeName(l.fileName()),
            kind == null ? null : kind.mediaType(),
            kind == null ? null : l.fileContent())
        .update();
    Stored stored = existing(unitId, dossier).orElseThrow();
    audit.record(by, AUDIT, stored.id(), "letter", null, dossier + ": " + number + " " + l.date());
    return new Stored(stored.id(), stored.version(), true);
  }

  private Stored update(Actor by, long unitId, Stored current, String number, ApologyLetter l) {
    var before =
        jdbc.sql("select letter_number, letter_date from dossier_apology where id = ?")
            .param(current.id())
            .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, LocalDate.class))
            .single();
    ApologyFile kind = l.hasFile() ? kind(l) : null;
    int changed =
        jdbc.sql(
                "update dossier_apology set letter_number = ?, letter_date = ?,"
                    + " file_name = coalesce(?, file_name), file_type = coalesce(?, file_type),"
                    + " file_content = coalesce(?, file_content), version = version + 1,"
                    + " updated_at = ?, updated_by = ? where id = ? and version = ?")
            .params(
                number,
                l.date(),
                kind == null ? null : FileKind.safeName(l.fileName()),
                kind == null ? null : kind.mediaType(),
                kind == null ? null : l.fileContent(),
                by.stored(),
                by.user().username(),
                current.id(),
                current.version())
            .update();
    if (changed == 0) {
      throw new ConflictException(null, List.of(), "dossier.apology.stale", l.dossierCode());
    }
    audit.record(by, AUDIT, current.id(), "letter", before, number + " " + l.date());
    return new Stored(current.id(), current.version() + 1, false);
  }

  private Optional<Stored> existing(long unitId, String dossier) {
    return jdbc.sql(
            "select id, version from dossier_apology where unit_id = ? and dossier_code = ?")
        .params(unitId, dossier)
        .query((rs, n) -> new Stored(rs.getLong(1), rs.getInt(2), false))
        .optional();
  }

  /** The letter's number, cleaned; every problem of the letter named by its field. */
  private static String check(ApologyLetter l) {
    List<InputProblem> problems = new ArrayList<>();
    String number = l.number() == null ? "" : Text.clean(l.number()).strip();
    if (number.isEmpty()) {
      problems.add(field("dossier.apology.field.number", "dossier.apology.number.required"));
    } else if (number.length() > 100) {
      problems.add(field("dossier.apology.field.number", "dossier.apology.number.long"));
    }
    if (l.date() == null) {
      problems.add(field("dossier.apology.field.date", "dossier.apology.date.required"));
    }
    if (l.dossierCode() == null || l.dossierCode().isBlank()) {
      problems.add(field("dossier.apology.field.dossier", "dossier.apology.dossier.required"));
    }
    if (l.hasFile() && l.fileContent().length > ApologyFile.MAX_BYTES) {
      problems.add(field("dossier.apology.field.file", "dossier.apology.file.large"));
    } else if (l.hasFile() && ApologyFile.sniff(l.fileContent()).isEmpty()) {
      problems.add(field("dossier.apology.field.file", "dossier.apology.file.kind"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return number;
  }

  private static ApologyFile kind(ApologyLetter l) {
    return ApologyFile.sniff(l.fileContent()).orElseThrow();
  }

  private static InputProblem field(String label, String key, Object... args) {
    return InputProblem.ofField(0, label, key, args);
  }

  private static InvalidInputException refuse(String label, String key, Object... args) {
    return new InvalidInputException(field(label, key, args));
  }
}
