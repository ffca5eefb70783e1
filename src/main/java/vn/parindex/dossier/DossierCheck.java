package vn.parindex.dossier;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Text;

/**
 * The rules of one dossier record: required fields, dates that exist, a status of 1–10, a channel
 * of 1–3, flags, a fee that is a number, a due date not before reception. Each problem names the
 * record (its MaHoSo, else its row) and the field as the source wrote it; a record with any problem
 * gives nothing.
 */
final class DossierCheck {

  static final int MAX_CODE = 100;

  private final boolean typedDates;

  /** {@code typedDates}: a CSV/XLSX file, where dd/MM/yyyy[ HH:mm] is accepted too. */
  DossierCheck(boolean typedDates) {
    this.typedDates = typedDates;
  }

  Optional<DossierRecord> check(DossierFields f, List<InputProblem> problems) {
    int before = problems.size();
    String code = Text.lineOrNull(f.get(DossierColumn.CODE));
    String who = code == null ? "?" : code;
    String procedure = Text.lineOrNull(f.get(DossierColumn.PROCEDURE));
    required(f, DossierColumn.CODE, code, who, problems);
    required(f, DossierColumn.PROCEDURE, procedure, who, problems);
    tooLong(f, DossierColumn.CODE, code, who, problems);
    tooLong(f, DossierColumn.PROCEDURE, procedure, who, problems);
    long received = date(f, DossierColumn.RECEIVED, who, problems);
    if (received == 0) {
      required(f, DossierColumn.RECEIVED, null, who, problems);
    }
    long due = date(f, DossierColumn.DUE, who, problems);
    long finished = date(f, DossierColumn.FINISHED, who, problems);
    long returned = date(f, DossierColumn.RETURNED, who, problems);
    long newDue = date(f, DossierColumn.NEW_DUE, who, problems);
    if (received > 0 && due > 0 && due < received) {
      problems.add(
          problem(
              f, DossierColumn.DUE, "dossier.ingest.due.before", who, f.get(DossierColumn.DUE)));
    }
    int status = code(f, DossierColumn.STATUS, 1, 10, "dossier.ingest.status", who, problems);
    if (f.get(DossierColumn.STATUS) == null) {
      required(f, DossierColumn.STATUS, null, who, problems);
    }
    int channel = code(f, DossierColumn.CHANNEL, 1, 3, "dossier.ingest.channel", who, problems);
    boolean digitised = flag(f, DossierColumn.DIGITISED, who, problems);
    boolean paidOnline = paid(f, who, problems);
    boolean eResult = flag(f, DossierColumn.E_RESULT, who, problems);
    int supplements =
        code(f, DossierColumn.SUPPLEMENTS, 0, 1000, "dossier.ingest.count", who, problems);
    BigDecimal fee = fee(f, who, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    long effectiveDue =
        Stamps.pack(DossierLateness.effectiveDue(Stamps.unpack(due), Stamps.unpack(newDue)));
    return Optional.of(
        new DossierRecord(
            code,
            procedure,
            received,
            due,
            effectiveDue,
            finished > 0 ? finished : returned,
            returned,
            status,
            channel,
            digitised,
            paidOnline,
            fee,
            eResult,
            supplements));
  }

  private long date(DossierFields f, DossierColumn c, String who, List<InputProblem> problems) {
    long packed = DossierDates.read(f.get(c), typedDates);
    if (packed < 0) {
      problems.add(
          problem(
              f,
              c,
              typedDates ? "dossier.ingest.date.typed" : "dossier.ingest.date",
              who,
              f.get(c)));
      return 0;
    }
    return packed;
  }

  /** A whole number within bounds; 0 when absent. */
  private static int code(
      DossierFields f,
      DossierColumn c,
      int min,
      int max,
      String key,
      String who,
      List<InputProblem> problems) {
    String text = f.get(c);
    if (text == null) {
      return 0;
    }
    try {
      int value =
          Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    problems.add(problem(f, c, key, who, text));
    return 0;
  }

  private static boolean flag(
      DossierFields f, DossierColumn c, String who, List<InputProblem> problems) {
    String text = f.get(c);
    if (text == null) {
      return false;
    }
    switch (DossierColumn.fold(text)) {
      case "1", "10", "true", "co", "x", "yes" -> {
        return true;
      }
      case "0", "00", "false", "khong", "no" -> {
        return false;
      }
      default -> {
        problems.add(problem(f, c, "dossier.ingest.flag", who, text));
        return false;
      }
    }
  }

  /** 1 is paid online; the portal's other codes (0, 2, 3) are not; yes/no in a file. */
  private static boolean paid(DossierFields f, String who, List<InputProblem> problems) {
    String text = f.get(DossierColumn.PAID_ONLINE);
    if (text != null && (text.equals("2") || text.equals("3"))) {
      return false;
    }
    return flag(f, DossierColumn.PAID_ONLINE, who, problems);
  }

  private static BigDecimal fee(DossierFields f, String who, List<InputProblem> problems) {
    String text = f.get(DossierColumn.FEE_TOTAL);
    if (text == null) {
      return BigDecimal.ZERO;
    }
    BigDecimal fee = Money.read(text);
    if (fee == null) {
      problems.add(problem(f, DossierColumn.FEE_TOTAL, "dossier.ingest.fee", who, text));
      return BigDecimal.ZERO;
    }
    return fee;
  }

  private static void required(
      DossierFields f, DossierColumn c, String value, String who, List<InputProblem> problems) {
    if (value == null) {
      problems.add(problem(f, c, "dossier.ingest.required", who));
    }
  }

  private static void tooLong(
      DossierFields f, DossierColumn c, String value, String who, List<InputProblem> problems) {
    if (value != null && value.length() > MAX_CODE) {
      problems.add(problem(f, c, "dossier.ingest.too.long", who, MAX_CODE));
    }
  }

  static InputProblem problem(DossierFields f, DossierColumn c, String key, Object... args) {
    return InputProblem.of(f.row(), f.name(c), key, args);
  }
}
