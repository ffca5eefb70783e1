-- One task per plan line unless the officer splits it: line_mark is 1 on a line's own task and null
-- on the further tasks the officer deliberately split off, so the unique index refuses a second
-- click (or a second person) making the same line's task twice.
alter table task add column plan_line_key varchar(40);
alter table task add column line_mark smallint;
update task set plan_line_key = (
    select min(l.line_key) from plan_line l
    where l.plan_id = task.plan_id and l.area = false and l.code = task.criterion_codes)
where plan_id is not null and criterion_codes is not null;
update task set line_mark = 1
where id in (select min(t.id) from task t where t.plan_line_key is not null group by t.plan_id, t.plan_line_key);
create unique index uq_task_plan_line on task (plan_id, plan_line_key, line_mark);
