-- Moves on with every change to an assessment's entries, so that a scored tree computed once can be
-- reused until the assessment changes (on this instance or any other).
alter table assessment add column row_version integer default 0 not null;
