package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.parindex.input.Text;

/**
 * The published code of a criterion: "1", "1.1", "1.1.2". Input like "3.", " 2.4 ", "I.1" is not
 * accepted as-is: trailing dots go, segments must be whole numbers. Codes order by their segments
 * numerically (1.2 before 1.10).
 */
public record CriterionCode(String value) implements Comparable<CriterionCode> {

  private static final Pattern VALID = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,5}");

  /** A valid code without leading zeros: what {@link #parse} returns unchanged. */
  private static final Pattern CANONICAL =
      Pattern.compile("(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){0,5}");

  public CriterionCode {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("not a criterion code: " + value);
    }
  }

  /** Normalises "3." to "3", "1 . 1" to "1.1", "01.2" to "1.2"; empty when it is not a code. */
  public static Optional<CriterionCode> parse(String raw) {
    if (raw != null && CANONICAL.matcher(raw).matches()) { // as stored: nothing to normalise
      return Optional.of(new CriterionCode(raw));
    }
    String text = Text.clean(raw);
    if (text == null) {
      return Optional.empty();
    }
    text = text.replace(" ", "").replace(',', '.');
    while (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    if (!VALID.matcher(text).matches()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (String part : text.split("\\.")) {
      parts.add(String.valueOf(Integer.parseInt(part)));
    }
    return Optional.of(new CriterionCode(String.join(".", parts)));
  }

  /**
   * A code that a spreadsheet stored as a number: 3.0 is "3", 1.1 is "1.1". (Excel cannot keep
   * "1.10" apart from "1.1"; such a table must store codes as text.)
   */
  public static Optional<CriterionCode> fromNumber(double number) {
    if (number < 0 || Double.isNaN(number) || Double.isInfinite(number)) {
      return Optional.empty();
    }
    BigDecimal value = BigDecimal.valueOf(number).stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    return parse(value.toPlainString());
  }

  public static CriterionCode of(String raw) {
    return parse(raw)
        .orElseThrow(() -> new IllegalArgumentException("not a criterion code: " + raw));
  }

  public int depth() {
    return segments().size();
  }

  public Optional<CriterionCode> parent() {
    int dot = value.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(new CriterionCode(value.substring(0, dot)));
  }

  public boolean isAncestorOf(CriterionCode other) {
    return other.value.startsWith(value + ".");
  }

  public List<Integer> segments() {
    List<Integer> result = new ArrayList<>();
    for (String part : value.split("\\.")) {
      result.add(Integer.parseInt(part));
    }
    return result;
  }

  @Override
  public int compareTo(CriterionCode other) {
    List<Integer> a = segments();
    List<Integer> b = other.segments();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  @Override
  public String toString() {
    return value;
  }
}
