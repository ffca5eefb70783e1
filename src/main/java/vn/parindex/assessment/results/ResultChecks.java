package vn.parindex.assessment.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.assessment.ranking.RankingRow;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;

/**
 * Checks a published results table like an assessment: areas that do not add up to the total
 * (allowing the rounding of published figures: 0.005 per area), totals or areas above their max, a
 * criteria set whose every maximum is 0, and stated ranks that differ from the computed one.
 */
final class ResultChecks {

  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

  private ResultChecks() {}

  static List<ResultFinding> check(ResultTable table, CriteriaSet set, List<RankingRow> ranking) {
    Map<Long, RankingRow> ranks = new HashMap<>();
    ranking.forEach(r -> ranks.put(r.unitId(), r));
    List<ResultFinding> findings = new ArrayList<>();
    BigDecimal max = set.totalMax();
    for (ResultRow row : table.rows()) {
      String totalColumn = table.columns().headerOf(table.columns().total());
      if (!row.areas().isEmpty() && row.areas().size() == set.roots().size()) {
        BigDecimal sum = row.areas().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = HALF_CENT.multiply(BigDecimal.valueOf(row.areas().size()));
        if (sum.subtract(row.total()).abs().compareTo(tolerance) > 0) {
          findings.add(
              finding(row, totalColumn, "AREA_SUM", sum, row.total(), "ranking.finding.sum"));
        }
      }
      if (max.signum() == 0) {
        findings.add(
            finding(row, totalColumn, "ZERO_MAX", max, row.total(), "ranking.finding.zero.max"));
      } else if (row.total().compareTo(max) > 0) {
        findings.add(
            finding(row, totalColumn, "ABOVE_MAX", max, row.total(), "ranking.finding.max"));
      }
      row.areas()
          .forEach(
              (area, points) -> {
                BigDecimal areaMax = set.find(area).map(Criterion::maxPoints).orElse(null);
                if (areaMax != null && points.compareTo(areaMax) > 0) {
                  findings.add(
                      finding(
                          row,
                          table.columns().headerOf(table.columns().areas().get(area)),
                          "ABOVE_MAX",
                          areaMax,
                          points,
                          "ranking.finding.area.max"));
                }
              });
      RankingRow ranked = ranks.get(row.unit().id());
      if (row.statedRank() != null && ranked != null && ranked.rank() != row.statedRank()) {
        findings.add(
            finding(
                row,
                table.columns().headerOf(table.columns().rank()),
                "RANK",
                BigDecimal.valueOf(ranked.rank()),
                BigDecimal.valueOf(row.statedRank()),
                "ranking.finding.rank"));
      }
    }
    return findings;
  }

  private static ResultFinding finding(
      ResultRow row,
      String column,
      String kind,
      BigDecimal expected,
      BigDecimal actual,
      String key) {
    return new ResultFinding(
        row.row(),
        row.unit().code(),
        kind,
        column,
        expected,
        actual,
        key,
        List.of(row.unit().name(), plain(expected), plain(actual)));
  }

  private static String plain(BigDecimal value) {
    return vn.parindex.input.Decimals.plain(value);
  }
}
