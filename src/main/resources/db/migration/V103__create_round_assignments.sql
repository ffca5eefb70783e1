-- Who fills and who appraises which criterion in a round (feature "round"). A code may be an area
-- or any parent: it stands for all its leaves, and the most specific assigned code decides a leaf.
-- The unit's PAR officer assigns criteria to the unit's departments, versioned per unit in the round.
alter table round_unit add column fillers_version integer not null default 0;
create table round_filler (
    round_unit_id bigint not null references round_unit (id) on delete cascade,
    code varchar(30) not null,
    department_id bigint not null references department (id),
    primary key (round_unit_id, code)
);

-- The province assigns criteria to appraising departments of the round's parent, versioned per round.
alter table index_round add column appraisers_version integer not null default 0;
create table round_appraiser (
    round_id bigint not null references index_round (id) on delete cascade,
    code varchar(30) not null,
    department_id bigint not null references department (id),
    primary key (round_id, code)
);
