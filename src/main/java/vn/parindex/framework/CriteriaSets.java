package vn.parindex.framework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.unit.UnitType;

/** The criteria-set repository: the framework feature's public API for loading and saving sets. */
@Repository
public class CriteriaSets {

  private final JdbcClient jdbc;
  private final SetObligations obligations;
  private final Cache kept;
  private final TransactionTemplate reads;
  private final Clock clock;

  CriteriaSets(
      JdbcClient jdbc,
      SetObligations obligations,
      CacheManager caches,
      PlatformTransactionManager transactions,
      Clock clock) {
    // Stored times are the server's wall clock (page.Times reads them in the server's zone).
    this.clock = clock.withZone(ZoneId.systemDefault());
    this.jdbc = jdbc;
    this.obligations = obligations;
    this.kept = caches.getCache("criteria-sets");
    this.reads = new TransactionTemplate(transactions);
    reads.setReadOnly(true);
  }

  /** A summary row for lists. */
  public record Summary(
      long id,
      String name,
      int year,
      UnitType unitType,
      int version,
      boolean partial,
      Long ownerUnitId) {}

  /**
   * Saves a partial set built from one unit's score table as that unit's own: it is then listed and
   * read only within that unit's scope (see {@link FrameworkAccess}).
   */
  @Transactional
  public CriteriaSet saveOwned(CriteriaSet set, long ownerUnitId) {
    CriteriaSet saved = save(set);
    jdbc.sql("update criteria_set set owner_unit_id = ? where id = ?")
        .params(ownerUnitId, saved.id())
        .update();
    return saved;
  }

  /** Who owns a set: a unit (a partial set of its own) or nobody (unitId null, a full set). */
  record Owner(Long unitId) {}

  /** The set's owner; empty when there is no such set. */
  Optional<Owner> ownerOf(long setId) {
    return jdbc.sql("select owner_unit_id from criteria_set where id = ?")
        .param(setId)
        .query((rs, n) -> new Owner(rs.getObject(1, Long.class)))
        .optional();
  }

  private static final int INSERT_CHUNK = 500;

