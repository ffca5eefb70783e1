package vn.parindex.round.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.parindex.input.DecimalText;
import vn.parindex.round.Loss;
import vn.parindex.round.RoundLosses;

/**
 * The geometry of the Pareto chart of "where the points went", drawn by the page as inline SVG (no
 * script): one bar per criterion, stacked by kind (not done, cut and still lost, recovered by
 * explanation), and the cumulative % of the total loss as a line against the right axis. The SVG
 * has a viewBox, so it scales to the screen; coordinates are written with a dot whatever the
 * language, the axis labels with the reader's decimal separator.
 */
record ParetoChart(
    String width,
    String height,
    String left,
    String right,
    String top,
    String bottom,
    List<Bar> bars,
    String line,
    List<Tick> points,
    List<Tick> percents) {

  /** A segment of a bar: its top y and height. */
  record Segment(String y, String height) {}

  /** One criterion's bar; {@code cx}, {@code cy} the point of the cumulative line above it. */
  record Bar(
      RoundLosses.Row row,
      String x,
      String barWidth,
      Segment notDone,
      Segment cut,
      Segment recovered,
      String cx,
      String cy,
      String labelX,
      String labelY) {}

  /** An axis mark: its y and its label. */
  record Tick(String y, String label) {}

  private static final double SLOT = 28;
  private static final double BAR = 18;
  private static final double LEFT = 44;
  private static final double RIGHT = 40;
  private static final double TOP = 12;
  private static final double BOTTOM = 44;
  private static final double PLOT = 180;

  static ParetoChart of(List<RoundLosses.Row> rows, Locale locale) {
    double width = Math.max(320, LEFT + RIGHT + rows.size() * SLOT);
    double bottom = TOP + PLOT;
    BigDecimal highest =
        rows.stream()
            .map(r -> r.loss().lost().max(BigDecimal.ZERO).add(r.loss().recoveredShown()))
            .reduce(BigDecimal.ZERO, BigDecimal::max);
    double scale = highest.signum() == 0 ? 1 : highest.doubleValue();
    List<Bar> bars = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      RoundLosses.Row row = rows.get(i);
      Loss loss = row.loss();
      double x = LEFT + i * SLOT + (SLOT - BAR) / 2;
      double y = bottom;
      Segment notDone = segment(y, loss.lostNotDone(), scale);
      y -= height(loss.lostNotDone(), scale);
      Segment cut = segment(y, loss.lostCut(), scale);
      y -= height(loss.lostCut(), scale);
      Segment recovered = segment(y, loss.recoveredShown(), scale);
      double cx = x + BAR / 2;
      double cy = bottom - PLOT * row.cumulativePercent().doubleValue() / 100;
      line.append(line.isEmpty() ? "" : " ").append(n(cx)).append(',').append(n(cy));
      bars.add(
          new Bar(
              row, n(x), n(BAR), notDone, cut, recovered, n(cx), n(cy), n(cx + 4), n(bottom + 8)));
    }
    List<Tick> points = new ArrayList<>();
    for (int k = 0; k <= 2; k++) {
      BigDecimal value = highest.multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(2));
      points.add(new Tick(n(bottom - PLOT * k / 2), DecimalText.points(value, locale)));
    }
    List<Tick> percents = new ArrayList<>();
    for (int p : new int[] {0, 50, 80, 100}) {
      percents.add(new Tick(n(bottom - PLOT * p / 100.0), p + "%"));
    }
    return new ParetoChart(
        n(width),
        n(bottom + BOTTOM),
        n(LEFT),
        n(width - RIGHT),
        n(TOP),
        n(bottom),
        bars,
        line.toString(),
        points,
        percents);
  }

  private static double height(BigDecimal value, double scale) {
    return PLOT * value.doubleValue() / scale;
  }

  private static Segment segment(double base, BigDecimal value, double scale) {
    double h = height(value, scale);
    return new Segment(n(base - h), n(h));
  }

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
