-- The unit under which a published assessment was ranked with its peers: a round's parent, which may
-- sit above the unit's own parent (a province ranks the communes of its districts). The public
-- results list the ranking under it; null for a table ranked among its own parent's units.
alter table assessment add column ranking_parent_id bigint references unit (id);
create index ix_assessment_ranking_parent on assessment (ranking_parent_id);
