package vn.parindex.unit;

import java.time.LocalDate;

/**
 * An administrative unit. {@code code} is the official code (mã đơn vị hành chính); demo units are
 * flagged so they are never taken for real ones.
 */
public record Unit(
    Long id,
    String code,
    String name,
    UnitType type,
    Long parentId,
    LocalDate validFrom,
    LocalDate validTo,
    boolean demo) {

  public boolean activeOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom))
        && (validTo == null || day.isBefore(validTo));
  }

  /** "xã Vĩnh Chấp" style label used in documents. */
  public String label() {
    return type.vietnamese() + " " + name;
  }
}
