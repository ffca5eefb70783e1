-- Obligations carried by a criteria set: set_id null = a unit's own (unit_id set) or a default for
-- every unit (unit_id null). A unit's calendar for a year uses the obligations of the set that
-- applies to it (same year and unit type, the newest version), its own and the defaults.
alter table obligation add column set_id bigint;
alter table obligation add constraint fk_obligation_set foreign key (set_id)
    references criteria_set (id) on delete cascade;
create index ix_obligation_set on obligation (set_id);
