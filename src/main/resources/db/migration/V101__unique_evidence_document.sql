-- A second click on the same file with the same number gives back the document already stored,
-- never a second one, also when two clicks arrive at once. Copies stored before this index keep
-- their links; their number is marked with their id so the index can be built.
update evidence_document set doc_number = substring(doc_number, 1, 80) || ' #' || cast(id as varchar(20))
where exists (select 1 from evidence_document o where o.unit_id = evidence_document.unit_id
  and o.sha256 = evidence_document.sha256 and o.doc_number = evidence_document.doc_number
  and o.id < evidence_document.id);
create unique index uq_evidence_document_same on evidence_document (unit_id, sha256, doc_number);
