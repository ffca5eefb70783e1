package vn.parindex.assessment.imports;

import java.math.BigDecimal;
import vn.parindex.framework.CriterionCode;

/**
 * A line of the appendix with its values understood: code, max, points and the rate its reason
 * states.
 */
record ParsedLine(
    int row,
    CriterionCode code,
    String name,
    BigDecimal max,
    BigDecimal points,
    BigDecimal rate,
    String reason,
    String measure,
    String note) {}
