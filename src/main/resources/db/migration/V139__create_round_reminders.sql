-- A reminder that a deadline of the unit's own step is near (self-assessment still in draft,
-- explanations not yet submitted): a week before and on the eve. Claimed once per (unit in a round,
-- deadline, days before) by the primary key, so two app instances running the job at once remind
-- once; the notice itself goes through round_notice as every other event of a round.
create table round_reminder (
    round_unit_id bigint not null references round_unit (id) on delete cascade,
    deadline varchar(20) not null,
    days_before integer not null,
    due_on date not null,
    sent_at timestamp not null,
    primary key (round_unit_id, deadline, days_before)
);
