-- What the ranking's leaf-loss sum needs of an entry's criterion, kept on the entry (written at every
-- save by assessment.Assessments) so the sum reads entries alone instead of joining each of them to
-- its criterion on the code. By the stored criterion's own rule: criterion_kind 1 = a leaf (a
-- criterion with a method) and leaf_max its maximum; 2 = an area (a root without a method); 0 =
-- neither (an inner criterion, or a code that is not in the assessment's set). Null = not recorded (a
-- row written outside the app): the ranking then reads that assessment's entries in full, so such a
-- row is slower to rank, never ranked differently. The criteria of a saved set never change and an
-- assessment never changes its set, so these values cannot go stale.
alter table assessment_entry add column criterion_kind smallint;
alter table assessment_entry add column leaf_max numeric(10, 4);

update assessment_entry set
    criterion_kind = coalesce(
        (select case when c.method is not null then 1 when c.parent_code is null then 2 else 0 end
         from assessment a join criterion c on c.set_id = a.set_id and c.code = assessment_entry.code
         where a.id = assessment_entry.assessment_id), 0),
    leaf_max =
        (select c.max_points
         from assessment a join criterion c on c.set_id = a.set_id and c.code = assessment_entry.code
         where a.id = assessment_entry.assessment_id and c.method is not null);

-- A leaf has its maximum, nothing else has one (a null kind passes the first test, not the second).
alter table assessment_entry add constraint ck_assessment_entry_criterion_kind
    check (criterion_kind in (0, 1, 2));
alter table assessment_entry add constraint ck_assessment_entry_leaf_max
    check (case when criterion_kind = 1 then leaf_max is not null else leaf_max is null end);
