package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.input.ConflictException;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.round.Days;

/**
 * Reads the round forms' text (decimal comma or point, ISO dates from date inputs, evidence ids
 * separated by commas) and turns a refusal into the form as typed with each message beside its
 * field. A field that cannot be read is one {@link InvalidInputException} naming it.
 */
final class PageForms {

  private static final String LABEL = InputProblem.LABEL + "round.field.";

  private PageForms() {}

  /** A number as people type it ("3,5", "3.5"); what is ambiguous ("1.2.3") is refused. */
  static BigDecimal decimal(HttpServletRequest request, String field) {
    try {
      return Decimals.parse(request.getParameter(field)).orElse(null);
    } catch (NumberFormatException e) {
      throw bad(field, "round.page.invalid.number");
    }
  }

  /** A whole number ("2"); "1.5" is refused, never read as 15. */
  static Integer integer(HttpServletRequest request, String field) {
    BigDecimal value = decimal(request, field);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw bad(field, "round.page.invalid.whole");
    }
  }

  static Long id(HttpServletRequest request, String field) {
    Integer value = integer(request, field);
    return value == null ? null : value.longValue();
  }

  /** A day from a date input (ISO) or typed as dd/MM/yyyy, read strictly (31/02 is refused). */
  static LocalDate date(HttpServletRequest request, String field) {
    String text = blank(request.getParameter(field));
    if (text == null) {
      return null;
    }
    return Days.parse(text).orElseThrow(() -> bad(field, "round.invalid.date.format"));
  }

  /** The documents ticked in a form: each box is named "evidence_ID" (a form keeps each name). */
  static List<Long> ticked(HttpServletRequest request) {
    List<Long> ids = new ArrayList<>();
    for (String name : request.getParameterMap().keySet()) {
      if (name.startsWith("evidence_")) {
        try {
          ids.add(Long.valueOf(name.substring("evidence_".length())));
        } catch (NumberFormatException e) {
          throw bad("evidence", "round.page.invalid.ids");
        }
      }
    }
    return ids;
  }

  /** A checkbox: ticked when its field was sent at all. */
  static boolean ticked(HttpServletRequest request, String field) {
    return request.getParameter(field) != null;
  }

  static Boolean yesNo(HttpServletRequest request, String field) {
    String text = blank(request.getParameter(field));
    return text == null ? null : "yes".equals(text);
  }

  /** The form as typed, each problem beside its field and described above the form (422). */
  static Form refused(
      HttpServletRequest request,
      HttpServletResponse response,
      InvalidInputException e,
      Messages messages) {
    response.setStatus(422);
    Form form = Form.of(request.getParameterMap());
    List<String> above = new ArrayList<>();
    for (InputProblem p : e.problems()) {
      String message = messages.get(p.messageKey(), p.args());
      if (p.column() != null && p.column().startsWith(LABEL)) {
        form = form.withError(p.column().substring(LABEL.length()), message);
      }
      above.add(messages.describe(new InputProblem(0, p.column(), p.messageKey(), p.args())));
    }
    return form.withErrors(above);
  }

  /** The form as typed with the reason a step is not allowed now (409: a state, a lock, a race). */
  static Form conflict(
      HttpServletRequest request,
      HttpServletResponse response,
      ConflictException e,
      Messages messages) {
    response.setStatus(409);
    return Form.of(request.getParameterMap())
        .withErrors(List.of(messages.get(e.messageKey(), e.args())));
  }

  /**
   * The file store names its problems by the bare column "file"; a round form names them by its own
   * label («Tệp tài liệu»), so the message is shown beside that field and names it as the form
   * does.
   */
  static InvalidInputException fileNamed(InvalidInputException e) {
    return new InvalidInputException(
        e.problems().stream()
            .map(
                p ->
                    "file".equals(p.column())
                        ? InputProblem.ofField(
                            p.row(), "round.field.file", p.messageKey(), p.args().toArray())
                        : p)
            .toList());
  }

  private static InvalidInputException bad(String field, String key) {
    return new InvalidInputException(InputProblem.ofField(0, "round.field." + field, key));
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
