-- PostgreSQL only (db/vendor/postgresql, run after V116 of db/migration): the dossier table becomes
-- partitioned by the year of reception, one partition a year from 2020 to 2035 and a default one
-- for any other year, so that a province's ten million rows stay in yearly pieces a query for a
-- period reads alone (and an old year can be detached). A partitioned table's key must hold its
-- partition key: (unit_id, code) is unique per year here, and the import finds a dossier by
-- (unit_id, code) under a per-unit lock, so a re-sync never adds a second row. H2 has no
-- partitions and keeps V116's table.
alter table dossier rename to dossier_unpartitioned;
alter table dossier_unpartitioned rename constraint dossier_pkey to dossier_unpartitioned_pkey;
drop index ix_dossier_received;
drop index ix_dossier_finished;

create table dossier (
    unit_id bigint not null references unit (id),
    code varchar(100) not null,
    procedure_code varchar(100) not null,
    received_at timestamp not null,
    received_year integer not null,
    due_at timestamp,
    effective_due_at timestamp,
    finished_at timestamp,
    returned_at timestamp,
    status smallint not null,
    channel smallint,
    digitised boolean not null,
    paid_online boolean not null,
    fee_total decimal(18, 2) not null,
    e_result boolean not null,
    supplement_count integer not null,
    late boolean,
    content_hash varchar(64) not null,
    synced_at timestamp not null,
    primary key (unit_id, code, received_year)
) partition by range (received_year);

do $$
begin
  for y in 2020..2035 loop
    execute format(
      'create table dossier_y%s partition of dossier for values from (%s) to (%s)', y, y, y + 1);
  end loop;
end
$$;
create table dossier_other_years partition of dossier default;

create index ix_dossier_received on dossier (unit_id, received_at);
create index ix_dossier_finished on dossier (unit_id, finished_at);

insert into dossier select * from dossier_unpartitioned;
drop table dossier_unpartitioned;
