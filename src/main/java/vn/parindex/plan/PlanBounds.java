package vn.parindex.plan;

import java.math.BigDecimal;
import java.util.List;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;

/**
 * What a plan can store, field by field (the columns of {@code plan}, {@code plan_section}, {@code
 * plan_text} and {@code plan_line}): a text past its length or a number past {@link Decimals#LIMIT}
 * is a problem naming the field as the editor labels it ({@code plan.field.*}), whichever way the
 * plan came (form, API, drafting), never a database error.
 */
final class PlanBounds {

  static final int SHORT = 200;
  static final int NUMBER = 100;
  static final int HEADING = 1000;
  static final int RESPONSIBLE = 500;
  static final int TEXT = 4000;
  static final int CONTENT = 2000;
  static final int CODE = 32;
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2100;

  private PlanBounds() {}

  static void check(Plan plan, List<InputProblem> problems) {
    PlanHeader h = plan.header();
    text(problems, 0, "authorityUpper", h.authorityUpper(), SHORT);
    text(problems, 0, "authorityUnit", h.authorityUnit(), SHORT);
    text(problems, 0, "unitLabel", h.unitLabel(), SHORT);
    text(problems, 0, "number", h.number(), NUMBER);
    text(problems, 0, "place", h.place(), SHORT);
    text(problems, 0, "title", h.title(), SHORT);
    text(problems, 0, "subject", h.subject(), HEADING);
    if (h.issueDate() != null
        && (h.issueDate().year() < FIRST_YEAR || h.issueDate().year() > LAST_YEAR)) {
      problems.add(
          InputProblem.of(
              0, "issueYear", "plan.field.year.range", String.valueOf(h.issueDate().year())));
    }
    texts(problems, "legalBases", plan.legalBases());
    texts(problems, "opening", plan.opening());
    texts(problems, "recipients", plan.recipients());
    text(problems, 0, "closing", plan.closing(), TEXT);
    text(problems, 0, "appendixTitle", plan.appendixTitle(), HEADING);
    if (plan.signature() != null) {
      text(problems, 0, "signerAuthority", plan.signature().authority(), SHORT);
      text(problems, 0, "signerTitle", plan.signature().title(), SHORT);
      text(problems, 0, "signerName", plan.signature().name(), SHORT);
    }
    for (PlanSection s : plan.sections()) {
      text(problems, 0, "heading", s.heading(), HEADING);
      text(problems, 0, "responsible", s.responsible(), RESPONSIBLE);
      texts(problems, "items", s.items());
    }
    for (PlanLine line : plan.lines()) {
      int row = line.position();
      text(problems, row, "code", line.code(), CODE);
      text(problems, row, "content", line.content(), CONTENT);
      text(problems, row, "reason", line.reason(), TEXT);
      text(problems, row, "measure", line.measure(), TEXT);
      text(problems, row, "responsible", line.responsible(), RESPONSIBLE);
      text(problems, row, "note", line.note(), CONTENT);
      number(problems, row, "maxPoints", line.maxPoints());
      number(problems, row, "points", line.points());
    }
  }

  private static void texts(List<InputProblem> problems, String field, List<String> texts) {
    if (texts != null) {
      texts.forEach(t -> text(problems, 0, field, t, TEXT));
    }
  }

  private static void text(
      List<InputProblem> problems, int row, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(InputProblem.of(row, field, "input.text.too.long", max, value.length()));
    }
  }

  private static void number(List<InputProblem> problems, int row, String field, BigDecimal n) {
    if (n != null && n.abs().compareTo(Decimals.LIMIT) >= 0) {
      problems.add(InputProblem.of(row, field, "input.number.range", n.toString()));
    }
  }
}
