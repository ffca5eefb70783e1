package vn.parindex.assessment.ranking;

import java.math.BigDecimal;

/**
 * One line of a published ranking. {@code total} is the published figure (2 decimals); {@code
 * change} is places gained since last year (positive = up), null when not comparable; {@code
 * noteKey} is a message key (e.g. a recent merger) or null; {@code peers} is how many units were
 * ranked together (same parent, same criteria set).
 */
public record RankingRow(
    int rank,
    int peers,
    long unitId,
    String unitCode,
    String unitName,
    BigDecimal total,
    BigDecimal max,
    BigDecimal percent,
    String band,
    Integer change,
    Integer previousRank,
    String noteKey) {

  /**
   * What the figures of this line cannot be, as a message key with {@link #findingArgs}: a maximum
   * of 0 (no percentage means anything) or a total above the maximum (a published 232 %). Null when
   * the line is sound. The line is still ranked as published: shown, never corrected.
   */
  public String findingKey() {
    if (max == null || max.signum() == 0) {
      return "ranking.finding.row.zero.max";
    }
    return total != null && total.compareTo(max) > 0 ? "ranking.finding.row.above.max" : null;
  }

  /** The total, maximum and percentage, as the finding's message shows them. */
  public Object[] findingArgs() {
    return new Object[] {plain(total), plain(max), plain(percent)};
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : vn.parindex.input.Decimals.plain(value);
  }

  /** "▲3", "▼1", "—" or "" when there is nothing to compare with. */
  public String arrow() {
    if (change == null) {
      return "";
    }
    if (change > 0) {
      return "▲" + change;
    }
    return change < 0 ? "▼" + (-change) : "—";
  }
}
