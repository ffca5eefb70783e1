package vn.parindex.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.account.Accounts;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.UnitScope;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Which unit a dashboard shows and what the caller may see. With a signed-in user the unit defaults
 * to theirs and every unit is checked against what they may read (404 outside it: a leader reads
 * every unit below theirs, {@link UnitScope#canRead}); without one (login not yet on) every unit is
 * visible and a unit must be chosen. A dashboard changes nothing.
 */
@Component
class DashboardAccess {

  private final Accounts accounts;
  private final UnitScope scope;
  private final Units units;

  DashboardAccess(Accounts accounts, UnitScope scope, Units units) {
    this.accounts = accounts;
    this.scope = scope;
    this.units = units;
  }

  /** The unit of this code, or the user's own when no code is given; empty when neither. */
  Optional<Unit> unit(String code) {
    Optional<CurrentUser> user = accounts.currentIfAny();
    Unit unit;
    if (code != null && !code.isBlank()) {
      unit =
          units
              .findByCode(code.strip())
              .orElseThrow(() -> new NotFoundException("dashboard.unit.notfound", code));
    } else if (user.isPresent()) {
      unit = units.findById(user.get().unitId()).orElseThrow();
    } else {
      return Optional.empty();
    }
    if (user.isPresent()) {
      scope.checkRead(user.get(), unit.id());
    }
    return Optional.of(unit);
  }

  /**
   * As {@link #unit(String)}, looked up first among the caller's choices (which are the units in
   * their scope): a page that lists the choices anyway reads no unit again.
   */
  Optional<Unit> unit(String code, List<Unit> choices) {
    Optional<CurrentUser> user = accounts.currentIfAny();
    String wanted = code == null ? "" : code.strip();
    Optional<Unit> chosen =
        choices.stream()
            .filter(
                u ->
                    wanted.isEmpty()
                        ? user.isPresent() && u.id() == user.get().unitId()
                        : u.code().equals(wanted))
            .findFirst();
    return chosen.isPresent() ? chosen : unit(code);
  }

  /** The unit of this code or the user's own; 404 when neither. */
  Unit required(String code) {
    return unit(code).orElseThrow(() -> new NotFoundException("dashboard.unit.notfound", ""));
  }

  LongPredicate visible() {
    return accounts.currentIfAny().isEmpty() ? id -> true : visible(choices());
  }

  /** The units among these choices, as a test on unit ids (reuses choices already read). */
  static LongPredicate visible(List<Unit> choices) {
    Set<Long> ids = choices.stream().map(Unit::id).collect(Collectors.toSet());
    return ids::contains;
  }

  /** The units the caller may pick, by code. */
  List<Unit> choices() {
    return accounts.currentIfAny().isEmpty() ? units.all() : scope.readableUnits();
  }
}
