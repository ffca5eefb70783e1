package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.parindex.input.Text;

/**
 * The published code of a criterion: "1", "1.1", "1.1.2". Input like "3.", " 2.4 ", "I.1" is not
 * accepted as-is: trailing dots go, segments must be whole numbers. Codes order by their segments
 * numerically (1.2 before 1.10).
 */
public record CriterionCode(String value) implements Comparable<CriterionCode> {

  public CriterionCode {
    if (!valid(value, false)) {
      throw new IllegalArgumentException("not a criterion code: " + value);
    }
  }

  /**
   * One to six segments of one to three digits, separated by dots; {@code canonical}: without
   * leading zeros, as {@link #parse} returns codes. (Checked by hand: codes are read by the
   * thousand for every scorecard, and a regular expression allocates each time.)
   */
  private static boolean valid(String text, boolean canonical) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    int segments = 1;
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (digits == 0 || ++segments > 6) {
          return false;
        }
        digits = 0;
      } else if (c >= '0' && c <= '9') {
        if (++digits > 3 || (canonical && digits == 2 && text.charAt(i - 1) == '0')) {
          return false;
        }
      } else {
        return false;
      }
    }
    return digits > 0;
  }

  /** Normalises "3." to "3", "1 . 1" to "1.1", "01.2" to "1.2"; empty when it is not a code. */
  public static Optional<CriterionCode> parse(String raw) {
    if (valid(raw, true)) { // as stored: nothing to normalise
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
    if (!valid(text, false)) {
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
