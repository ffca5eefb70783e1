package vn.parindex.simulation;

import java.math.BigDecimal;
import java.util.List;
import vn.parindex.framework.ScoreInput;

/**
 * A leaf that lost points, as the what-if page offers it: the input it is changed by ({@code
 * field}: rate, done, level, count or points), its current input, the levels to choose from, and
 * what it takes to win the points back.
 */
public record LostLeaf(
    String code,
    String name,
    BigDecimal max,
    BigDecimal points,
    String field,
    ScoreInput current,
    List<String> levels,
    Gain gain) {}
