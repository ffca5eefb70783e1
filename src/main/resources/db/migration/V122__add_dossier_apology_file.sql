-- The apology letter (feature "dossier", indicator APOLOGY): its version, so a stale edit is refused
-- rather than lost, and its optional scanned copy (PDF or image, checked by content, bounded by the
-- application) kept beside it.
alter table dossier_apology add column version integer not null default 0;
alter table dossier_apology add column file_name varchar(200);
alter table dossier_apology add column file_type varchar(100);
alter table dossier_apology add column file_content bytea;
alter table dossier_apology add column updated_at timestamp;
alter table dossier_apology add column updated_by varchar(100);
