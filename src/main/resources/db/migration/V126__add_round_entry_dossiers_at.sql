-- When a self-assessment entry's numerator and denominator were last filled from the unit's one-stop
-- dossiers (its leaf's source indicator); null when typed by hand.
alter table round_entry add column self_dossiers_at timestamp;
