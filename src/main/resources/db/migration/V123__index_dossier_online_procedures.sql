-- The indicator "online services with dossiers" (feature "dossier") asks, per online-capable procedure of
-- a unit, whether one of its dossiers was received online in the period: one probe of this index each,
-- instead of a distinct count over all the unit's dossiers.
create index ix_dossier_procedure_channel on dossier (unit_id, procedure_code, channel, received_at);
