-- Failed sign-ins are counted per user name AND source address: a lock-out then stops the guesser,
-- not the real user signing in from elsewhere.
alter table login_failure add column source varchar(64) default '' not null;
create index ix_login_failure_source on login_failure (username, source, at);
