-- The appraiser's page lists a unit's evidence links by the unit: one index range instead of an index
-- probe per criterion (80 a page; bench/README.md, "Eighth session"). The unit is the entry's, which
-- the second foreign key holds it to.
alter table round_entry_evidence add column round_unit_id bigint;
update round_entry_evidence set round_unit_id =
    (select e.round_unit_id from round_entry e where e.id = round_entry_evidence.entry_id);
alter table round_entry_evidence alter column round_unit_id set not null;
alter table round_entry add constraint uq_round_entry_unit unique (id, round_unit_id);
alter table round_entry_evidence add constraint fk_round_entry_evidence_unit
    foreign key (entry_id, round_unit_id) references round_entry (id, round_unit_id) on delete cascade;
create index ix_round_entry_evidence_unit on round_entry_evidence (round_unit_id, document_id);
