package vn.parindex.dossier;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.account.UnitScope;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Who may send a unit's dossier records and procedure catalogue: its PAR officer (a person, or the
 * one-stop system with the officer's personal token) and an administrator. A caller without the
 * role is refused (403); a unit outside the caller's scope is bad input naming the field {@code
 * unit} (422, as the bad input says), both before anything is read; a code that names no
 * unit answers 404.
 */
@Component
class DossierAccess {

  private final UnitScope scope;
  private final Units units;

  DossierAccess(UnitScope scope, Units units) {
    this.scope = scope;
    this.units = units;
  }

  /** The unit the caller may write dossiers into, by its code. */
  Unit writable(String code) {
    Unit unit =
        units
            .findByCode(code == null ? "" : code.strip())
            .orElseThrow(() -> new NotFoundException("dossier.ingest.unit.unknown", code));
    CurrentUser user = scope.user();
    if (!user.hasAny(Role.ADMIN, Role.PAR_OFFICER)) {
      throw new AccessDeniedException("dossier.ingest.writer");
    }
    if (!scope.canSee(user, unit.id())) {
      throw new InvalidInputException(
          InputProblem.of(0, "unit", "dossier.ingest.unit.outside", unit.code(), unit.name()));
    }
    return unit;
  }

  /** Whether the caller may write any unit's dossiers (the page's link). */
  boolean writer() {
    return scope.has(Role.ADMIN, Role.PAR_OFFICER);
  }

  /** The units the caller may write into (an officer: their own; an administrator: all). */
  List<Unit> writableUnits() {
    return writer() ? scope.visibleUnits() : List.of();
  }

  /** The caller's own unit, the page's default. */
  long ownUnit() {
    return scope.user().unitId();
  }
}
