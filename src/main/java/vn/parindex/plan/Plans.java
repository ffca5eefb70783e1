package vn.parindex.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.input.ConflictException;

/** The plan repository: saves a plan whole (header row, then its texts, sections and lines). */
@Repository
public class Plans {

  private static final String COLUMNS =
      "id, unit_id, plan_year, assessment_id, doc_number, authority_upper, authority_unit,"
          + " unit_label, place, issue_day, issue_month, issue_year, title, subject,"
          + " appendix_title, closing, signer_authority, signer_title, signer_name, row_version,"
          + " current_mark, created_at";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final PlanParts parts;

  Plans(JdbcClient jdbc, Clock clock, PlanParts parts) {
    this.parts = parts;
    // Stored times are the server's wall clock (page.Times reads them in the server's zone).
    this.clock = clock.withZone(ZoneId.systemDefault());
    this.jdbc = jdbc;
  }

  /**
   * Inserts a new plan (the current one of its assessment: a second current one breaks the unique
   * index, {@link org.springframework.dao.DuplicateKeyException}) or replaces a stored one if it is
   * still at the version the plan was read at ({@link ConflictException} when someone saved since).
   */
  @Transactional
  public Plan save(Plan plan) {
    LocalDateTime now = LocalDateTime.now(clock);
    long id;
    if (plan.id() == null) {
      var keys = new GeneratedKeyHolder();
      jdbc.sql(
              "insert into plan (unit_id, plan_year, assessment_id, doc_number, authority_upper,"
                  + " authority_unit, unit_label, place, issue_day, issue_month, issue_year, title,"
                  + " subject, appendix_title, closing, signer_authority, signer_title, signer_name,"
                  + " created_at, updated_at, current_mark)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  + (plan.assessmentId() == null ? "null" : "1")
                  + ")")
          .params(
              concat(
                  List.of(plan.unitId(), plan.year()),
                  Arrays.asList(plan.assessmentId()),
                  documentFields(plan),
                  List.of(now, now)))
          .update(keys, "id");
      id = keys.getKey().longValue();
    } else {
      id = plan.id();
      int updated =
          jdbc.sql(
                  "update plan set doc_number = ?, authority_upper = ?, authority_unit = ?,"
                      + " unit_label = ?, place = ?, issue_day = ?, issue_month = ?,"
                      + " issue_year = ?, title = ?, subject = ?, appendix_title = ?, closing = ?,"
                      + " signer_authority = ?, signer_title = ?, signer_name = ?,"
                      + " updated_at = ?, row_version = row_version + 1"
                      + " where id = ? and row_version = ?"
                      + " and (current_mark = 1 or assessment_id is null)")
              .params(concat(documentFields(plan), List.of(now, id, plan.version())))
              .update();
      if (updated == 0) {
        throw new ConflictException("/plans/" + id, List.of(), "plan.version.stale");
      }
      for (String table : List.of("plan_text", "plan_section", "plan_line")) {
        jdbc.sql("delete from " + table + " where plan_id = ?").param(id).update();
      }
    }
    insertChildren(id, plan);
    return plan.id() == null ? plan.withId(id).atVersion(0) : plan.atVersion(plan.version() + 1);
  }

  /** Notes which fields the save that made this version changed. */
  public void recordChanges(long planId, int version, List<String> fields) {
    for (String field : fields) {
      jdbc.sql("insert into plan_version_change (plan_id, version, field) values (?, ?, ?)")
          .params(planId, version, field.length() > 300 ? field.substring(0, 300) : field)
          .update();
    }
  }

  /** The fields changed by the saves made after the given version, in the order they were made. */
  public List<String> changedSince(long planId, int version) {
    return jdbc
        .sql(
            "select field from plan_version_change where plan_id = ? and version > ?"
                + " order by version")
        .params(planId, version)
        .query(String.class)
        .list()
        .stream()
        .distinct()
        .toList();
  }

  /** The current plan of an assessment, if any: its id and when it was drafted. */
  public record Current(long id, LocalDateTime createdAt) {}

  public Optional<Current> current(long assessmentId) {
    return jdbc.sql("select id, created_at from plan where assessment_id = ? and current_mark = 1")
        .param(assessmentId)
        .query((rs, n) -> new Current(rs.getLong(1), rs.getObject(2, LocalDateTime.class)))
        .optional();
  }

  /** Makes the plan an older version; false when it no longer was the current one. */
  public boolean release(long planId) {
    return jdbc.sql("update plan set current_mark = null where id = ? and current_mark = 1")
            .param(planId)
            .update()
        == 1;
  }

