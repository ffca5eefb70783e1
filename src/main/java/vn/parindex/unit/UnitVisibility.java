package vn.parindex.unit;

import java.util.List;

/** Which units the signed-in user may see and change; the accounts feature implements it. */
public interface UnitVisibility {

  boolean canSee(long unitId);

  /**
   * Whether the user sees every unit (an administrator): only they make a unit without a parent.
   */
  boolean seesAll();

  /** Whether the user creates and changes units under those they see (administrator, appraiser). */
  boolean managesUnits();

  /** The visible ones among many units (a whole catalogue): one scope look-up, not one each. */
  default List<Unit> visibleAmong(List<Unit> units) {
    return units.stream().filter(u -> canSee(u.id())).toList();
  }
}
