package vn.parindex.round;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.parindex.task.EvidenceUploads;

/** A unit's evidence documents (evidence_document): one document may prove several criteria. */
@Repository
class EvidenceDocuments {

  /** A document as the API shows it. */
  record Document(
      long id,
      long unitId,
      String number,
      LocalDate date,
      String issuer,
      String title,
      String fileName,
      String contentType,
      long size) {}

  private final JdbcClient jdbc;

  EvidenceDocuments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long unitId, EvidenceUploads.Checked file, EvidenceForm form, long userId, LocalDateTime at) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into evidence_document (unit_id, sha256, size_bytes, content_type,"
                + " original_name, doc_number, doc_date, issuer, title, uploaded_by, uploaded_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            unitId,
            file.sha256(),
            file.size(),
            file.mediaType(),
            file.safeName(),
            form.number(),
            form.date(),
            form.issuer(),
            form.title(),
            userId,
            at)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<Document> find(long id) {
    return jdbc.sql(
            "select id, unit_id, doc_number, doc_date, issuer, title, original_name, content_type,"
                + " size_bytes from evidence_document where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Document(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getLong(9)))
        .optional();
  }

  Optional<String> sha256(long id) {
    return jdbc.sql("select sha256 from evidence_document where id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  /** The unit's document of this content and number, if stored already (a second click). */
  Optional<Long> same(long unitId, String sha256, String number) {
    return jdbc.sql(
            "select id from evidence_document where unit_id = ? and sha256 = ? and doc_number = ?")
        .params(unitId, sha256, number)
        .query(Long.class)
        .optional();
  }

  /** The unit's documents with their upload time, newest document date first. */
  List<Listed> ofUnit(long unitId) {
    return jdbc.sql(
            "select id, unit_id, doc_number, doc_date, issuer, title, original_name, content_type,"
                + " size_bytes, sha256 from evidence_document where unit_id = ?"
                + " order by doc_date desc, id desc")
        .param(unitId)
        .query(
            (rs, n) ->
                new Listed(
                    new Document(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getLong(9)),
                    rs.getString(10)))
        .list();
  }

  /** A document and the SHA-256 of its content (one stored file per hash). */
  record Listed(Document document, String sha256) {}

  /** The criteria of one unit's round that cite each document (self or explanation), by code. */
  java.util.Map<Long, java.util.SortedSet<String>> uses(long roundUnitId) {
    java.util.Map<Long, java.util.SortedSet<String>> out = new java.util.HashMap<>();
    jdbc.sql(
            "select ee.document_id, e.code from round_entry_evidence ee"
                + " join round_entry e on e.id = ee.entry_id where ee.round_unit_id = ?")
        .param(roundUnitId)
        .query(
            (rs, n) ->
                out.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>())
                    .add(rs.getString(2)))
        .list();
    return out;
  }

  /** Those of {@code ids} that are not documents of the unit (another unit's, or none at all). */
  List<Long> notOfUnit(long unitId, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Long> own =
        jdbc.sql("select id from evidence_document where unit_id = :unit and id in (:ids)")
            .param("unit", unitId)
            .param("ids", ids)
            .query(Long.class)
            .list();
    return ids.stream().filter(id -> !own.contains(id)).toList();
  }
}
