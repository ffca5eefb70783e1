package vn.parindex.reminder.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;

/**
 * A refused form of the reminder pages, read and shown again: values typed as text are checked here
 * (a number that is not whole, a date that is not one) and every problem is put beside its field. A
 * field keeps its first message, or several of the same kind (two bad days) together: a later
 * message that only follows from the first ("required" after "not a number") is left out.
 */
final class FieldProblems {

  private FieldProblems() {}

  static Form beside(Form typed, List<InputProblem> problems, Messages messages) {
    Form form = typed;
    for (InputProblem p : problems) {
      String text = messages.get(p.messageKey(), p.args());
      String before = p.column() == null ? null : form.error(p.column());
      if (p.column() == null) {
        form = form.withErrors(List.of(text));
      } else if (before == null) {
        form = form.withError(p.column(), text);
      } else if (!before.contains(text)) {
        form = form.withError(p.column(), before + "; " + text);
      }
    }
    return form;
  }

  /** A whole number typed in a field; null when blank (a problem when {@code required}). */
  static Integer whole(String field, String text, boolean required, List<InputProblem> problems) {
    if (text == null || text.isBlank()) {
      if (required) {
        problems.add(InputProblem.of(0, field, "reminder.form.required"));
      }
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      problems.add(InputProblem.of(0, field, "reminder.form.whole", text.strip()));
      return null;
    }
  }

  /** A day as a date field sends it (ISO); null when blank. */
  static LocalDate day(String field, String text, List<InputProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(InputProblem.of(0, field, "reminder.form.date.invalid", text.strip()));
      return null;
    }
  }
}
