-- One current plan per assessment (a re-draft makes a new version, the old one stays readable), a
-- version that moves on with every save (a stale save is refused), and a key that keeps a plan line's
-- identity across saves (tasks point at it).
alter table plan add column current_mark smallint;
alter table plan add column row_version integer default 0 not null;
update plan set current_mark = 1
where id in (select max(p.id) from plan p where p.assessment_id is not null group by p.assessment_id);
create unique index uq_plan_current on plan (assessment_id, current_mark);
alter table plan_line add column line_key varchar(40);
update plan_line set line_key = 'L' || cast(id as varchar(20));
-- The fields each save changed, by the version it made: a stale save is told what the other person
-- changed since the version it was edited from.
create table plan_version_change (
    plan_id bigint not null references plan (id) on delete cascade,
    version integer not null,
    field varchar(300) not null
);
create index ix_plan_version_change on plan_version_change (plan_id, version);
