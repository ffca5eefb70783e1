package vn.parindex.account;

/** What a user may do; where is their unit scope (see {@link UnitScope}). */
public enum Role {
  /** Manages accounts and everything else, everywhere. */
  ADMIN,
  /** Provincial (or district) appraiser: reads and appraises every unit under their own. */
  APPRAISER,
  /** The unit's PAR officer: imports scores, drafts plans, turns them into tasks. */
  PAR_OFFICER,
  /** Chairman / vice-chairman: approves, verifies completed tasks, receives escalations. */
  LEADER,
  /** A department official: sees and updates their own tasks. */
  DEPARTMENT_OFFICIAL,
  /** Fatherland Front: reads progress and records supervision. */
  SUPERVISOR
}
