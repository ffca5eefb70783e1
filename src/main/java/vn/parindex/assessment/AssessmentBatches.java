package vn.parindex.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.account.AuditLog;
import vn.parindex.input.ConflictException;

/**
 * Many new assessments stored at once (a round's publication: one per unit of a province), in a few
 * statements whatever their number: the current versions looked up in one query, the new rows and
 * their entries inserted {@value #CHUNK} rows a statement, their audit rows in one batch. A unit
 * that already has a current version for the year and stage (an imported table) goes through {@link
 * Assessments#save}, which carries its stated rank over and keeps it as an older version.
 */
@Repository
public class AssessmentBatches {

  private static final int CHUNK = 500;

  private final JdbcClient jdbc;
  private final Assessments assessments;
  private final AuditLog audit;

  AssessmentBatches(JdbcClient jdbc, Assessments assessments, AuditLog audit) {
    this.jdbc = jdbc;
    this.assessments = assessments;
    this.audit = audit;
  }

  /**
   * Stores each assessment (of one year and stage, one per unit, createdAt set) as its unit's
   * current one; the stored ones, with their ids, in the order given. Someone storing the same
   * unit's at the same moment: {@link ConflictException}, nothing of this call is kept.
   */
  @Transactional
  public List<Assessment> saveAll(Actor by, List<Assessment> all) {
    if (all.isEmpty()) {
      return List.of();
    }
    Set<Long> withCurrent = current(all);
    Map<Long, Long> idOfUnit = new HashMap<>();
    List<Assessment> fresh = all.stream().filter(a -> !withCurrent.contains(a.unitId())).toList();
    try {
      for (int from = 0; from < fresh.size(); from += CHUNK) {
        idOfUnit.putAll(insert(fresh.subList(from, Math.min(fresh.size(), from + CHUNK))));
      }
    } catch (DuplicateKeyException e) {
      throw new ConflictException(
          null, List.of(), "assessment.version.concurrent", String.valueOf(all.get(0).year()));
    }
    List<Object[]> entries = new ArrayList<>();
    List<AuditLog.Record> records = new ArrayList<>();
    List<Assessment> stored = new ArrayList<>();
    for (Assessment a : all) {
      Long id = idOfUnit.get(a.unitId());
      if (id == null) {
        stored.add(assessments.save(by, a));
        continue;
      }
      entries.addAll(assessments.entryRows(id, a));
      records.add(
          new AuditLog.Record(id, "imported", null, a.sourceName() == null ? "—" : a.sourceName()));
      stored.add(a.withId(id));
    }
    assessments.insertEntryRows(entries);
    audit.recordAll(by, Assessments.AUDIT_TYPE, records);
    return stored;
  }

  /**
   * Records that these stored assessments were ranked together under {@code parentUnitId} (a
   * round's parent, possibly above their own parents), so the public results list them there.
   */
  @Transactional
  public void rankedUnder(List<Long> assessmentIds, long parentUnitId) {
    for (int from = 0; from < assessmentIds.size(); from += CHUNK) {
      List<Long> chunk = assessmentIds.subList(from, Math.min(assessmentIds.size(), from + CHUNK));
      jdbc.sql("update assessment set ranking_parent_id = :parent where id in (:ids)")
          .param("parent", parentUnitId)
          .param("ids", chunk)
          .update();
    }
  }

  /** The units among these that already have a current version of that year and stage. */
  private Set<Long> current(List<Assessment> all) {
    Set<Long> found = new HashSet<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Assessment> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      List<Object> params = new ArrayList<>();
      params.add(chunk.get(0).year());
      params.add(chunk.get(0).stage().name());
      chunk.forEach(a -> params.add(a.unitId()));
      found.addAll(
          jdbc.sql(
                  "select unit_id from assessment where index_year = ? and stage = ?"
                      + " and current_mark = 1 and unit_id in ("
                      + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                      + ")")
              .params(params)
              .query(Long.class)
              .list());
    }
    return found;
  }

  /** The new rows' ids by unit (one current row per unit: the unit names its row). */
  private Map<Long, Long> insert(List<Assessment> chunk) {
    List<Object> params = new ArrayList<>(chunk.size() * 11);
    chunk.forEach(a -> params.addAll(Assessments.typed(Assessments.row(a))));
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            Assessments.INSERT
                + String.join(", ", Collections.nCopies(chunk.size(), Assessments.ROW_MARKS)))
        .params(params)
        .update(keys, "id", "unit_id");
    Map<Long, Long> ids = new HashMap<>();
    for (Map<String, Object> row : keys.getKeyList()) {
      ids.put(number(row, "unit_id"), number(row, "id"));
    }
    if (ids.size() != chunk.size()) {
      throw new IllegalStateException("inserted " + chunk.size() + ", keys " + ids.size());
    }
    return ids;
  }

  private static long number(Map<String, Object> row, String column) {
    Object value = row.get(column);
    if (value == null) {
      value = row.get(column.toUpperCase());
    }
    return ((Number) value).longValue();
  }
}
