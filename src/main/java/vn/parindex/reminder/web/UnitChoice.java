package vn.parindex.reminder.web;

import org.springframework.stereotype.Component;
import vn.parindex.account.Accounts;
import vn.parindex.account.Role;
import vn.parindex.account.UnitScope;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * The reminders' access decision: the unit a page or API call is about (by code, else the user's
 * own), always in scope (404 outside it); its obligations, occurrences and reminder policy are
 * changed by its PAR officer, leader or an administrator (403 for anyone else).
 */
@Component
class UnitChoice {

  /** Who manages a unit's obligations and reminder policy. */
  static final Role[] MANAGERS = {Role.PAR_OFFICER, Role.LEADER, Role.ADMIN};

  private final Units units;
  private final Accounts accounts;
  private final UnitScope scope;

  UnitChoice(Units units, Accounts accounts, UnitScope scope) {
    this.units = units;
    this.accounts = accounts;
    this.scope = scope;
  }

  Unit resolve(String code) {
    Unit unit =
        code == null || code.isBlank()
            ? units.findById(accounts.current().unitId()).orElseThrow()
            : units
                .findByCode(code.trim())
                .orElseThrow(() -> new NotFoundException("unit.not.found", code));
    scope.check(unit.id());
    return unit;
  }

  /** As {@link #resolve}, for a change: 403 unless the user manages the unit's obligations. */
  Unit writable(String code) {
    Unit unit = resolve(code);
    scope.require(MANAGERS);
    return unit;
  }

  /** Whether the user may change obligations: what the pages offer follows {@link #writable}. */
  boolean canWrite() {
    return scope.has(MANAGERS);
  }
}
