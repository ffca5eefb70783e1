package vn.parindex.unit;

import java.util.List;

/** Which units the signed-in user may see; the accounts feature implements it. */
public interface UnitVisibility {

  boolean canSee(long unitId);

  /** The visible ones among many units (a whole catalogue): one scope look-up, not one each. */
  default List<Unit> visibleAmong(List<Unit> units) {
    return units.stream().filter(u -> canSee(u.id())).toList();
  }
}
