package vn.parindex.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import vn.parindex.input.Text;

/**
 * One row of a plan's appendix. An {@code area} row is a heading row (printed bold) carrying the
 * area's totals; the other rows are lost criteria with their reason, remedial measure, the body
 * responsible and a deadline. {@code position} is the 1-based place in the table; {@code key} stays
 * the same across saves (null until first stored). {@code lossKind}, on a line drafted from a
 * round, says which kind its loss is (NOT_DONE, CUT or both, comma-separated; see {@link
 * #lossKinds()}).
 */
public record PlanLine(
    int position,
    boolean area,
    String code,
    String content,
    BigDecimal maxPoints,
    BigDecimal points,
    String reason,
    String measure,
    String responsible,
    LocalDate deadline,
    String note,
    String key,
    String lossKind) {

  /** A line without a kind of loss (typed, imported or drafted from a table). */
  public PlanLine(
      int position,
      boolean area,
      String code,
      String content,
      BigDecimal maxPoints,
      BigDecimal points,
      String reason,
      String measure,
      String responsible,
      LocalDate deadline,
      String note,
      String key) {
    this(
        position,
        area,
        code,
        content,
        maxPoints,
        points,
        reason,
        measure,
        responsible,
        deadline,
        note,
        key,
        null);
  }

  /** A line not stored yet: its key is given when it is first saved. */
  public PlanLine(
      int position,
      boolean area,
      String code,
      String content,
      BigDecimal maxPoints,
      BigDecimal points,
      String reason,
      String measure,
      String responsible,
      LocalDate deadline,
      String note) {
    this(
        position,
        area,
        code,
        content,
        maxPoints,
        points,
        reason,
        measure,
        responsible,
        deadline,
        note,
        null);
  }

  public PlanLine {
    key = key == null || key.isBlank() ? null : key.strip();
    code = Text.cleanOrNull(code);
    content = Text.clean(content == null ? "" : content);
    reason = Text.cleanOrNull(reason);
    measure = Text.cleanOrNull(measure);
    responsible = Text.cleanOrNull(responsible);
    note = Text.cleanOrNull(note);
    lossKind = lossKind == null || lossKind.isBlank() ? null : lossKind.strip();
  }

  /** The kinds of the loss (NOT_DONE, CUT), empty when not known. */
  public java.util.List<String> lossKinds() {
    return lossKind == null ? java.util.List.of() : java.util.List.of(lossKind.split(","));
  }

  /** The same line saying which kinds its loss is (NOT_DONE, CUT); none for an empty list. */
  public PlanLine withLossKinds(java.util.List<String> kinds) {
    return new PlanLine(
        position,
        area,
        code,
        content,
        maxPoints,
        points,
        reason,
        measure,
        responsible,
        deadline,
        note,
        key,
        lossKind(kinds));
  }

  /** The stored form of a loss's kinds: comma-separated, null for none. */
  static String lossKind(java.util.List<String> kinds) {
    return kinds == null || kinds.isEmpty() ? null : String.join(",", kinds);
  }

  /** Points lost on this line; null when max or points are unknown. */
  public BigDecimal lost() {
    if (maxPoints == null || points == null) {
      return null;
    }
    return maxPoints.subtract(points);
  }

  public PlanLine at(int newPosition) {
    if (newPosition == position) {
      // a line is immutable: renumbering a plan (done at every copy) need not clean its texts again
      return this;
    }
    return new PlanLine(
        newPosition,
        area,
        code,
        content,
        maxPoints,
        points,
        reason,
        measure,
        responsible,
        deadline,
        note,
        key,
        lossKind);
  }

  /** The same line under a stored key (the line's identity across saves; tasks point at it). */
  public PlanLine withKey(String newKey) {
    return new PlanLine(
        position,
        area,
        code,
        content,
        maxPoints,
        points,
        reason,
        measure,
        responsible,
        deadline,
        note,
        newKey,
        lossKind);
  }

  /** Published figures: 2 decimals, half up ("18.61", "21.00"); blank for null. */
  public static String published(BigDecimal number) {
    return number == null ? "" : number.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
