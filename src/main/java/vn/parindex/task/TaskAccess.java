package vn.parindex.task;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.parindex.account.Accounts;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.account.UnitScope;
import vn.parindex.input.NotFoundException;

/**
 * Who may see and change which task: officers, leaders and administrators manage the tasks of their
 * scope; appraisers and supervisors read them; a department official sees only the tasks they own
 * (any other task answers 404, as if it did not exist).
 */
@Component
public class TaskAccess {

  private final Accounts accounts;
  private final UnitScope scope;

  TaskAccess(Accounts accounts, UnitScope scope) {
    this.accounts = accounts;
    this.scope = scope;
  }

  public CurrentUser user() {
    return accounts.current();
  }

  public static boolean manager(CurrentUser user) {
    return user.hasAny(Role.PAR_OFFICER, Role.LEADER, Role.ADMIN);
  }

  public static boolean reader(CurrentUser user) {
    return manager(user) || user.hasAny(Role.APPRAISER, Role.SUPERVISOR);
  }

  /** 404 unless the user may see this task. */
  void checkRead(Task task) {
    scope.check(task.unitId());
    CurrentUser user = user();
    if (!reader(user) && !owns(user, task)) {
      throw new NotFoundException("task.notFound", task.id());
    }
  }

  /** 404/403 unless the user may post progress on this task (its owner or a manager). */
  void checkWork(Task task) {
    checkRead(task);
    CurrentUser user = user();
    if (!manager(user) && !owns(user, task)) {
      throw new AccessDeniedException("task");
    }
  }

  /** 404 for a unit out of scope, 403 unless a manager. */
  public void checkManage(long unitId) {
    scope.check(unitId);
    if (!manager(user())) {
      throw new AccessDeniedException("task");
    }
  }

  void checkBoard(long unitId) {
    scope.check(unitId);
    if (!reader(user())) {
      throw new AccessDeniedException("task");
    }
  }

  void requireLeader() {
    scope.require(Role.LEADER);
  }

  private static boolean owns(CurrentUser user, Task task) {
    return task.ownerUserId() != null && task.ownerUserId() == user.id();
  }
}
