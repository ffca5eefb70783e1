package vn.parindex.input;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one parser of the numbers people type in tables and forms: "18.61", "18,61", ".5", "59,69
 * điểm", "90,78%", " 12 ", "1.234,5", "1,234.5", "1 234,5". One separator alone is the decimal
 * separator (score tables hold small numbers: "0,5" and Excel's "18.61"); thousands separators are
 * recognised only in groups of three beside a different decimal separator, or repeated
 * ("1.234.567"). Anything else that could be read two ways ("1.2.3", "1,2,3", "1.23,4") is refused,
 * never guessed.
 */
public final class Decimals {

  /** Beyond any score, rate or count of a real table, and what the database's columns hold. */
  public static final BigDecimal LIMIT = new BigDecimal("1000000");

  private static final int LONGEST = 40;
  private static final Pattern DECORATION =
      Pattern.compile("(?iu)\\s*(%|điểm|diem|đ\\.?|pts?|points?)\\s*$");
  private static final Pattern GROUPED_SPACES = Pattern.compile("\\d{1,3}( \\d{3})+([.,]\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("\\d*([.,]\\d+)?");
  private static final Pattern THOUSANDS_DOT = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private Decimals() {}

  /** Why a text was refused: its bundle key names the reason ("input.number.ambiguous"). */
  public static final class Refused extends NumberFormatException {
    private final String messageKey;

    Refused(String raw, String messageKey) {
      super(raw);
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  /** Empty for blank text; throws {@link Refused} for text that is not one number, read one way. */
  public static Optional<BigDecimal> parse(String raw) {
    String text = Text.clean(raw);
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    if (text.length() > LONGEST) {
      throw new Refused(raw, "input.number.invalid");
    }
    text = DECORATION.matcher(text).replaceAll("").replace('\u2212', '-');
    boolean negative = text.startsWith("-");
    if (negative || text.startsWith("+")) {
      text = text.substring(1).strip();
    }
    if (GROUPED_SPACES.matcher(text).matches()) {
      text = text.replace(" ", "");
    }
    BigDecimal value = new BigDecimal(normalised(raw, text));
    if (value.abs().compareTo(LIMIT) >= 0) {
      throw new Refused(raw, "input.number.range");
    }
    return Optional.of(negative ? value.negate() : value);
  }

  /** The text as Java reads a number: digits, at most one point. */
  private static String normalised(String raw, String text) {
    if (text.isEmpty() || !text.matches("[\\d.,]+") || !Character.isDigit(last(text))) {
      throw new Refused(raw, "input.number.invalid");
    }
    if (PLAIN.matcher(text).matches()) {
      String plain = text.replace(',', '.');
      return plain.startsWith(".") ? "0" + plain : plain;
    }
    if (THOUSANDS_DOT.matcher(text).matches()) {
      return text.replace(".", "").replace(',', '.');
    }
    if (THOUSANDS_COMMA.matcher(text).matches()) {
      return text.replace(",", "");
    }
    throw new Refused(raw, "input.number.ambiguous");
  }

  private static char last(String text) {
    return text.charAt(text.length() - 1);
  }

  /**
   * The number in a cell or field, or empty with its problem added (row and column as the user sees
   * them) when it is refused.
   */
  public static Optional<BigDecimal> read(
      String raw, int row, String column, List<InputProblem> problems) {
    try {
      return parse(raw);
    } catch (NumberFormatException e) {
      problems.add(InputProblem.of(row, column, messageKey(e), Text.clean(raw)));
      return Optional.empty();
    }
  }

  /** The bundle key saying why {@link #parse} refused a text. */
  public static String messageKey(NumberFormatException e) {
    return e instanceof Refused r ? r.messageKey() : "input.number.invalid";
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
    return value == null ? "" : stripped(value).toPlainString();
  }

  /** The number {@link #plain} writes, as a number: 18.6100 → 18.61, 21.00 → 21 (not 2.1E+1). */
  public static BigDecimal stripped(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
