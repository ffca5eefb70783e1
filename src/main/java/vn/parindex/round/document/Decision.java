package vn.parindex.round.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The decision approving and publishing a round's index: the parent that issues it ("tỉnh Vĩnh
 * Long"), the kind of its units ({@code peers}: "xã, phường"), the number and date given at
 * publication, the criteria set, and the annex: each unit's points per area, total, %, rank, band
 * and last year's rank (through lineage; null for a new unit).
 */
public record Decision(
    String parentLabel,
    String place,
    String peers,
    String number,
    LocalDate date,
    int year,
    String setName,
    List<Area> areas,
    List<Line> lines) {

  public record Area(String code, String name, BigDecimal max) {}

  public record Line(
      String unit,
      List<BigDecimal> areaPoints,
      BigDecimal total,
      BigDecimal percent,
      int rank,
      String band,
      Integer previousRank) {}
}
