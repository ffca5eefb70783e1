package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.parindex.input.Decimals;
import vn.parindex.input.Text;

/**
 * The one-cell text syntax of a method's parameters in XLSX/CSV, {@code name=value}:
 *
 * <ul>
 *   <li>{@code floor=90} (proportional, optional), {@code threshold=80}, {@code per_item=0.5}
 *   <li>{@code levels=Tốt:2.5; Đầy đủ:2; Một phần:1; Không:0} (the last colon splits name/points)
 *   <li>{@code bands=(90,100]:2; [70,90]:1; [0,70):0}: a square bracket includes its end, a round
 *       one excludes it, an empty end is open ({@code [90,]:2}); decimals inside a range take a
 *       point ({@code [70.5,90]}), or a comma when both ends have one ({@code [70,5,90,5]})
 *   <li>{@code weights=A:100;B:60;C:20;D:0} (survey, optional; these are the defaults)
 * </ul>
 *
 * Numbers outside ranges take a decimal comma or point. Manual and binary take nothing.
 */
public final class ParamsText {

  private ParamsText() {}

  /**
   * Builds the method from the cell text; throws {@link IllegalArgumentException} whose message is
   * the parameter that is missing or wrong.
   */
  public static ScoringMethod parse(MethodKind kind, String raw) {
    String text = Text.cleanOrNull(raw);
    String key = null;
    String value = null;
    if (text != null) {
      int eq = text.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(text);
      }
      key = text.substring(0, eq).strip().toLowerCase(Locale.ROOT).replace("_", "");
      value = text.substring(eq + 1).strip();
    }
    Map<String, Object> params = new LinkedHashMap<>();
    if (key != null) {
      switch (key) {
        case "floor", "threshold" -> params.put(key, number(value, key));
        case "peritem" -> params.put("perItem", number(value, "per_item"));
        case "levels" -> params.put("levels", levels(value));
        case "bands" -> params.put("bands", bands(value));
        case "weights" -> params.put("weights", weights(value));
        default -> throw new IllegalArgumentException(key);
      }
      if (!accepts(kind).contains(key)) {
        throw new IllegalArgumentException(key);
      }
    }
    return ScoringParams.fromMap(kind, params);
  }

  /** The text {@link #parse} reads back to an equal method; empty when it takes no parameters. */
  public static String format(ScoringMethod method) {
    if (method instanceof Scoring.Proportional p && p.floorPercent() != null) {
      return "floor=" + Decimals.plain(p.floorPercent());
    }
    if (method instanceof Scoring.Threshold t) {
      return "threshold=" + Decimals.plain(t.thresholdPercent());
    }
    if (method instanceof Scoring.Deduction d) {
      return "per_item=" + Decimals.plain(d.perItem());
    }
    List<String> items = new ArrayList<>();
    if (method instanceof Scoring.Levels l) {
      l.levels().forEach(level -> items.add(level.name() + ":" + Decimals.plain(level.points())));
      return "levels=" + String.join("; ", items);
    }
    if (method instanceof Scoring.RateBands r) {
      for (Scoring.Band b : r.bands()) {
        items.add(
            (b.fromInclusive() ? "[" : "(")
                + Decimals.plain(b.from())
                + ","
                + Decimals.plain(b.to())
                + (b.toInclusive() ? "]" : ")")
                + ":"
                + Decimals.plain(b.points()));
      }
      return "bands=" + String.join("; ", items);
    }
    if (method instanceof Scoring.Survey s && !s.weights().equals(Scoring.Survey.DEFAULT_WEIGHTS)) {
      s.weights().forEach((k, v) -> items.add(k + ":" + Decimals.plain(v)));
      return "weights=" + String.join("; ", items);
    }
    return "";
  }

  private static List<String> accepts(MethodKind kind) {
    return switch (kind) {
      case PROPORTIONAL -> List.of("floor");
      case THRESHOLD -> List.of("threshold");
      case DEDUCTION -> List.of("peritem");
      case LEVELS -> List.of("levels");
      case RATE_BANDS -> List.of("bands");
      case SURVEY -> List.of("weights");
      case MANUAL, BINARY -> List.of();
    };
  }

  private static List<Map<String, Object>> levels(String value) {
    List<Map<String, Object>> levels = new ArrayList<>();
    for (String item : items(value, "levels")) {
      int colon = item.lastIndexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("levels");
      }
      Map<String, Object> level = new LinkedHashMap<>();
      level.put("name", item.substring(0, colon).strip());
      level.put("points", number(item.substring(colon + 1), "levels"));
      levels.add(level);
    }
    return levels;
  }

  private static List<Map<String, Object>> bands(String value) {
    List<Map<String, Object>> bands = new ArrayList<>();
    for (String item : items(value, "bands")) {
      int colon = item.lastIndexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("bands");
      }
      String range = item.substring(0, colon).replace(" ", "");
      if (range.length() < 3
          || "[(".indexOf(range.charAt(0)) < 0
          || "])".indexOf(range.charAt(range.length() - 1)) < 0) {
        throw new IllegalArgumentException("bands");
      }
      String[] ends = ends(range.substring(1, range.length() - 1));
      Map<String, Object> band = new LinkedHashMap<>();
      if (!ends[0].isEmpty()) {
        band.put("from", number(ends[0], "bands"));
        band.put("fromInclusive", range.charAt(0) == '[');
      }
      if (!ends[1].isEmpty()) {
        band.put("to", number(ends[1], "bands"));
        band.put("toInclusive", range.charAt(range.length() - 1) == ']');
      }
      band.put("points", number(item.substring(colon + 1), "bands"));
      bands.add(band);
    }
    return bands;
  }

  /** "70,90" → 70 and 90; "70,5,90,5" → 70.5 and 90.5; anything else is ambiguous. */
  private static String[] ends(String inner) {
    String[] parts = inner.split(",", -1);
    if (parts.length == 2) {
      return parts;
    }
    if (parts.length == 4) {
      return new String[] {parts[0] + "." + parts[1], parts[2] + "." + parts[3]};
    }
    throw new IllegalArgumentException("bands");
  }

  private static Map<String, Object> weights(String value) {
    Map<String, Object> weights = new LinkedHashMap<>();
    for (String item : items(value, "weights")) {
      int colon = item.lastIndexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("weights");
      }
      weights.put(item.substring(0, colon).strip(), number(item.substring(colon + 1), "weights"));
    }
    return weights;
  }

  private static List<String> items(String value, String key) {
    List<String> items = new ArrayList<>();
    for (String item : value.split(";")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    if (items.isEmpty()) {
      throw new IllegalArgumentException(key);
    }
    return items;
  }

  private static BigDecimal number(String text, String key) {
    try {
      return Decimals.parse(text).orElseThrow(() -> new IllegalArgumentException(key));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key, e);
    }
  }
}
