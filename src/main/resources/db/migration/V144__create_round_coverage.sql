-- Each unit is ranked once a year per criteria set: a unit one round of a year and set covers
-- cannot be covered by another (a province's round and a district's, or the same parent twice),
-- also when two openings run at once. Rounds opened before keep the first round's cover.
create table round_coverage (
    index_year integer not null,
    set_id bigint not null,
    unit_id bigint not null references unit (id),
    round_id bigint not null references index_round (id) on delete cascade,
    primary key (index_year, set_id, unit_id)
);
create index ix_round_coverage_round on round_coverage (round_id);

insert into round_coverage (index_year, set_id, unit_id, round_id)
select r.index_year, r.set_id, u.unit_id, min(r.id)
from round_unit u
join index_round r on r.id = u.round_id
group by r.index_year, r.set_id, u.unit_id;