  /** One version of the plans of an assessment, newest first. */
  public record Version(long id, LocalDateTime createdAt, boolean current) {}

  public List<Version> versions(long planId) {
    return jdbc.sql(
            "select v.id, v.created_at, v.current_mark from plan v join plan p"
                + " on p.assessment_id = v.assessment_id where p.id = ? order by v.id desc")
        .param(planId)
        .query(
            (rs, n) ->
                new Version(
                    rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getObject(3) != null))
        .list();
  }

  /**
   * Inserts new plans, each the current one of its assessment (one per assessment), in a few
   * statements whatever their number: the headers {@value #CHUNK} a statement, then their texts,
   * sections and lines in three batches. A plan already current for one of the assessments breaks
   * the unique index ({@link org.springframework.dao.DuplicateKeyException}). The saved plans, in
   * the order given.
   */
  @Transactional
  public List<Plan> saveAll(List<Plan> all) {
    LocalDateTime now = LocalDateTime.now(clock);
    java.util.Map<Long, Long> idOf = new java.util.HashMap<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Plan> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      List<Object> params = new ArrayList<>();
      for (Plan plan : chunk) {
        params.addAll(
            concat(
                List.of(plan.unitId(), plan.year(), plan.assessmentId()),
                documentFields(plan),
                List.of(now, now)));
      }
      // typed nulls: an untyped one costs a round trip asking the database for its type
      params.replaceAll(
          v ->
              v == null
                  ? new org.springframework.jdbc.core.SqlParameterValue(Types.NULL, null)
                  : v);
      var keys = new GeneratedKeyHolder();
      jdbc.sql(
              "insert into plan (unit_id, plan_year, assessment_id, doc_number, authority_upper,"
                  + " authority_unit, unit_label, place, issue_day, issue_month, issue_year, title,"
                  + " subject, appendix_title, closing, signer_authority, signer_title, signer_name,"
                  + " created_at, updated_at, current_mark) values "
                  + String.join(
                      ", ",
                      java.util.Collections.nCopies(
                          chunk.size(),
                          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")))
          .params(params)
          .update(keys, "id", "assessment_id");
      for (java.util.Map<String, Object> row : keys.getKeyList()) {
        idOf.put(key(row, "assessment_id"), key(row, "id"));
      }
    }
    List<Plan> saved =
        all.stream().map(p -> p.withId(idOf.get(p.assessmentId())).atVersion(0)).toList();
    parts.insert(saved);
    return saved;
  }

  private static final int CHUNK = 500;

  private static long key(java.util.Map<String, Object> row, String column) {
    Object value = row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    return ((Number) value).longValue();
  }

  private void insertChildren(long id, Plan plan) {
    parts.insert(List.of(plan.withId(id)));
  }

  // One connection for the row and the queries its mapper makes (never two from the pool).
  @Transactional(readOnly = true)
  public Optional<Plan> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from plan where id = ?")
        .param(id)
        .query((rs, n) -> load(rs))
        .optional();
  }

  /** A summary row for lists. */
  public record Summary(
      long id, long unitId, String unitLabel, int year, String number, LocalDateTime updatedAt) {}

  private static final String SUMMARY =
      "select id, unit_id, unit_label, plan_year, doc_number, updated_at from plan"
          + " where (current_mark = 1 or assessment_id is null)";

  /** The current plans (and those drafted without an assessment); older versions are not listed. */
  public List<Summary> list() {
    return jdbc.sql(SUMMARY + " order by id desc").query(Plans::summary).list();
  }

  /** The current plans of one unit, newest first: one query, whatever else is stored. */
  public List<Summary> listOfUnit(long unitId) {
    return jdbc.sql(SUMMARY + " and unit_id = ? order by id desc")
        .param(unitId)
        .query(Plans::summary)
        .list();
  }

  /** The units among these that have a current plan for {@code year} (one query per thousand). */
  public java.util.Set<Long> unitsWithPlan(java.util.Collection<Long> unitIds, int year) {
    java.util.Set<Long> found = new java.util.HashSet<>();
    List<Long> all = List.copyOf(unitIds);
    for (int i = 0; i < all.size(); i += 1000) {
      List<Long> chunk = all.subList(i, Math.min(all.size(), i + 1000));
      List<Object> params = new java.util.ArrayList<>(chunk);
      params.add(year);
      found.addAll(
          jdbc.sql(
                  "select distinct unit_id from plan where (current_mark = 1 or assessment_id is"
                      + " null) and unit_id in ("
                      + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
                      + ") and plan_year = ?")
              .params(params)
              .query(Long.class)
              .list());
    }
    return found;
  }

  /** The criterion code of each line of a plan that names one, by the line's key. */
  public java.util.Map<String, String> lineCodes(long planId) {
    java.util.Map<String, String> codes = new java.util.HashMap<>();
    jdbc.sql(
            "select line_key, code from plan_line where plan_id = ? and code is not null"
                + " and line_key is not null")
        .param(planId)
        .query((rs, n) -> codes.put(rs.getString(1), rs.getString(2)))
        .list();
    return codes;
  }

  private static Summary summary(ResultSet rs, int n) throws SQLException {
    return new Summary(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getInt(4),
        rs.getString(5),
        rs.getObject(6, LocalDateTime.class));
  }

  private Plan load(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    PlanHeader header =
        new PlanHeader(
            rs.getString("authority_upper"),
            rs.getString("authority_unit"),
            rs.getString("unit_label"),
            rs.getString("doc_number"),
            rs.getString("place"),
            new IssueDate(
                (Integer) rs.getObject("issue_day", Integer.class),
                (Integer) rs.getObject("issue_month", Integer.class),
                rs.getInt("issue_year")),
            rs.getString("title"),
            rs.getString("subject"));
    List<PlanSection> sections = new ArrayList<>();
    List<String[]> heads =
        jdbc.sql(
                "select heading, responsible from plan_section where plan_id = ? order by position")
            .param(id)
            .query((r, n) -> new String[] {r.getString(1), r.getString(2)})
            .list();
    for (int i = 0; i < heads.size(); i++) {
      sections.add(new PlanSection(heads.get(i)[0], heads.get(i)[1], texts(id, "ITEM", i + 1)));
    }
    Plan.PlanText text =
        new Plan.PlanText(
            texts(id, "LEGAL", null),
            texts(id, "OPENING", null),
            sections,
            rs.getString("closing"),
            texts(id, "RECIPIENT", null),
            rs.getString("appendix_title"));
    Signature signature =
        new Signature(
            rs.getString("signer_authority"),
            rs.getString("signer_title"),
            rs.getString("signer_name"));
    long assessment = rs.getLong("assessment_id");
    Long assessmentId = rs.wasNull() ? null : assessment;
    return new Plan(
            id,
            rs.getLong("unit_id"),
            rs.getInt("plan_year"),
            assessmentId,
            header,
            text,
            signature,
            lines(id))
        .atVersion(rs.getInt("row_version"));
  }

  private List<String> texts(long id, String kind, Integer section) {
    String where = section == null ? " and section_position is null" : " and section_position = ?";
    var spec =
        jdbc.sql(
                "select content from plan_text where plan_id = ? and kind = ?"
                    + where
                    + " order by position")
            .param(id)
            .param(kind);
    if (section != null) {
      spec = spec.param(section);
    }
    return spec.query(String.class).list();
  }

  private List<PlanLine> lines(long id) {
    return jdbc.sql(
            "select position, area, code, content, max_points, points, reason, measure,"
                + " responsible, deadline, note, line_key, loss_kind from plan_line where plan_id = ?"
                + " order by position")
        .param(id)
        .query(
            (r, n) ->
                new PlanLine(
                    r.getInt("position"),
                    r.getBoolean("area"),
                    r.getString("code"),
                    r.getString("content"),
                    r.getBigDecimal("max_points"),
                    r.getBigDecimal("points"),
                    r.getString("reason"),
                    r.getString("measure"),
                    r.getString("responsible"),
                    r.getObject("deadline", LocalDate.class),
                    r.getString("note"),
                    r.getString("line_key"),
                    r.getString("loss_kind")))
        .list();
  }

  /** The document's own fields, in the column order both the insert and the update use. */
  private static List<Object> documentFields(Plan plan) {
    PlanHeader h = plan.header();
    Signature s = plan.signature();
    return Arrays.asList(
        h.number(),
        h.authorityUpper(),
        h.authorityUnit(),
        h.unitLabel(),
        h.place(),
        h.issueDate().day(),
        h.issueDate().month(),
        h.issueDate().year(),
        h.title(),
        h.subject(),
        plan.appendixTitle(),
        plan.closing(),
        s.authority(),
        s.title(),
        s.name());
  }

  @SafeVarargs
  private static List<Object> concat(List<? extends Object>... parts) {
    List<Object> all = new ArrayList<>();
    for (List<? extends Object> part : parts) {
      all.addAll(part);
    }
    return all;
  }
}
