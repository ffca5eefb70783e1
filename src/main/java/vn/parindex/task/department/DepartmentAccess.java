package vn.parindex.task.department;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.parindex.account.Accounts;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.UnitScope;
import vn.parindex.task.TaskAccess;

/** Departments are read by anyone in scope and edited by the unit's officer, leader or admin. */
@Component
class DepartmentAccess {

  private final UnitScope scope;
  private final Accounts accounts;

  DepartmentAccess(UnitScope scope, Accounts accounts) {
    this.scope = scope;
    this.accounts = accounts;
  }

  CurrentUser user() {
    return accounts.current();
  }

  void read(long unitId) {
    scope.check(unitId);
  }

  void write(long unitId) {
    scope.check(unitId);
    if (!TaskAccess.manager(user())) {
      throw new AccessDeniedException("department");
    }
  }
}
