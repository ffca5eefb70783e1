package vn.parindex.unit;

/** Which units the signed-in user may see; the accounts feature implements it. */
public interface UnitVisibility {

  boolean canSee(long unitId);
}
