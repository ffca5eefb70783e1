package vn.parindex.dossier;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Service;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * A province's (or district's) view of every unit under it over a year: each unit's indicators with
 * their traffic lights, and the monthly trend of all of them together. Two queries for the figures
 * whatever the number of units (one for the units, one for the months), plus the procedures.
 */
@Service
class ProvinceIndicators {

  private final Units units;
  private final Indicators indicators;
  private final IndicatorTrends trends;
  private final IndicatorThresholds thresholds;

  ProvinceIndicators(
      Units units, Indicators indicators, IndicatorTrends trends, IndicatorThresholds thresholds) {
    this.units = units;
    this.indicators = indicators;
    this.trends = trends;
    this.thresholds = thresholds;
  }

  /** One unit's line: its figures in {@link IndicatorCode} order, each with its light. */
  record Line(Unit unit, List<IndicatorFigure> figures, List<IndicatorThresholds.Light> lights) {

    /** The unit's late dossiers in the period, and how many have no apology letter yet. */
    long late() {
      return figure(IndicatorCode.APOLOGY).denominator();
    }

    long lateWithoutLetter() {
      IndicatorFigure f = figure(IndicatorCode.APOLOGY);
      return f.denominator() - f.numerator();
    }

    IndicatorFigure figure(IndicatorCode code) {
      return figures.get(code.ordinal());
    }
  }

  /** The year's lines (units by code) and 12 monthly figures per indicator. */
  record View(
      Unit parent,
      int year,
      LocalDate from,
      LocalDate to,
      List<Line> lines,
      Map<IndicatorCode, List<IndicatorFigure>> months) {}

  /**
   * The units under the parent the caller may see ({@code visible}), over the year up to {@code
   * today} when it is the current year.
   */
  View of(Unit parent, int year, LocalDate today, LongPredicate visible) {
    List<Unit> under =
        units.subtree(parent.id()).stream()
            .filter(u -> !u.id().equals(parent.id()) && visible.test(u.id()))
            .sorted(Comparator.comparing(Unit::code))
            .toList();
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
    List<Long> ids = under.stream().map(Unit::id).toList();
    Map<Long, List<IndicatorFigure>> figures = indicators.of(ids, from, to);
    List<Line> lines =
        under.stream()
            .map(
                u -> {
                  List<IndicatorFigure> f = figures.get(u.id());
                  return new Line(u, f, f.stream().map(thresholds::light).toList());
                })
            .toList();
    return new View(parent, year, from, to, lines, trends.of(ids, year));
  }
}
