package vn.parindex.dossier;

import org.springframework.stereotype.Component;
import vn.parindex.account.Role;
import vn.parindex.account.UnitScope;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Who sees a unit's indicators and records its apology letters: a unit's people see their unit, a
 * province's appraisers every unit under it, an administrator every unit (account.UnitScope); a
 * unit out of scope answers as if it did not exist (404). Letters are recorded by the unit's PAR
 * officer or leader, or an administrator (403 for anyone else who sees the unit).
 */
@Component
class IndicatorAccess {

  private final UnitScope scope;
  private final Units units;

  IndicatorAccess(UnitScope scope, Units units) {
    this.scope = scope;
    this.units = units;
  }

  /** The unit of this code, if the caller may see it. */
  Unit byCode(String code) {
    Unit unit =
        units
            .findByCode(code == null ? "" : code.strip())
            .orElseThrow(() -> new NotFoundException("dossier.indicator.unit.notfound", code));
    scope.check(unit.id());
    return unit;
  }

  /** The unit of this id, or the caller's own when none is given, if the caller may see it. */
  Unit byId(Long id) {
    long wanted = id == null ? scope.user().unitId() : id;
    scope.check(wanted);
    return units
        .findById(wanted)
        .orElseThrow(() -> new NotFoundException("dossier.indicator.unit.notfound", wanted));
  }

  /** Whether the caller may record the unit's apology letters (the page offers the form). */
  boolean canWrite(long unitId) {
    return scope.canSee(unitId) && scope.has(Role.PAR_OFFICER, Role.LEADER, Role.ADMIN);
  }

  /** 404 outside the caller's scope, 403 without the right to record letters. */
  void checkWrite(long unitId) {
    scope.checkWrite(unitId, Role.PAR_OFFICER, Role.LEADER, Role.ADMIN);
  }

  UnitScope scope() {
    return scope;
  }
}
