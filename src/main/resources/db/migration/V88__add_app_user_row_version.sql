-- Moves on with every change an administrator makes to an account, so that two administrators
-- editing the same account at once end in one change and one clear refusal, never a silent overwrite.
alter table app_user add column row_version integer default 0 not null;
