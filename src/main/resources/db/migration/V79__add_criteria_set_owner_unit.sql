-- A partial criteria set built from one unit's score table belongs to that unit: it is listed and
-- read only within that unit's scope. Full sets (owner null) stay visible to everyone.
alter table criteria_set add column owner_unit_id bigint references unit (id);
create index ix_criteria_set_owner_unit on criteria_set (owner_unit_id);
