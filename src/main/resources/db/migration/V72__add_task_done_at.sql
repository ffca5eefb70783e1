-- When a task was last declared done, kept on the task: the dashboards count tasks done by their due
-- date without grouping every task's updates on each view.
alter table task add column done_at timestamp;
update task set done_at = (select max(u.at) from task_update u where u.task_id = task.id and u.status_to = 'DONE')
where status in ('DONE', 'VERIFIED');
