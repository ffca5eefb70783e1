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

  /**
   * "xã Vĩnh Chấp" style label used in documents; a name that states its kind ("Phường Ba Đình",
   * "Đặc khu Côn Đảo", as the 2025 catalogue writes them) keeps its own word.
   */
  public String label() {
    PlaceName place = PlaceName.parse(name);
    return place.kind() == null ? type.vietnamese() + " " + name : place.sentenceLabel();
  }
}
