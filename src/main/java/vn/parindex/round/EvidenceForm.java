package vn.parindex.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.input.Bounds;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Text;

/** What a document says of itself: number/symbol, date, issuer and title, all required. */
record EvidenceForm(String number, LocalDate date, String issuer, String title) {

  /** From the form as typed: the date as dd/MM/yyyy or ISO; every problem named by its field. */
  static EvidenceForm of(String number, String date, String issuer, String title) {
    List<InputProblem> problems = new ArrayList<>();
    String cleanNumber = required("number", number, 100, problems);
    String cleanIssuer = required("issuer", issuer, 255, problems);
    String cleanTitle = required("title", title, 500, problems);
    LocalDate day = null;
    if (Text.cleanOrNull(date) == null) {
      problems.add(Refusal.problem("date", "required"));
    } else {
      day = Days.parse(date).orElse(null);
      if (day == null) {
        problems.add(Refusal.problem("date", "date.format"));
      }
    }
    Bounds.check(problems);
    return new EvidenceForm(cleanNumber, day, cleanIssuer, cleanTitle);
  }

  private static String required(String field, String raw, int max, List<InputProblem> problems) {
    String clean = Text.cleanOrNull(raw);
    if (clean == null) {
      problems.add(Refusal.problem(field, "required"));
    } else {
      Bounds.text(clean, max, 0, "round.field." + field, problems);
    }
    return clean;
  }
}
