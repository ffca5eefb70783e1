package vn.parindex.task;

import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.parindex.account.Accounts;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.account.UnitScope;
import vn.parindex.input.NotFoundException;
import vn.parindex.plan.PlanFollowUp;

/**
 * Who may see and change which task: officers, leaders and administrators manage the tasks of their
 * scope; appraisers and supervisors read them; a department official sees only the tasks they own
 * (any other task answers 404, as if it did not exist). The web boundary asks it for the signed-in
 * user ({@link #user()}, {@link #actor()}); the services decide for the user they are given.
 */
@Component
public class TaskAccess implements PlanFollowUp {

  private final Accounts accounts;
  private final UnitScope scope;
  private final Clock clock;

  TaskAccess(Accounts accounts, UnitScope scope, Clock clock) {
    this.accounts = accounts;
    this.scope = scope;
    this.clock = clock;
  }

  /** The signed-in user (for controllers, to pass to the services). */
  public CurrentUser user() {
    return accounts.current();
  }

  /** The signed-in user acting now (for controllers, to pass to the services). */
  public Actor actor() {
    return Actor.now(user(), clock);
  }

  public static boolean manager(CurrentUser user) {
    return user.hasAny(Role.PAR_OFFICER, Role.LEADER, Role.ADMIN);
  }

  public static boolean reader(CurrentUser user) {
    return manager(user) || user.hasAny(Role.APPRAISER, Role.SUPERVISOR);
  }

  @Override
  public boolean mayMakeTasks(CurrentUser user, long unitId) {
    return manager(user) && scope.canSee(user, unitId);
  }

  @Override
  public boolean mayFollowProgress(CurrentUser user, long unitId) {
    return reader(user) && scope.canSee(user, unitId);
  }

  /** 404 unless the user may see this task. */
  void checkRead(CurrentUser user, Task task) {
    scope.check(user, task.unitId());
    if (!reader(user) && !owns(user, task)) {
      throw new NotFoundException("task.notFound", task.id());
    }
  }

  /** 404/403 unless the user may post progress on this task (its owner or a manager). */
  void checkWork(CurrentUser user, Task task) {
    checkRead(user, task);
    if (!manager(user) && !owns(user, task)) {
      throw new AccessDeniedException("task");
    }
  }

  /** 404 for a unit out of the signed-in user's scope, 403 unless a manager. */
  public void checkManage(long unitId) {
    checkManage(user(), unitId);
  }

  /** 404 for a unit out of the user's scope, 403 unless a manager. */
  void checkManage(CurrentUser user, long unitId) {
    scope.check(user, unitId);
    if (!manager(user)) {
      throw new AccessDeniedException("task");
    }
  }

  void checkBoard(CurrentUser user, long unitId) {
    scope.check(user, unitId);
    if (!reader(user)) {
      throw new AccessDeniedException("task");
    }
  }

  void requireLeader(CurrentUser user) {
    if (!user.has(Role.LEADER)) {
      throw new AccessDeniedException("role");
    }
  }

  private static boolean owns(CurrentUser user, Task task) {
    return task.ownerUserId() != null && task.ownerUserId() == user.id();
  }
}
