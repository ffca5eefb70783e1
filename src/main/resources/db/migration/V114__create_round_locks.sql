-- A deadline that passed for a unit still at that step (self-assessment in draft, explanations not
-- submitted): the unit is appraised as it stands. The lock itself is read from the clock at each
-- write; this row records that it happened, claimed once per (unit in a round, deadline) by its
-- primary key, so that two app instances running the job at once record (and tell) it once.
create table round_lock (
    round_unit_id bigint not null references round_unit (id) on delete cascade,
    deadline varchar(20) not null,
    state varchar(30) not null,
    due_on date not null,
    locked_at timestamp not null,
    primary key (round_unit_id, deadline)
);
