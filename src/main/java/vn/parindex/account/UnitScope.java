package vn.parindex.account;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitVisibility;
import vn.parindex.unit.Units;

/**
 * Unit scope, checked on every page and API call: an administrator sees every unit, an appraiser
 * their unit and all below it, everyone else their own unit only. A unit out of scope answers as if
 * it did not exist (404), so ids of other communes reveal nothing.
 *
 * <p>A leader also <em>reads</em> every unit below theirs ({@link #canRead}): the province's
 * chairman follows every commune's results and plans. Reading is all it gives: what a leader may
 * change stays their own unit ({@link #canSee}), so a feature that widens a read to {@link
 * #canRead} keeps its writes on {@link #canSee}.
 */
@Component
public class UnitScope implements UnitVisibility {

  private final Accounts accounts;
  private final Units units;

  UnitScope(Accounts accounts, Units units) {
    this.accounts = accounts;
    this.units = units;
  }

  @Override
  public boolean canSee(long unitId) {
    return canSee(accounts.current(), unitId);
  }

  /** Whether this user may see the unit (for a service given its actor). */
  public boolean canSee(CurrentUser user, long unitId) {
    if (user.has(Role.ADMIN) || user.unitId() == unitId) {
      return true;
    }
    return user.has(Role.APPRAISER) && units.isWithin(unitId, user.unitId());
  }

  /**
   * Whether this user may read the unit's results, plans and dashboards: their scope ({@link
   * #canSee}), and for a leader every unit below their own. Never a reason to change anything.
   */
  public boolean canRead(CurrentUser user, long unitId) {
    return canSee(user, unitId) || readsBelow(user, unitId);
  }

  /**
   * What {@link #canRead} adds to {@link #canSee}: a leader's unit below theirs. For a caller who
   * has asked {@link #canSee} already, so the scope is not read twice.
   */
  public boolean readsBelow(CurrentUser user, long unitId) {
    return user.has(Role.LEADER) && units.isWithin(unitId, user.unitId());
  }

  /** Throws {@link NotFoundException} unless this user may read the unit ({@link #canRead}). */
  public void checkRead(CurrentUser user, long unitId) {
    if (!canRead(user, unitId)) {
      throw new NotFoundException("account.scope.outside");
    }
  }

  /**
   * The signed-in user's reading scope read once, as a test of unit ids (same rule as {@link
   * #canRead}): a long list is filtered with one query, not one per row.
   */
  public java.util.function.LongPredicate readability() {
    CurrentUser user = accounts.current();
    if (readsBelowOnly(user)) {
      java.util.Set<Long> below = units.descendantIds(user.unitId());
      return id -> below.contains(id);
    }
    return visibility();
  }

  /** Every unit the signed-in user may read ({@link #canRead}), by code. */
  public List<Unit> readableUnits() {
    CurrentUser user = accounts.current();
    return readsBelowOnly(user) ? units.subtree(user.unitId()) : visibleUnits(user);
  }

  /** A leader whose scope does not already hold the units below (not an appraiser nor admin). */
  private static boolean readsBelowOnly(CurrentUser user) {
    return user.has(Role.LEADER) && !user.hasAny(Role.ADMIN, Role.APPRAISER);
  }

  /**
   * The user's scope read once, as a test of unit ids: a long list is filtered with one query, not
   * one per row. Same rule as {@link #canSee(CurrentUser, long)}.
   */
  public java.util.function.LongPredicate visibility() {
    CurrentUser user = accounts.current();
    if (user.has(Role.ADMIN)) {
      return id -> true;
    }
    java.util.Set<Long> below =
        user.has(Role.APPRAISER) ? units.descendantIds(user.unitId()) : java.util.Set.of();
    return id -> id == user.unitId() || below.contains(id);
  }

  @Override
  public List<Unit> visibleAmong(List<Unit> all) {
    CurrentUser user = accounts.current();
    if (user.has(Role.ADMIN)) {
      return all;
    }
    java.util.Set<Long> scope =
        user.has(Role.APPRAISER)
            ? units.descendantIds(user.unitId())
            : java.util.Set.of(user.unitId());
    return all.stream().filter(u -> scope.contains(u.id())).toList();
  }

  /** Throws {@link NotFoundException} when the unit is out of the user's scope. */
  public void check(long unitId) {
    check(accounts.current(), unitId);
  }

  /** Throws {@link NotFoundException} when the unit is out of this user's scope. */
  public void check(CurrentUser user, long unitId) {
    if (!canSee(user, unitId)) {
      throw new NotFoundException("account.scope.outside");
    }
  }

  /** Throws {@link AccessDeniedException} (403) unless the user holds one of the roles. */
  public void require(Role... roles) {
    if (!accounts.current().hasAny(roles)) {
      throw new AccessDeniedException("role");
    }
  }

  /** 404 unless the unit is in scope; then 403 unless the user holds one of the roles. */
  public void checkWrite(long unitId, Role... roles) {
    check(unitId);
    require(roles);
  }

  @Override
  public boolean seesAll() {
    return has(Role.ADMIN);
  }

  @Override
  public boolean managesUnits() {
    return has(Role.ADMIN, Role.APPRAISER);
  }

  /** The signed-in user (to pass to services as the acting user). */
  public CurrentUser user() {
    return accounts.current();
  }

  /** Whether the user holds one of the roles. */
  public boolean has(Role... roles) {
    return accounts.current().hasAny(roles);
  }

  /** Every unit the user may see, by code (for a choice of units, or to filter a list). */
  public List<Unit> visibleUnits() {
    return visibleUnits(accounts.current());
  }

  /** Every unit this user may see, by code. */
  public List<Unit> visibleUnits(CurrentUser user) {
    if (user.has(Role.ADMIN)) {
      return units.all();
    }
    if (user.has(Role.APPRAISER)) {
      return units.subtree(user.unitId());
    }
    return units.findById(user.unitId()).stream().toList();
  }
}
