package vn.parindex.unit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.parindex.input.NotFoundException;

/**
 * Who may see and change which unit: any unit in the user's scope is read; administrators and
 * appraisers create and link units under those they see; only an administrator creates a unit
 * without a parent. A unit out of scope answers 404 as if it did not exist.
 */
@Component
public class UnitAccess {

  private final UnitVisibility visibility;
  private final Units units;

  UnitAccess(UnitVisibility visibility, Units units) {
    this.visibility = visibility;
    this.units = units;
  }

  /** The unit of this code; 404 when unknown or out of scope. */
  public Unit read(String code) {
    Unit unit =
        units
            .findByCode(code == null ? "" : code.trim())
            .orElseThrow(() -> new NotFoundException("unit.not.found", code));
    read(unit.id());
    return unit;
  }

  /** 404 unless the unit is in scope. */
  public void read(long unitId) {
    if (!visibility.canSee(unitId)) {
      throw new NotFoundException("unit.not.found", unitId);
    }
  }

  /**
   * A new unit under this parent (its code, blank for none). An unknown parent is the form's 422.
   */
  public void create(String parentCode) {
    if (parentCode == null || parentCode.isBlank()) {
      requireAll();
      return;
    }
    requireManager();
    units.findByCode(parentCode.trim()).ifPresent(parent -> read(parent.id()));
  }

  /** Linking this unit to a successor: both in scope, and the user manages units. */
  void link(String code, LineageCommand command) {
    requireManager();
    read(code);
    if (command != null && command.successorCode() != null) {
      units.findByCode(command.successorCode().trim()).ifPresent(next -> read(next.id()));
    }
  }

  private void requireManager() {
    if (!visibility.managesUnits()) {
      throw new AccessDeniedException("unit");
    }
  }

  private void requireAll() {
    if (!visibility.seesAll()) {
      throw new AccessDeniedException("unit");
    }
  }
}
