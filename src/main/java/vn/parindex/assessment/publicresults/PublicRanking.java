package vn.parindex.assessment.publicresults;

import java.math.BigDecimal;
import java.util.List;

/**
 * The published ranking of a parent's units in a year. {@code year} is null when the parent has no
 * published result at all; {@code years} are those it has, newest first.
 */
public record PublicRanking(
    String parentCode, String parentName, Integer year, List<Integer> years, List<Line> units) {

  /**
   * One unit. {@code rank} of {@code of}: computed among the published peers, or as its published
   * document stated it when it is the only one published here. {@code previousRank}: last year's,
   * its own or its single predecessor's (through lineage), and {@code change} the places gained
   * since (positive = up); {@code merged} when formed from several. Points have 2 decimals, as
   * published.
   */
  public record Line(
      int rank,
      int of,
      String code,
      String name,
      String type,
      BigDecimal total,
      BigDecimal max,
      BigDecimal percent,
      String band,
      Integer previousRank,
      Integer change,
      boolean merged,
      List<Area> areas) {}

  /** An area (a top criterion) with its points and the criteria under it. */
  public record Area(
      String code, String name, BigDecimal points, BigDecimal max, List<Item> criteria) {}

  /** A criterion below an area; {@code depth} 1 for its children, 2 for theirs. */
  public record Item(String code, String name, BigDecimal points, BigDecimal max, int depth) {}
}
