package vn.parindex.assessment;

import java.math.BigDecimal;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;

/**
 * What the ranking's leaf-loss sum needs of an entry's criterion, stored on the entry at every save
 * ({@code assessment_entry.criterion_kind} and {@code leaf_max}, migration V134) so that sum reads
 * the entries alone instead of joining each of them to its criterion on the code. By the rule of
 * the stored criterion ({@code CriteriaSets.save}): a leaf is a criterion with a method, an area a
 * root without one, and anything else (an inner criterion, a code the set does not have) is
 * neither, which the sum ignores as the join did. A saved set never changes and an assessment never
 * changes set, so what is stored cannot go stale.
 */
public record EntryCriterion(int kind, BigDecimal leafMax) {

  /** Neither a leaf nor an area: not counted by the sum. */
  public static final int OTHER = 0;

  /** A leaf: its points lost are {@code leaf_max - points}. */
  public static final int LEAF = 1;

  /** An area (a root): points recorded on it are a subtotal, so the entries are read in full. */
  public static final int AREA = 2;

  static EntryCriterion of(CriteriaSet set, CriterionCode code) {
    Criterion c = set.find(code).orElse(null);
    if (c == null) {
      return new EntryCriterion(OTHER, null);
    }
    if (c.method() != null) {
      return new EntryCriterion(LEAF, c.maxPoints());
    }
    return new EntryCriterion(code.parent().isEmpty() ? AREA : OTHER, null);
  }
}
