package vn.parindex.simulation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.parindex.framework.ScoreInput;
import vn.parindex.input.DecimalText;
import vn.parindex.input.Messages;
import vn.parindex.simulation.Gain;
import vn.parindex.simulation.LostLeaf;

/**
 * A lost leaf as the what-if page shows it: its input as a field would show it ({@code name} is the
 * form field, {@code current} the value now), what it takes to win its points back, and its points
 * after the change (null until tried).
 */
record WhatIfRow(
    String code,
    String label,
    BigDecimal max,
    BigDecimal points,
    String field,
    String name,
    String current,
    List<String> levels,
    String need,
    BigDecimal after) {

  static WhatIfRow of(LostLeaf leaf, String need, Locale locale) {
    return new WhatIfRow(
        leaf.code(),
        leaf.name(),
        leaf.max(),
        leaf.points(),
        leaf.field(),
        "v_" + leaf.code(),
        current(leaf, locale),
        leaf.levels(),
        need,
        null);
  }

  WhatIfRow after(BigDecimal points) {
    return new WhatIfRow(code, label, max, this.points, field, name, current, levels, need, points);
  }

  private static String current(LostLeaf leaf, Locale locale) {
    ScoreInput in = leaf.current();
    return switch (leaf.field()) {
      case "rate" -> in.percent().map(r -> DecimalText.percent(r, locale)).orElse("");
      case "done" -> in.done() == null ? "" : in.done().toString();
      case "level" -> in.level() == null ? "" : in.level();
      case "count" -> in.count() == null ? "" : in.count().toString();
      default -> DecimalText.plain(leaf.points(), locale);
    };
  }

  /** "Để đạt 100 % cần thêm 12 hồ sơ thanh toán trực tuyến", from the leaf's gain. */
  static String need(Gain gain, Messages messages, Locale locale) {
    if (gain == null || gain.kind() != Gain.Kind.RATE || gain.effort() == null) {
      return null;
    }
    String target = DecimalText.percent(gain.targetRate(), locale);
    if (gain.effort() == 0) {
      return messages.get("dossier.whatif.need.reached", target);
    }
    if (gain.indicator() != null) {
      return messages.get("dossier.whatif.need." + gain.indicator(), target, gain.effort());
    }
    return messages.get(
        "dossier.whatif.need", target, gain.effort(), gain.numerator(), gain.denominator());
  }
}
