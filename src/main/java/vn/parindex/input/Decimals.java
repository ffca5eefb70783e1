package vn.parindex.input;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the numbers people type in score tables: "18.61", "18,61", "59,69 điểm", "94%", " 2 ". A
 * decimal comma and a decimal point are both accepted; a number with both ("1.234,5") takes the
 * last one as the decimal separator.
 */
public final class Decimals {

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)*");
  private static final Pattern DECORATION = Pattern.compile("(?iu)\\s*(%|điểm|diem|đ)\\s*$");

  private Decimals() {}

  /** Empty for blank text; throws {@link NumberFormatException} for text that is not a number. */
  public static Optional<BigDecimal> parse(String raw) {
    String text = Text.clean(raw);
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    text = DECORATION.matcher(text).replaceAll("").replace(" ", "");
    if (!NUMBER.matcher(text).matches()) {
      throw new NumberFormatException(raw);
    }
    int comma = text.lastIndexOf(',');
    int point = text.lastIndexOf('.');
    int decimal = Math.max(comma, point);
    String normalised;
    if (decimal < 0) {
      normalised = text;
    } else {
      String whole = text.substring(0, decimal).replace(",", "").replace(".", "");
      normalised = whole + "." + text.substring(decimal + 1);
    }
    return Optional.of(new BigDecimal(normalised));
  }

  /** True when the text is blank or a number {@link #parse} accepts. */
  public static boolean isNumber(String raw) {
    try {
      parse(raw);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Strips trailing zeros but never shows an exponent: 18.6100 → "18.61", 21.00 → "21". */
  public static String plain(BigDecimal value) {
    if (value == null) {
      return "";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.toPlainString();
  }
}
