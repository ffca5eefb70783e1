package vn.parindex.input;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points and rates as a reader of the given language writes them: a decimal comma in Vietnamese
 * ("6,47", "99,6 %"), a point in English ("6.47"). The one formatter for documents and pages; the
 * reverse of {@link Decimals#parse}.
 */
public final class DecimalText {

  /** A decimal written with a point and followed by its unit: "6.47 điểm", "99.6%". */
  private static final Pattern UNIT_DECIMAL =
      Pattern.compile("(?<![\\d.,])(\\d+)\\.(\\d+)(?=\\s?(?:%|điểm\\b))", Pattern.UNICODE_CASE);

  /** A whole text that is one decimal written with a point: "2.80", "-0.5". */
  private static final Pattern FIGURE = Pattern.compile("-?\\d+\\.\\d+");

  private DecimalText() {}

  /** Points as published: 2 decimals, half up ("18,61", "21,00"); empty for null. */
  public static String points(BigDecimal value, Locale locale) {
    return value == null ? "" : separator(value.setScale(2, RoundingMode.HALF_UP), locale);
  }

  /** A rate in percent, up to 2 decimals without trailing zeros ("94", "90,78"); empty for null. */
  public static String percent(BigDecimal value, Locale locale) {
    if (value == null) {
      return "";
    }
    BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return separator(rounded.scale() < 0 ? rounded.setScale(0) : rounded, locale);
  }

  /**
   * A number as an input field shows it and {@link Decimals#parse} reads it back: no trailing
   * zeros, no exponent ("6,47", "21"; "6.47" in English); empty for null.
   */
  public static String plain(BigDecimal value, Locale locale) {
    String plain = Decimals.plain(value);
    return comma(locale) ? plain.replace('.', ',') : plain;
  }

  /**
   * A message's arguments with each figure in the reader's way: a BigDecimal as {@link #points}, a
   * text that is a decimal written with a point ("2.80") with the reader's separator. Arguments
   * before {@code from} (a criterion code such as "2.3") are left as they are.
   */
  public static Object[] figures(List<Object> args, int from, Locale locale) {
    Object[] out = args.toArray();
    for (int i = from; i < out.length; i++) {
      if (out[i] instanceof BigDecimal d) {
        out[i] = points(d, locale);
      } else if (out[i] instanceof String s) {
        out[i] = figure(s, locale);
      }
    }
    return out;
  }

  /**
   * A stored value that is one decimal written with a point ("0.91") with the reader's separator;
   * any other text (null, "—", a code in a sentence) as it is.
   */
  public static String figure(String text, Locale locale) {
    return text != null && comma(locale) && FIGURE.matcher(text).matches()
        ? text.replace('.', ',')
        : text;
  }

  /**
   * Text written with decimal points, such as a plan drafted before documents used the comma ("bị
   * trừ 6.47 điểm", "đạt 99.6%"), in the reader's language. Only a number followed by "%" or "điểm"
   * changes: codes ("Tiêu chí 2.3"), dates and document numbers are left as they are.
   */
  public static String inText(String text, Locale locale) {
    if (text == null || !comma(locale) || text.indexOf('.') < 0) {
      return text;
    }
    Matcher m = UNIT_DECIMAL.matcher(text);
    return m.replaceAll(r -> r.group(1) + "," + r.group(2));
  }

  private static String separator(BigDecimal value, Locale locale) {
    String plain = value.toPlainString();
    return comma(locale) ? plain.replace('.', ',') : plain;
  }

  private static boolean comma(Locale locale) {
    return "vi".equals(locale.getLanguage());
  }
}