  @Transactional
  public CriteriaSet save(CriteriaSet set) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into criteria_set (name, index_year, unit_type, version, partial, source, created_at,"
                + " survey_missing, bonus_max, penalty_max) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            set.name(),
            set.year(),
            set.unitType().name(),
            set.version(),
            set.partial(),
            set.source(),
            LocalDateTime.now(clock),
            set.rules().surveyMissing().name(),
            set.rules().bonusMax(),
            set.rules().penaltyMax())
        .update(keys, "id");
    long id = keys.getKey().longValue();
    // many rows per statement: one statement a criterion made a large set's import slow
    List<Criterion> all = set.criteria();
    for (int from = 0; from < all.size(); from += INSERT_CHUNK) {
      List<Criterion> chunk = all.subList(from, Math.min(all.size(), from + INSERT_CHUNK));
      List<Object> params = new ArrayList<>(chunk.size() * 9);
      for (Criterion c : chunk) {
        ScoringMethod method = set.isLeaf(c.code()) ? c.methodOrManual() : null;
        params.addAll(
            Arrays.asList(
                id,
                c.code().value(),
                c.code().parent().map(CriterionCode::value).orElse(null),
                c.position(),
                c.name(),
                c.maxPoints(),
                method == null ? null : method.kind().name(),
                method == null ? null : ScoringParams.toJson(method),
                c.source()));
      }
      jdbc.sql(
              "insert into criterion (set_id, code, parent_code, position, name, max_points,"
                  + " method, params, source) values "
                  + String.join(
                      ", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)")))
          .params(params)
          .update();
    }
    int position = 0;
    for (ClassificationBand band : set.bands()) {
      jdbc.sql(
              "insert into classification_band (set_id, position, min_percent, label)"
                  + " values (?, ?, ?, ?)")
          .params(id, position++, band.minPercent(), band.label())
          .update();
    }
    obligations.add(id, set.obligations());
    return set.withId(id);
  }

  /** The next free version number for (year, unit type). */
  public int nextVersion(int year, UnitType unitType) {
    // coalesce: JdbcClient's single() refuses the null that max() gives on no rows.
    return jdbc.sql(
            "select coalesce(max(version), 0) + 1 from criteria_set"
                + " where index_year = ? and unit_type = ?")
        .params(year, unitType.name())
        .query(Integer.class)
        .single();
  }

  /**
   * Cached: a saved set never changes (see {@code system.Caches}), also when {@link #findCurrent}
   * asks. Read in one read-only transaction: one connection for the row and the queries its mapper
   * makes (never two from the pool).
   */
  public Optional<CriteriaSet> findById(long id) {
    CriteriaSet set = kept.get(id, CriteriaSet.class);
    if (set != null) {
      return Optional.of(set);
    }
    Optional<CriteriaSet> read =
        reads.execute(
            status ->
                jdbc.sql(
                        "select id, name, index_year, unit_type, version, partial, source,"
                            + " survey_missing, bonus_max, penalty_max from criteria_set where id = ?")
                    .param(id)
                    .query((rs, n) -> load(rs))
                    .optional());
    read.ifPresent(s -> kept.put(id, s));
    return read;
  }

  /** The newest complete version for (year, unit type); partial sets only if nothing else. */
  public Optional<CriteriaSet> findCurrent(int year, UnitType unitType) {
    return jdbc
        .sql(
            "select id from criteria_set where index_year = ? and unit_type = ?"
                + " order by partial, version desc")
        .params(year, unitType.name())
        .query(Long.class)
        .list()
        .stream()
        .findFirst()
        .flatMap(this::findById);
  }

  public List<Summary> list() {
    return jdbc.sql(
            "select id, name, index_year, unit_type, version, partial, owner_unit_id from criteria_set"
                + " order by index_year desc, unit_type, version desc")
        .query(
            (rs, n) ->
                new Summary(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getInt("index_year"),
                    UnitType.valueOf(rs.getString("unit_type")),
                    rs.getInt("version"),
                    rs.getBoolean("partial"),
                    rs.getObject("owner_unit_id", Long.class)))
        .list();
  }

  private CriteriaSet load(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    List<Criterion> criteria =
        jdbc.sql(
                "select code, name, max_points, method, params, position, source from criterion"
                    + " where set_id = ? order by position")
            .param(id)
            .query(
                (r, n) ->
                    new Criterion(
                        CriterionCode.of(r.getString("code")),
                        r.getString("name"),
                        r.getBigDecimal("max_points"),
                        r.getString("method") == null
                            ? null
                            : ScoringParams.fromJson(
                                MethodKind.valueOf(r.getString("method")), r.getString("params")),
                        r.getInt("position"),
                        r.getString("source")))
            .list();
    List<ClassificationBand> bands =
        jdbc.sql(
                "select min_percent, label from classification_band where set_id = ?"
                    + " order by position")
            .param(id)
            .query(
                (r, n) ->
                    new ClassificationBand(r.getBigDecimal("min_percent"), r.getString("label")))
            .list();
    CriteriaSet set =
        CriteriaSet.create(
            id,
            rs.getString("name"),
            rs.getInt("index_year"),
            UnitType.valueOf(rs.getString("unit_type")),
            rs.getInt("version"),
            rs.getBoolean("partial"),
            rs.getString("source"),
            criteria,
            bands);
    SetRules rules =
        new SetRules(
            SetRules.SurveyMissing.valueOf(rs.getString("survey_missing")),
            rs.getBigDecimal("bonus_max"),
            rs.getBigDecimal("penalty_max"));
    return set.withRules(rules)
        .withObligations(
            obligations.of(id).stream()
                .filter(o -> o.criterionCode() != null)
                .filter(o -> set.find(CriterionCode.of(o.criterionCode())).isPresent())
                .toList());
  }
}
