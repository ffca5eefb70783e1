-- What the chairman writes at submission for the self-assessment report ("Khó khăn, vướng mắc",
-- "Đề xuất, kiến nghị"), and the day of that submission (the report's date).
alter table round_unit add column difficulties varchar(4000);
alter table round_unit add column proposals varchar(4000);
alter table round_unit add column submitted_on date;
