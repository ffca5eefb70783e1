package vn.parindex.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.input.Decimals;

/**
 * Figures written in a reason or a note: every percentage ("đạt 94%", "tỷ lệ 85 %", "90,78 phần
 * trăm"), every count "a/b" or "a trên b" ("hoàn thành 7/8 nhiệm vụ", "45 trên 50 hồ sơ"), and from
 * them the one rate the text says was achieved. Dates ("ngày 04/9/2024", "tháng 12/2024") and
 * document numbers ("1934/UBND-NC") are not counts; a rate that was not reached ("chưa đạt 100%")
 * or that is a target ("phải đạt 80%", "từ 80% trở lên") is not the achieved rate.
 */
public final class TextFacts {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String NUMBER = "(\\d{1,6}(?:[.,]\\d{1,4})?)";
  private static final Pattern PERCENT =
      Pattern.compile("(?iu)(?<![\\d.,])" + NUMBER + "\\s*(?:%|phần\\s+trăm)");
  private static final Pattern SLASH =
      Pattern.compile("(?<![\\d/.,])(\\d{1,7})\\s*/\\s*(\\d{1,7})(?![\\d/])");
  private static final Pattern ON =
      Pattern.compile("(?iu)(?<![\\d.,])(\\d{1,7})\\s+trên\\s+(?:tổng\\s+số\\s+)?(\\d{1,7})\\b");
  private static final Pattern DATE_WORD =
      Pattern.compile("(?iu)(ngày|tháng|năm|số|quý|kỳ|khóa|khoá)\\s*$");
  private static final Pattern NOUN_AFTER = Pattern.compile("^\\s*\\p{L}");
  private static final Pattern ACHIEVING =
      Pattern.compile("(?iu)(đạt|hoàn\\s+thành|giải\\s+quyết|thực\\s+hiện|được|xử\\s+lý)\\s*$");
  private static final Pattern NEGATED =
      Pattern.compile("(?iu)\\b(chưa|không|chẳng|thiếu)\\b[^,;]{0,25}$");
  private static final Pattern TARGET =
      Pattern.compile(
          "(?iu)(yêu\\s+cầu|phải|cần|chỉ\\s+tiêu|mục\\s+tiêu|đảm\\s+bảo|phấn\\s+đấu)[^,;]{0,20}$");
  private static final Pattern BOUND_BEFORE =
      Pattern.compile("(?iu)(tối\\s+thiểu|ít\\s+nhất|trên|dưới|hơn|từ|tới|đến)\\s*$");
  private static final Pattern BOUND_AFTER = Pattern.compile("(?iu)^\\s*(trở\\s+lên|trở\\s+xuống)");
  private static final int CONTEXT = 40;

  private TextFacts() {}

  /** A rate the text states: its percent, and whether the text says it was reached. */
  record Stated(BigDecimal percent, boolean achieved) {}

  /**
   * The rate the text says was achieved, in percent: from a percentage or from a count ("7/8" is
   * 87.5). Empty when the text states none, only rates not reached or targets, a count that cannot
   * be (21/13), or two different rates (which one the criterion means is not guessed).
   */
  public static Optional<BigDecimal> achievedRate(String text) {
    List<BigDecimal> rates =
        stated(text).stream()
            .filter(Stated::achieved)
            .map(Stated::percent)
            .filter(r -> r.compareTo(HUNDRED) <= 0)
            .map(BigDecimal::stripTrailingZeros)
            .distinct()
            .toList();
    return rates.size() == 1 ? Optional.of(rates.get(0)) : Optional.empty();
  }

  /** {@link #achievedRate} of the first text that states one (the reason, then the note). */
  public static Optional<BigDecimal> achievedRate(String... texts) {
    for (String text : texts) {
      Optional<BigDecimal> rate = achievedRate(text);
      if (rate.isPresent()) {
        return rate;
      }
    }
    return Optional.empty();
  }

  /** Every rate the text states, percentages and counts, in the order written. */
  static List<Stated> stated(String text) {
    List<Stated> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    Matcher m = PERCENT.matcher(text);
    while (m.find()) {
      parse(m.group(1))
          .ifPresent(p -> found.add(new Stated(p, achieved(text, m.start(), m.end()))));
    }
    for (long[] ratio : ratios(text)) {
      if (ratio[1] > 0 && ratio[0] <= ratio[1]) {
        BigDecimal percent =
            BigDecimal.valueOf(ratio[0])
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(ratio[1]), MathContext.DECIMAL64);
        found.add(new Stated(percent, ratio[2] == 1));
      }
    }
    return found;
  }

  static List<BigDecimal> percentages(String text) {
    List<BigDecimal> found = new ArrayList<>();
    if (text != null) {
      Matcher m = PERCENT.matcher(text);
      while (m.find()) {
        parse(m.group(1)).ifPresent(found::add);
      }
    }
    return found;
  }

  /**
   * Counts "a/b" followed by a word or after a verb ("hoàn thành 7/8"), and "a trên b", as [a, b,
   * achieved (1 or 0)].
   */
  static List<long[]> ratios(String text) {
    List<long[]> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    for (Pattern pattern : new Pattern[] {SLASH, ON}) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        String before = text.substring(0, m.start());
        if (DATE_WORD.matcher(before).find()) {
          continue;
        }
        boolean afterVerb = ACHIEVING.matcher(before).find();
        boolean nounAfter = NOUN_AFTER.matcher(text.substring(m.end())).find();
        if (pattern == SLASH && !afterVerb && !nounAfter) {
          continue;
        }
        long a = Long.parseLong(m.group(1));
        long b = Long.parseLong(m.group(2));
        if (a >= 1 && a <= 12 && b >= 1900 && b <= 2100) {
          continue; // "12/2024": a month, not a count
        }
        found.add(new long[] {a, b, achieved(text, m.start(), m.end()) ? 1 : 0});
      }
    }
    return found;
  }

  /**
   * Whether the figure at [start, end) is stated as reached: not after a negation or a target word
   * in its clause, nor bounded ("trên 80%", "từ 80% trở lên").
   */
  private static boolean achieved(String text, int start, int end) {
    String before = clause(text.substring(Math.max(0, start - CONTEXT), start));
    String lower = before.toLowerCase(Locale.ROOT);
    if (NEGATED.matcher(lower).find() || TARGET.matcher(lower).find()) {
      return false;
    }
    return !BOUND_BEFORE.matcher(lower).find() && !BOUND_AFTER.matcher(text.substring(end)).find();
  }

  /** The part of the text before a figure that belongs to its clause. */
  private static String clause(String before) {
    int cut = -1;
    for (int i = 0; i < before.length(); i++) {
      char c = before.charAt(i);
      boolean sentenceEnd =
          c == '.' && (i + 1 == before.length() || Character.isWhitespace(before.charAt(i + 1)));
      if (c == ';' || c == '\n' || c == ':' || sentenceEnd) {
        cut = i;
      }
    }
    return before.substring(cut + 1);
  }

  private static Optional<BigDecimal> parse(String number) {
    try {
      return Decimals.parse(number);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
