package vn.parindex.simulation;

import java.util.Optional;
import vn.parindex.dossier.IndicatorCode;
import vn.parindex.framework.Criterion;

/** The live one-stop indicator a leaf declares as its source ({@code source:} in YAML), if any. */
final class LeafSources {

  private LeafSources() {}

  static Optional<IndicatorCode> of(Criterion leaf) {
    return Optional.ofNullable(leaf.source()).map(IndicatorCode::valueOf);
  }
}
