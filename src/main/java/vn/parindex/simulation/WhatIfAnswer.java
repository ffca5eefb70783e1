package vn.parindex.simulation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a what-if answers: each changed leaf's points before and after (exact), and the assessment's
 * standing before and after.
 */
public record WhatIfAnswer(long assessmentId, List<Leaf> changes, Standing before, Standing after) {

  public WhatIfAnswer {
    changes = List.copyOf(changes);
  }

  /** A changed leaf: its points now and with the new input, out of {@code max}. */
  public record Leaf(
      String code, String name, BigDecimal max, BigDecimal before, BigDecimal after) {}

  /**
   * The total (2 decimals, as published), its percent of {@code max}, the band (or null) and the
   * rank of {@code of} peers (null when the unit has no scored peers).
   */
  public record Standing(
      BigDecimal total,
      BigDecimal max,
      BigDecimal percent,
      String band,
      Integer rank,
      Integer of) {}
}
