-- A target chosen among the cheapest points (feature "simulation"): the task made for it follows a
-- live one-stop indicator of its unit (or none, when the criterion has no indicator), towards a rate.
create table simulation_target (
    task_id bigint primary key,
    assessment_id bigint not null,
    criterion_code varchar(50) not null,
    unit_id bigint not null,
    indicator_code varchar(40),
    target_rate decimal(7, 2) not null,
    created_at timestamp not null
);

-- The indicator's figure each time it was seen to move (on a view of the task, or by the hourly
-- job), so a task shows 93 % -> 97 % -> 100 % without anyone typing it.
create table simulation_target_reading (
    task_id bigint not null references simulation_target (task_id),
    seq integer not null,
    numerator bigint not null,
    denominator bigint not null,
    recorded_at timestamp not null,
    primary key (task_id, seq)
);
