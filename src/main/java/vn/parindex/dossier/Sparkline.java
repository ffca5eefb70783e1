package vn.parindex.dossier;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The points of a small inline SVG line of 12 monthly rates (0–100 % from bottom to top, in a 120 ×
 * 40 box); a month without a rate leaves a gap, so each run of months is its own line.
 */
record Sparkline(List<String> runs) {

  static final int WIDTH = 120;
  static final int HEIGHT = 40;

  static Map<IndicatorCode, Sparkline> of(Map<IndicatorCode, List<IndicatorFigure>> months) {
    Map<IndicatorCode, Sparkline> lines = new EnumMap<>(IndicatorCode.class);
    months.forEach((code, figures) -> lines.put(code, of(figures)));
    return lines;
  }

  static Sparkline of(List<IndicatorFigure> months) {
    java.util.ArrayList<String> runs = new java.util.ArrayList<>();
    StringJoiner run = new StringJoiner(" ");
    int points = 0;
    for (int m = 0; m < months.size(); m++) {
      var rate = months.get(m).rate();
      if (rate.isEmpty()) {
        if (points > 0) {
          runs.add(points == 1 ? run + " " + run : run.toString());
        }
        run = new StringJoiner(" ");
        points = 0;
        continue;
      }
      int x = 4 + m * (WIDTH - 8) / 11;
      BigDecimal y =
          BigDecimal.valueOf(HEIGHT - 4)
              .subtract(
                  rate.get()
                      .multiply(BigDecimal.valueOf(HEIGHT - 8))
                      .divide(BigDecimal.valueOf(100)));
      run.add(x + "," + y.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
      points++;
    }
    if (points > 0) {
      runs.add(points == 1 ? run + " " + run : run.toString());
    }
    return new Sparkline(List.copyOf(runs));
  }
}
