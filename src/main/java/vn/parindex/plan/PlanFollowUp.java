package vn.parindex.plan;

import vn.parindex.account.CurrentUser;

/**
 * Whether a reader of a plan may follow it up in the task feature, which answers (it depends on
 * plans, not they on it): the plan's editor offers the links only to those the task pages serve.
 */
public interface PlanFollowUp {

  /** Whether the user may make the tasks of this unit's plan ("Giao nhiệm vụ từ kế hoạch"). */
  boolean mayMakeTasks(CurrentUser user, long unitId);

  /** Whether the user may read the progress of this unit's plan (its tasks, all of them). */
  boolean mayFollowProgress(CurrentUser user, long unitId);
}
