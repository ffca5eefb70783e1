package vn.parindex.simulation;

import java.math.BigDecimal;
import vn.parindex.framework.ScoreInput;

/**
 * One changed input of a leaf, by criterion code: a {@code rate} in percent or {@code numerator} /
 * {@code denominator} (rate leaves), a {@code level}, {@code done}, a {@code count} (deduction) or
 * {@code points} (manual leaves).
 */
public record WhatIfChange(
    String code,
    BigDecimal rate,
    BigDecimal numerator,
    BigDecimal denominator,
    String level,
    Boolean done,
    Integer count,
    BigDecimal points) {

  public static WhatIfChange ofRate(String code, BigDecimal rate) {
    return new WhatIfChange(code, rate, null, null, null, null, null, null);
  }

  ScoreInput input() {
    return new ScoreInput(points, done, level, rate, numerator, denominator, count, null);
  }
}
