-- A unit's own obligation is one per kind and title: added twice (a second click, a form sent again,
-- a file imported twice) it was listed twice on the calendar and the home page. What was recorded
-- against a duplicate moves to the first of its kind and title, then the duplicates go.
update obligation_occurrence set obligation_id = (
    select min(k.id) from obligation k, obligation d
    where d.id = obligation_occurrence.obligation_id
      and k.unit_id = d.unit_id and k.set_id is null and k.kind = d.kind and k.title = d.title)
where obligation_id in (
    select d.id from obligation d
    where d.unit_id is not null and d.set_id is null
      and exists (select 1 from obligation k
                  where k.unit_id = d.unit_id and k.set_id is null and k.kind = d.kind
                    and k.title = d.title and k.id < d.id));

delete from obligation
where unit_id is not null and set_id is null
  and exists (select 1 from obligation k
              where k.unit_id = obligation.unit_id and k.set_id is null and k.kind = obligation.kind
                and k.title = obligation.title and k.id < obligation.id);

-- Only a unit's own rows have a unit: a set's and the defaults have none, and nulls never collide.
alter table obligation add constraint uq_obligation_own unique (unit_id, kind, title);
