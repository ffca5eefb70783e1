package vn.parindex.dossier;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A fee in đồng as files write it: "150000", "150.000", "1,250,000", "150000,5", "150.000 đ". Far
 * larger than the score tables' numbers ({@code input.Decimals} stops at a million), so read here;
 * never negative, at most what decimal(18, 2) holds.
 */
final class Money {

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,])\\d{3}(\\1\\d{3})*");
  private static final Pattern PLAIN = Pattern.compile("\\d{1,16}([.,]\\d{1,2})?");
  private static final BigDecimal MAX = new BigDecimal("10000000000000000");

  private Money() {}

  /** The amount, or null when the text is not one. */
  static BigDecimal read(String raw) {
    String text = raw.replaceAll("(?iu)\\s*(đồng|đ|vnđ|vnd)$", "").replace(" ", "");
    BigDecimal value;
    if (GROUPED.matcher(text).matches()) {
      value = new BigDecimal(text.replace(".", "").replace(",", ""));
    } else if (PLAIN.matcher(text).matches()) {
      value = new BigDecimal(text.replace(',', '.'));
    } else {
      return null;
    }
    return value.compareTo(MAX) < 0 ? value : null;
  }
}
