package vn.parindex.plan;

/**
 * A plan re-drafted as a new version: the features that hang work on plans (tasks) move it to the
 * new version, in the same transaction.
 */
public record PlanReplaced(long oldPlanId, long newPlanId) {}
