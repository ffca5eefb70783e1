package vn.parindex.dossier;

import java.util.List;

/** A page of the dossiers behind an indicator: {@code total} in its denominator in all. */
record IndicatorDossierPage(
    IndicatorCode indicator, long total, int page, int size, List<IndicatorDossier> dossiers) {

  boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
