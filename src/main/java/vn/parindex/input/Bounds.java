package vn.parindex.input;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The bounds every stored field has (the longest text, the largest number), checked where a record
 * is made so that no path, form, API body or imported cell, can store past them: a value beyond a
 * bound is a problem naming its field, never a database error.
 */
public final class Bounds {

  private Bounds() {}

  /** Adds a problem when {@code value} is longer than {@code max} characters. */
  public static void text(
      String value, int max, int row, String labelKey, List<InputProblem> problems) {
    if (value != null && value.length() > max) {
      problems.add(InputProblem.ofField(row, labelKey, "input.text.too.long", max, value.length()));
    }
  }

  /** Adds a problem when {@code value} is beyond what {@link Decimals} reads. */
  public static void number(
      BigDecimal value, int row, String labelKey, List<InputProblem> problems) {
    if (value != null && value.abs().compareTo(Decimals.LIMIT) >= 0) {
      problems.add(InputProblem.ofField(row, labelKey, "input.number.range", shown(value)));
    }
  }

  /** A huge number as a person reads it: "1000000", but "1.00E+400", not 400 zeros. */
  private static String shown(BigDecimal value) {
    String plain = Decimals.plain(value);
    return plain.length() <= 20 ? plain : value.round(new MathContext(3)).toString();
  }

  /** Refuses the input when anything was found: nothing is stored. */
  public static void check(List<InputProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
