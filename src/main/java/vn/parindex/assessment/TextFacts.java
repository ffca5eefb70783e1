package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.input.Decimals;

/**
 * Figures written in a reason: the rate achieved ("đạt 94%", "đạt 99.6%", "là 90,78 %"), every
 * percentage, and "a/b" counts ("hoàn thành khắc phục 21/13 vấn đề"). Dates ("ngày 04/9/2024",
 * "tháng 12/2024") and document numbers ("1934/UBND-NC") are not counts.
 */
public final class TextFacts {

  private static final Pattern ACHIEVED =
      Pattern.compile("(?iu)(đạt|là)\\s*(?:được\\s*)?(\\d+(?:[.,]\\d+)?)\\s*%");
  private static final Pattern PERCENT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*%");
  private static final Pattern RATIO =
      Pattern.compile("(?<![\\d/])(\\d+)\\s*/\\s*(\\d+)(?![\\d/])(?=\\s+\\p{L})");
  private static final Pattern DATE_WORD = Pattern.compile("(?iu)(ngày|tháng|năm|số|quý)\\s*$");

  private TextFacts() {}

  /** The rate the text says was achieved; not one it says was not ("chưa đạt 100%"). */
  public static Optional<BigDecimal> achievedRate(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = ACHIEVED.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 6), m.start()).toLowerCase();
      if (before.endsWith("chưa ") || before.endsWith("không ")) {
        continue;
      }
      return Decimals.parse(m.group(2));
    }
    return Optional.empty();
  }

  static List<BigDecimal> percentages(String text) {
    List<BigDecimal> found = new ArrayList<>();
    if (text != null) {
      Matcher m = PERCENT.matcher(text);
      while (m.find()) {
        Decimals.parse(m.group(1)).ifPresent(found::add);
      }
    }
    return found;
  }

  /** "a/b" counts followed by a word, as [a, b] pairs. */
  static List<long[]> ratios(String text) {
    List<long[]> found = new ArrayList<>();
    if (text != null) {
      Matcher m = RATIO.matcher(text);
      while (m.find()) {
        if (DATE_WORD.matcher(text.substring(0, m.start())).find()) {
          continue;
        }
        found.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
      }
    }
    return found;
  }
}
