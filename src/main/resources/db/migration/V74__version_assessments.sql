-- A unit has one current assessment per year and round: a re-upload makes a new version and the old
-- one stays readable in history. current_mark is 1 on the current row and null on replaced ones, so the
-- unique index holds among current rows only (nulls never collide, on H2 and PostgreSQL alike): two
-- uploads at once end in one success and one refusal.
alter table assessment add column current_mark smallint;
update assessment set current_mark = 1
where id in (select max(a.id) from assessment a group by a.unit_id, a.index_year, a.stage);
create unique index uq_assessment_current on assessment (unit_id, index_year, stage, current_mark);
