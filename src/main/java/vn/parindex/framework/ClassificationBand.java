package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.Objects;

/** A classification band: a unit whose percentage reaches {@code minPercent} gets {@code label}. */
public record ClassificationBand(BigDecimal minPercent, String label) {

  public ClassificationBand {
    minPercent = Scoring.canonical(Objects.requireNonNull(minPercent));
    Objects.requireNonNull(label);
  }
}
