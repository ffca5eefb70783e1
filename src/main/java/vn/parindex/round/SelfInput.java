package vn.parindex.round;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.framework.ScoreInput;
import vn.parindex.input.Bounds;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Text;

/**
 * What the unit enters for one leaf: the inputs its scoring rule needs (typed points only for a
 * manual leaf) and its note. Bounded on the way in: a rate is 0–100, counts are not negative.
 */
record SelfInput(
    BigDecimal points,
    Boolean done,
    String level,
    BigDecimal rate,
    BigDecimal numerator,
    BigDecimal denominator,
    Integer count,
    String note) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static SelfInput of(
      BigDecimal points,
      Boolean done,
      String level,
      BigDecimal rate,
      BigDecimal numerator,
      BigDecimal denominator,
      Integer count,
      String note) {
    List<InputProblem> problems = new ArrayList<>();
    String cleanLevel = Text.cleanOrNull(level);
    String cleanNote = Text.cleanOrNull(note);
    Bounds.text(cleanLevel, 200, 0, "round.field.level", problems);
    Bounds.text(cleanNote, 4000, 0, "round.field.note", problems);
    for (var number : List.of(new Named("points", points), new Named("rate", rate))) {
      Bounds.number(number.value(), 0, "round.field." + number.name(), problems);
    }
    notNegative("points", points, problems);
    notNegative("rate", rate, problems);
    notNegative("numerator", numerator, problems);
    notNegative("denominator", denominator, problems);
    Bounds.number(numerator, 0, "round.field.numerator", problems);
    Bounds.number(denominator, 0, "round.field.denominator", problems);
    if (rate != null && rate.compareTo(HUNDRED) > 0) {
      problems.add(Refusal.problem("rate", "rate.range"));
    }
    if (numerator != null
        && denominator != null
        && denominator.signum() > 0
        && numerator.compareTo(denominator) > 0) {
      problems.add(Refusal.problem("numerator", "ratio.range"));
    }
    if (count != null && (count < 0 || count > 1_000_000)) {
      problems.add(Refusal.problem("count", "count.range"));
    }
    Bounds.check(problems);
    return new SelfInput(points, done, cleanLevel, rate, numerator, denominator, count, cleanNote);
  }

  private record Named(String name, BigDecimal value) {}

  private static void notNegative(String field, BigDecimal value, List<InputProblem> problems) {
    if (value != null && value.signum() < 0) {
      problems.add(Refusal.problem(field, "negative"));
    }
  }

  SelfInput withLevel(String named) {
    return new SelfInput(points, done, named, rate, numerator, denominator, count, note);
  }

  ScoreInput scoreInput() {
    return new ScoreInput(points, done, level, rate, numerator, denominator, count, null);
  }

  /** The inputs of a rule other than typed points. */
  boolean hasRuleInputs() {
    return done != null
        || level != null
        || rate != null
        || numerator != null
        || denominator != null
        || count != null;
  }

  /** The inputs as the audit trail shows them: "numerator=1; denominator=2" (empty: null). */
  String describe() {
    StringBuilder text = new StringBuilder();
    append(text, "points", points);
    append(text, "done", done);
    append(text, "level", level);
    append(text, "rate", rate);
    append(text, "numerator", numerator);
    append(text, "denominator", denominator);
    append(text, "count", count);
    return text.isEmpty() ? null : text.toString();
  }

  private static void append(StringBuilder text, String name, Object value) {
    if (value != null) {
      Object shown = value instanceof BigDecimal d ? vn.parindex.input.Decimals.plain(d) : value;
      text.append(text.isEmpty() ? "" : "; ").append(name).append('=').append(shown);
    }
  }

  static SelfInput empty() {
    return new SelfInput(null, null, null, null, null, null, null, null);
  }
}
