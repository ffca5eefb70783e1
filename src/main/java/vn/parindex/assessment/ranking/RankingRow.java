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
