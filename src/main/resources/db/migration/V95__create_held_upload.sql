-- An upload held while its person decides ("Thay bằng phiên bản mới", "create these units"): in the
-- database, so the confirm step works on any instance and after a restart. Rows expire after half
-- an hour and are deleted by the next hold; each user holds a few, of bounded size.
create table held_upload (
    token varchar(64) not null,
    username varchar(100) not null,
    purpose varchar(20) not null,
    file_name varchar(500),
    content bytea not null,
    size_bytes bigint not null,
    details varchar(2000),
    held_at timestamp not null,
    constraint pk_held_upload primary key (token)
);
create index ix_held_upload_user on held_upload (username, held_at);
create index ix_held_upload_at on held_upload (held_at);
