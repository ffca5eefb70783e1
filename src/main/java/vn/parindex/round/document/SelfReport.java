package vn.parindex.round.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.plan.IssueDate;

/**
 * What a unit's self-assessment report says: the unit ("xã Vĩnh Chấp") and the parent that asked
 * for it, the year, its date (the submission; blank before), whether it is still a draft, each area
 * and leaf with the points claimed, and the chairman's difficulties and proposals.
 */
public record SelfReport(
    String unitLabel,
    String parentLabel,
    String place,
    IssueDate date,
    int year,
    boolean draft,
    List<Line> lines,
    BigDecimal max,
    BigDecimal self,
    BigDecimal percent,
    String difficulties,
    String proposals) {

  /**
   * An area (its points the sum of its leaves) or a leaf with its explanation and evidence; a
   * {@code surveyed} leaf is scored by the survey, not by the unit.
   */
  public record Line(
      String code,
      String name,
      boolean area,
      boolean surveyed,
      BigDecimal max,
      BigDecimal self,
      String note,
      List<Evidence> evidence) {}

  /** An evidence document as the report cites it: number, date, title. */
  public record Evidence(String number, LocalDate date, String title) {}
}
