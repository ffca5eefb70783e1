package vn.parindex.assessment.imports;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.assessment.StatedRank;
import vn.parindex.input.Decimals;
import vn.parindex.input.Text;

/**
 * What the text of a plan document states about the result: the points lost ("bị trừ 6.47 điểm")
 * and the rank ("đứng thứ 11/18 xã, thị trấn … (tăng 3 bậc so với năm 2023)").
 */
final class PlanText {

  private static final Pattern LOSS =
      Pattern.compile("(?iu)(?:bị\\s+trừ|bị\\s+mất|mất|trừ)\\s+(\\d+(?:[.,]\\d+)?)\\s*điểm");
  private static final Pattern RANK =
      Pattern.compile("(?iu)(?:đứng\\s+thứ|xếp\\s+thứ|xếp\\s+hạng)\\s+(\\d+)(?:\\s*/\\s*(\\d+))?");
  private static final Pattern CHANGE =
      Pattern.compile("(?iu)(tăng|giảm)\\s+(\\d+)\\s*(?:bậc|hạng|bậc)");

  private PlanText() {}

  static Optional<BigDecimal> statedLoss(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = LOSS.matcher(Text.clean(text));
    return m.find() ? Decimals.parse(m.group(1)) : Optional.empty();
  }

  static StatedRank statedRank(String text) {
    if (text == null) {
      return StatedRank.none();
    }
    String clean = Text.clean(text);
    Matcher m = RANK.matcher(clean);
    if (!m.find()) {
      return StatedRank.none();
    }
    Integer rank = Integer.valueOf(m.group(1));
    Integer of = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Matcher change = CHANGE.matcher(clean);
    Integer delta = null;
    if (change.find(m.end())) {
      int steps = Integer.parseInt(change.group(2));
      delta = change.group(1).equalsIgnoreCase("giảm") ? -steps : steps;
    }
    return new StatedRank(rank, of, delta);
  }
}
