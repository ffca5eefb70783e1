package vn.parindex.unit;

import java.time.LocalDate;
import java.util.List;

/** A unit as the API shows it, with its lineage both ways. */
public record UnitView(
    String code,
    String name,
    UnitType type,
    String parentCode,
    LocalDate validFrom,
    LocalDate validTo,
    boolean demo,
    List<Link> mergedInto,
    List<Link> mergedFrom) {

  /** The other unit of a lineage link. */
  public record Link(String code, String name, LineageKind kind, LocalDate effectiveOn) {}
}
