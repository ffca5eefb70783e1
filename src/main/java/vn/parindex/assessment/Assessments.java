package vn.parindex.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.account.AuditLog;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.ScoreInput;
import vn.parindex.input.ConflictException;
import vn.parindex.unit.Units;

/** The assessment repository: the assessment feature's public API for loading and saving scores. */
@Repository
public class Assessments {

  private static final String COLUMNS =
      "id, unit_id, index_year, set_id, stage, reported_total, stated_loss, source_name, created_at,"
          + " stated_rank, stated_rank_of, stated_rank_change";

  /** The entity type of an assessment's changes in the audit trail. */
  public static final String AUDIT_TYPE = "ASSESSMENT";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final AssessmentVersions versions;
  private final Clock clock;
  private final Units units;
  private final CriteriaSets sets;
  private final vn.parindex.input.BulkRows bulk;

  Assessments(
      JdbcClient jdbc,
      AuditLog audit,
      AssessmentVersions versions,
      Clock clock,
      Units units,
      CriteriaSets sets,
      vn.parindex.input.BulkRows bulk) {
    this.jdbc = jdbc;
    this.bulk = bulk;
    this.units = units;
    this.sets = sets;
    this.audit = audit;
    this.versions = versions;
    // stored moments are the server's wall clock, as everywhere (see package-info of account)
    this.clock = clock.withZone(ZoneId.systemDefault());
  }

  private static final int INSERT_CHUNK = 500;

  /**
   * Stores the assessment as the current one of its unit, year and round, replacing the current one
   * if any (which stays readable as an older version). Used where replacing is the intent (a
   * published results table); an upload asks first through {@link #saveVersion}.
   */
  @Transactional
  public Assessment save(Actor by, Assessment a) {
    return saveVersion(by, a, true, null);
  }

  /**
   * Stores the assessment as the new current version of its unit, year and round. With a current
   * one already there, {@code replace} must be given (else 409 with the current one's link), and
   * {@code seenCurrentId}, when given, must still be the current one (else someone replaced it in
   * between: 409). What the new table does not restate (stated rank, stated loss) is carried over.
   * Two callers at once end in one success and one {@link ConflictException}: the unique index on
   * the current rows decides.
   */
  @Transactional
  public Assessment saveVersion(Actor by, Assessment a, boolean replace, Long seenCurrentId) {
    Optional<AssessmentVersions.Version> current =
        versions.current(a.unitId(), a.year(), a.stage());
    Assessment toStore = a.createdAt() == null ? a.createdAt(LocalDateTime.now(clock)) : a;
    if (current.isPresent()) {
      AssessmentVersions.Version now = current.get();
      if (!replace) {
        throw AssessmentVersions.exists(now, "assessment.version.exists", a.year());
      }
      if (seenCurrentId != null && seenCurrentId != now.id()) {
        throw AssessmentVersions.exists(now, "assessment.version.changed", a.year());
      }
      toStore = carriedOver(toStore, now.id());
      if (!versions.release(now.id())) {
        throw AssessmentVersions.exists(now, "assessment.version.changed", a.year());
      }
    }
    long id;
    try {
      id = insert(toStore);
    } catch (DuplicateKeyException e) {
      throw new ConflictException(
          null, List.of(), "assessment.version.concurrent", String.valueOf(a.year()));
    }
    insertEntryRows(entryRows(id, toStore));
    audit.record(
        by, AUDIT_TYPE, id, "imported", null, a.sourceName() == null ? "—" : a.sourceName());
    current.ifPresent(old -> audit.record(by, AUDIT_TYPE, id, "replaces", null, "#" + old.id()));
    return toStore.withId(id);
  }

  /**
   * Refuses (409, with the current one's link) when the unit has scores for that year and round.
   */
  public void refuseIfCurrent(long unitId, int year, AssessmentStage stage) {
    versions.refuseIfCurrent(unitId, year, stage);
  }

  /** The rank and loss the replaced version stated, when the new table does not restate them. */
  private Assessment carriedOver(Assessment a, long oldId) {
    Assessment old = findById(oldId).orElseThrow();
    Assessment next = a;
    if (a.statedLoss() == null && old.statedLoss() != null) {
      next = next.withStatedLoss(old.statedLoss());
    }
    if (a.statedRank().isEmpty() && !old.statedRank().isEmpty()) {
      next = next.withStatedRank(old.statedRank());
    }
    return next;
  }

