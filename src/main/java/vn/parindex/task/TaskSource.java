package vn.parindex.task;

/** The plan a task comes from. */
public enum TaskSource {
  REMEDIATION_PLAN,
  PAR_PLAN,
  PROPAGANDA_PLAN,
  SUPERVISION_PLAN,
  SUPERVISION_RECOMMENDATION,
  OTHER
}
