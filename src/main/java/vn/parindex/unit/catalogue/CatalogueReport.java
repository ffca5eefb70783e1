package vn.parindex.unit.catalogue;

import java.util.List;

/**
 * What one run of the catalogue import did. {@code kept}: units present with the same code, left as
 * they were ({@code keptNamedOtherwise} lists those whose name differs from the catalogue's);
 * {@code unmatched}: former names not linked, within provinces where ParIndex holds former units;
 * {@code absent}: former names of provinces of which ParIndex holds no unit (nothing to link to).
 */
public record CatalogueReport(
    int provincesAdded,
    int communesAdded,
    int kept,
    int named,
    int linksAdded,
    int linksPresent,
    List<Link> links,
    List<Unmatched> unmatched,
    int absent,
    List<OtherName> keptNamedOtherwise,
    long millis) {

  /** A lineage link the catalogue gives: {@code former} became (part of) {@code unit}. */
  public record Link(
      String formerCode, String formerName, String unitCode, String unitName, String kind) {}

  /** A former name left unlinked: NOT_FOUND or AMBIGUOUS (several units present bear it). */
  public record Unmatched(String unitCode, String unitName, String formerName, String reason) {}

  /** A unit present under a catalogue code with another name, kept as it was. */
  public record OtherName(String code, String present, String catalogue) {}

  public int added() {
    return provincesAdded + communesAdded;
  }
}
