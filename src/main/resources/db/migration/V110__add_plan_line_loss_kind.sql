-- Which kind a plan line's loss is when it was drafted from a round (feature "round"): NOT_DONE
-- (the unit did not claim the points), CUT (appraisal took them away), or both, comma-separated.
alter table plan_line add column loss_kind varchar(40);
