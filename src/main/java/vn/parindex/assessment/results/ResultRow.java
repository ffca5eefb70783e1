package vn.parindex.assessment.results;

import java.math.BigDecimal;
import java.util.Map;
import vn.parindex.framework.CriterionCode;
import vn.parindex.unit.Unit;

/** One unit's line of a published results table, as read; {@code row} is the user's row number. */
record ResultRow(
    int row,
    Unit unit,
    BigDecimal total,
    Integer statedRank,
    Map<CriterionCode, BigDecimal> areas) {}
