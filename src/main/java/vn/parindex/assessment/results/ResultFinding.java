package vn.parindex.assessment.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something a published results table says that does not add up. It is reported, never corrected:
 * {@code kind} is AREA_SUM, ABOVE_MAX, ZERO_MAX or RANK; {@code messageKey} and {@code args} are
 * resolved against the ranking bundle.
 */
public record ResultFinding(
    int row,
    String unitCode,
    String kind,
    String column,
    BigDecimal expected,
    BigDecimal actual,
    String messageKey,
    List<Object> args) {

  public ResultFinding {
    args = List.copyOf(args);
  }
}