  private long insert(Assessment a) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(INSERT + ROW_MARKS).params(row(a)).update(keys, "id");
    return keys.getKey().longValue();
  }

  /** The insert of assessment rows, each as {@link #ROW_MARKS} with the values of {@link #row}. */
  static final String INSERT =
      "insert into assessment (unit_id, index_year, set_id, stage, reported_total, stated_loss,"
          + " source_name, created_at, stated_rank, stated_rank_of, stated_rank_change,"
          + " current_mark) values ";

  static final String ROW_MARKS = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

  /** One new current assessment's values, in the order of {@link #INSERT}. */
  static List<Object> row(Assessment a) {
    StatedRank rank = a.statedRank();
    return Arrays.asList(
        a.unitId(),
        a.year(),
        a.criteriaSetId(),
        a.stage().name(),
        a.reportedTotal(),
        a.statedLoss(),
        a.sourceName(),
        a.createdAt(),
        rank.rank(),
        rank.of(),
        rank.change());
  }

  /** Replaces one entry's recorded values (used by edits; the audit trail records the change). */
  @Transactional
  public void saveEntry(Actor by, long assessmentId, AssessmentEntry e) {
    jdbc.sql("update assessment set row_version = row_version + 1 where id = ?")
        .param(assessmentId)
        .update();
    writeEntry(by, assessmentId, e);
  }

  /**
   * Replaces one entry's values if the assessment is still at the version the editor saw; false
   * (nothing stored) when someone saved in between. Old versions are read-only: 409.
   */
  @Transactional
  public boolean saveEntry(Actor by, long assessmentId, AssessmentEntry e, int seenVersion) {
    int moved =
        jdbc.sql(
                "update assessment set row_version = row_version + 1"
                    + " where id = ? and row_version = ? and current_mark = 1")
            .params(assessmentId, seenVersion)
            .update();
    if (moved == 0) {
      return false;
    }
    writeEntry(by, assessmentId, e);
    return true;
  }

  private void writeEntry(Actor by, long assessmentId, AssessmentEntry e) {
    // The set in the same statement: the new entry records what its criterion is (EntryCriterion).
    Long[] setId = {null};
    EntryChanges.Recorded before =
        jdbc.sql(
                "select a.set_id, e.points, e.reason, e.measure, e.note from assessment a"
                    + " left join assessment_entry e on e.assessment_id = a.id and e.code = ?"
                    + " where a.id = ?")
            .params(e.code().value(), assessmentId)
            .query(
                (rs, n) -> {
                  setId[0] = rs.getLong(1);
                  return new EntryChanges.Recorded(
                      rs.getBigDecimal(2), rs.getString(3), rs.getString(4), rs.getString(5));
                })
            .optional()
            .orElse(EntryChanges.Recorded.NONE);
    for (EntryChanges.Change c : EntryChanges.between(e.code(), before, e)) {
      audit.record(by, AUDIT_TYPE, assessmentId, c.field(), c.oldValue(), c.newValue());
    }
    jdbc.sql("delete from assessment_entry where assessment_id = ? and code = ?")
        .params(assessmentId, e.code().value())
        .update();
    // No assessment row: the insert fails on its foreign key, as it always did.
    EntryCriterion criterion =
        setId[0] == null ? new EntryCriterion(EntryCriterion.OTHER, null) : criterion(setId[0], e);
    insertEntryRows(List.<Object[]>of(entryRow(assessmentId, e, criterion)));
  }

  /** The assessment's row version (moves on with each entry saved); empty for an unknown id. */
  public Optional<Integer> version(long id) {
    return jdbc.sql("select row_version from assessment where id = ?")
        .param(id)
        .query(Integer.class)
        .optional();
  }

  /**
   * The rows of this assessment's entries ({@link #entryRow}), stored as {@code assessmentId}, each
   * with what its criterion is in the assessment's set.
   */
  List<Object[]> entryRows(long assessmentId, Assessment a) {
    CriteriaSet set = set(a.criteriaSetId());
    List<Object[]> rows = new ArrayList<>(a.entries().size());
    for (AssessmentEntry e : a.entries()) {
      rows.add(entryRow(assessmentId, e, EntryCriterion.of(set, e.code())));
    }
    return rows;
  }

  private EntryCriterion criterion(long setId, AssessmentEntry e) {
    return EntryCriterion.of(set(setId), e.code());
  }

  /** The assessment's set (kept by CriteriaSets: a saved set never changes). */
  private CriteriaSet set(long setId) {
    return sets.findById(setId)
        .orElseThrow(() -> new IllegalStateException("no criteria set " + setId));
  }

  /** The columns of an entry row ({@link #entryRow}), in its order. */
  private static final List<String> ENTRY_COLUMNS =
      List.of(
          "assessment_id",
          "code",
          "points",
          "rate",
          "numerator",
          "denominator",
          "count_value",
          "level_value",
          "done",
          "answers",
          "reason",
          "measure",
          "note",
          "source_text",
          "source_row",
          "criterion_kind",
          "leaf_max");

  /**
   * A COPY costs two round trips to an insert's one: below this many rows the inserts are as quick.
   */
  private static final int COPY_FROM = 50;

  /**
   * Inserts entry rows ({@link #entryRow}): on PostgreSQL many at once by COPY (a publication
   * stores a province's 13,440), else {@value #INSERT_CHUNK} to a statement.
   */
  void insertEntryRows(List<Object[]> rows) {
    if (rows.size() >= COPY_FROM && bulk.copy("assessment_entry", ENTRY_COLUMNS, rows)) {
      return;
    }
    String marks = "(" + String.join(", ", Collections.nCopies(ENTRY_COLUMNS.size(), "?")) + ")";
    for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
      List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
      List<Object> params = new ArrayList<>(chunk.size() * ENTRY_COLUMNS.size());
      chunk.forEach(r -> params.addAll(typed(Arrays.asList(r))));
      jdbc.sql(
              "insert into assessment_entry ("
                  + String.join(", ", ENTRY_COLUMNS)
                  + ") values "
                  + String.join(", ", Collections.nCopies(chunk.size(), marks)))
          .params(params)
          .update();
    }
  }

  /** One entry's values, in the order of the entry insert. */
  private static Object[] entryRow(long assessmentId, AssessmentEntry e, EntryCriterion c) {
    ScoreInput in = e.input();
    return new Object[] {
      assessmentId,
      e.code().value(),
      e.points(),
      in.rate(),
      in.numerator(),
      in.denominator(),
      in.count(),
      in.level(),
      in.done(),
      Answers.format(in.answers()),
      e.reason(),
      e.measure(),
      e.note(),
      e.sourceText(),
      e.sourceRow(),
      c.kind(),
      c.leafMax()
    };
  }

  /**
   * A null given as an untyped value makes the JDBC driver ask the database for its column's type,
   * a round trip per null (thousands in a statement of 500 rows); a null typed NULL does not.
   */
  static List<Object> typed(List<Object> values) {
    List<Object> typed = new ArrayList<>(values.size());
    for (Object v : values) {
      typed.add(v == null ? TYPED_NULL : v);
    }
    return typed;
  }

  private static final org.springframework.jdbc.core.SqlParameterValue TYPED_NULL =
      new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.NULL, null);

  // One connection for the row and the queries its mapper makes (never two from the pool).
  @Transactional(readOnly = true)
  public Optional<Assessment> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from assessment where id = ?")
        .param(id)
        .query((rs, n) -> load(rs))
        .optional();
  }

  /** The current assessments of a unit, newest year first, latest stage first. */
  // One connection for the row and the queries its mapper makes (never two from the pool).
  @Transactional(readOnly = true)
  public List<Assessment> findByUnit(long unitId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from assessment where unit_id = ? and current_mark = 1"
                + " order by index_year desc, id desc")
        .param(unitId)
        .query((rs, n) -> load(rs))
        .list();
  }

  /** The newest current assessment of a unit for a year, if any. */
  // One connection for the row and the queries its mapper makes (never two from the pool).
  @Transactional(readOnly = true)
  public Optional<Assessment> findLatest(long unitId, int year) {
    return jdbc
        .sql(
            "select "
                + COLUMNS
                + " from assessment where unit_id = ? and index_year = ? and current_mark = 1"
                + " order by id desc")
        .params(unitId, year)
        .query((rs, n) -> load(rs))
        .list()
        .stream()
        .findFirst();
  }

  /** A summary row for lists. */
  public record Summary(
      long id,
      long unitId,
      String unitName,
      int year,
      AssessmentStage stage,
      String sourceName,
      LocalDateTime createdAt) {}

  private static final String SUMMARY =
      "select a.id, a.unit_id, a.index_year, a.stage, a.source_name, a.created_at"
          + " from assessment a where a.current_mark = 1";

  /** The current assessments (replaced versions are reached from their current one). */
  public List<Summary> list() {
    return named(jdbc.sql(SUMMARY + " order by a.id desc").query(Assessments::summary).list());
  }

  /** The current assessments of one unit, newest first: one query, whatever else is stored. */
  public List<Summary> listOfUnit(long unitId) {
    return named(
        jdbc.sql(SUMMARY + " and a.unit_id = ? order by a.id desc")
            .param(unitId)
            .query(Assessments::summary)
            .list());
  }

  /** The current assessments of these units, newest first (one query per thousand units). */
  public List<Summary> listOfUnits(java.util.Collection<Long> unitIds) {
    List<Summary> found = new ArrayList<>();
    for (List<Long> chunk : chunks(unitIds)) {
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      found.addAll(
          jdbc.sql(SUMMARY + " and a.unit_id in (" + marks + ")")
              .params(chunk.toArray())
              .query(Assessments::summary)
              .list());
    }
    found.sort(java.util.Comparator.comparingLong(Summary::id).reversed());
    return named(found);
  }

  /** The summaries with their units' names, asked of the unit feature in one query. */
  private List<Summary> named(List<Summary> found) {
    Map<Long, String> names = units.names(found.stream().map(Summary::unitId).distinct().toList());
    return found.stream()
        .map(
            a ->
                new Summary(
                    a.id(),
                    a.unitId(),
                    names.get(a.unitId()),
                    a.year(),
                    a.stage(),
                    a.sourceName(),
                    a.createdAt()))
        .toList();
  }

  private static List<List<Long>> chunks(java.util.Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    List<List<Long>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 1000) {
      chunks.add(all.subList(i, Math.min(all.size(), i + 1000)));
    }
    return chunks;
  }

  private static Summary summary(ResultSet rs, int n) throws SQLException {
    return new Summary(
        rs.getLong(1),
        rs.getLong(2),
        null,
        rs.getInt(3),
        AssessmentStage.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getObject(6, LocalDateTime.class));
  }

  private Assessment load(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    List<AssessmentEntry> entries =
        jdbc.sql(
                "select code, points, rate, numerator, denominator, count_value, level_value,"
                    + " done, answers, reason, measure, note, source_text, source_row"
                    + " from assessment_entry where assessment_id = ? order by id")
            .param(id)
            .query((r, n) -> mapEntry(r))
            .list();
    return new Assessment(
            id,
            rs.getLong("unit_id"),
            rs.getInt("index_year"),
            rs.getLong("set_id"),
            AssessmentStage.valueOf(rs.getString("stage")),
            rs.getBigDecimal("reported_total"),
            rs.getBigDecimal("stated_loss"),
            rs.getString("source_name"),
            rs.getObject("created_at", LocalDateTime.class),
            entries)
        .withStatedRank(
            new StatedRank(
                (Integer) rs.getObject("stated_rank", Integer.class),
                (Integer) rs.getObject("stated_rank_of", Integer.class),
                (Integer) rs.getObject("stated_rank_change", Integer.class)));
  }

  private static AssessmentEntry mapEntry(ResultSet r) throws SQLException {
    ScoreInput input =
        new ScoreInput(
            null,
            (Boolean) r.getObject("done", Boolean.class),
            r.getString("level_value"),
            r.getBigDecimal("rate"),
            r.getBigDecimal("numerator"),
            r.getBigDecimal("denominator"),
            (Integer) r.getObject("count_value", Integer.class),
            Answers.parse(r.getString("answers")));
    BigDecimal points = r.getBigDecimal("points");
    if (points != null && input.isEmpty()) {
      input = ScoreInput.ofPoints(points);
    }
    return new AssessmentEntry(
        CriterionCode.of(r.getString("code")),
        points,
        input,
        r.getString("reason"),
        r.getString("measure"),
        r.getString("note"),
        r.getString("source_text"),
        (Integer) r.getObject("source_row", Integer.class));
  }

  /** Survey answers stored compactly as "A=10;B=3". */
  public static final class Answers {
    private Answers() {}

    static String format(Map<String, Integer> answers) {
      if (answers == null || answers.isEmpty()) {
        return null;
      }
      StringBuilder text = new StringBuilder();
      answers.forEach(
          (k, v) -> text.append(text.isEmpty() ? "" : ";").append(k).append('=').append(v));
      return text.toString();
    }

    public static Map<String, Integer> parse(String text) {
      Map<String, Integer> answers = new LinkedHashMap<>();
      if (text != null && !text.isBlank()) {
        for (String pair : text.split(";")) {
          String[] kv = pair.split("=", 2);
          answers.put(kv[0], Integer.valueOf(kv[1]));
        }
      }
      return answers;
    }
  }
}
