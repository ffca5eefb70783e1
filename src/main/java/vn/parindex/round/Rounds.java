package vn.parindex.round;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rounds, their units and reopenings (tables index_round, round_unit, round_reopening). */
@Repository
class Rounds {

  private static final String ROUND =
      "select id, index_year, parent_unit_id, set_id, self_from, self_to, round1_due,"
          + " explanation_due, round2_due, publication_on, published_number, published_on, version"
          + " from index_round";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  Rounds(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  long insert(Round round, LocalDateTime at) {
    var keys = new GeneratedKeyHolder();
    Windows w = round.windows();
    jdbc.sql(
            "insert into index_round (index_year, parent_unit_id, set_id, self_from, self_to,"
                + " round1_due, explanation_due, round2_due, publication_on, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            round.year(),
            round.parentUnitId(),
            round.setId(),
            w.selfFrom(),
            w.selfTo(),
            w.round1Due(),
            w.explanationDue(),
            w.round2Due(),
            w.publication(),
            at)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<Long> existing(int year, long parentUnitId, long setId) {
    return jdbc.sql(
            "select id from index_round where index_year = ? and parent_unit_id = ? and set_id = ?")
        .params(year, parentUnitId, setId)
        .query(Long.class)
        .optional();
  }

  Optional<Round> find(long id) {
    return jdbc.sql(ROUND + " where id = ?").param(id).query(Rounds::round).optional();
  }

  /** The rounds over this unit (it is their parent) not yet published, the newest first. */
  List<Round> openOver(long parentUnitId) {
    return jdbc.sql(
            ROUND
                + " where parent_unit_id = ? and published_on is null order by index_year desc, id desc")
        .param(parentUnitId)
        .query(Rounds::round)
        .list();
  }

  /** The round, its row locked until the transaction ends (publication is one at a time). */
  Optional<Round> lock(long id) {
    return jdbc.sql(ROUND + " where id = ? for update").param(id).query(Rounds::round).optional();
  }

  void markPublished(long id, String number, LocalDate on) {
    jdbc.sql(
            "update index_round set published_number = ?, published_on = ?, version = version + 1"
                + " where id = ?")
        .params(number, on, id)
        .update();
  }

  void insertUnit(long roundId, long unitId) {
    jdbc.sql("insert into round_unit (round_id, unit_id, state) values (?, ?, ?)")
        .params(roundId, unitId, RoundState.DRAFT.name())
        .update();
  }

  /** The unit's row in the round, locked: every step of one unit runs one at a time. */
  Optional<RoundUnit> lockUnit(long roundId, long unitId) {
    return jdbc.sql(
            "select id, round_id, unit_id, state, version from round_unit"
                + " where round_id = ? and unit_id = ? for update")
        .params(roundId, unitId)
        .query(Rounds::unit)
        .optional();
  }

  List<RoundUnit> units(long roundId) {
    return jdbc.sql(
            "select id, round_id, unit_id, state, version from round_unit where round_id = ?"
                + " order by id")
        .param(roundId)
        .query(Rounds::unit)
        .list();
  }

  /** The unit's rows in the rounds not yet published, newest round first (one query). */
  List<RoundUnit> openOf(long unitId) {
    return jdbc.sql(
            "select ru.id, ru.round_id, ru.unit_id, ru.state, ru.version from round_unit ru"
                + " join index_round r on r.id = ru.round_id"
                + " where ru.unit_id = ? and r.published_on is null"
                + " order by r.index_year desc, r.id desc")
        .param(unitId)
        .query(Rounds::unit)
        .list();
  }

  /** A round and one unit's row in it, empty when the unit is not in the round. */
  record WithRow(Round round, Optional<RoundUnit> row) {}

  /** The round and the unit's row in it (not locked), in one statement; empty: no such round. */
  Optional<WithRow> withRow(long roundId, long unitId) {
    return jdbc.sql(
            "select r.id, r.index_year, r.parent_unit_id, r.set_id, r.self_from, r.self_to,"
                + " r.round1_due, r.explanation_due, r.round2_due, r.publication_on,"
                + " r.published_number, r.published_on, r.version,"
                + " u.id as row_id, u.state as row_state, u.version as row_version"
                + " from index_round r"
                + " left join round_unit u on u.round_id = r.id and u.unit_id = ? where r.id = ?")
        .params(unitId, roundId)
        .query(
            (rs, n) -> {
              Round round = round(rs, n);
              long rowId = rs.getLong("row_id");
              return new WithRow(
                  round,
                  rs.wasNull()
                      ? Optional.empty()
                      : Optional.of(
                          new RoundUnit(
                              rowId,
                              roundId,
                              unitId,
                              RoundState.valueOf(rs.getString("row_state")),
                              rs.getInt("row_version"))));
            })
        .optional();
  }

  /** The unit's row in the round, not locked (what a page reads). */
  Optional<RoundUnit> unit(long roundId, long unitId) {
    return jdbc.sql(
            "select id, round_id, unit_id, state, version from round_unit"
                + " where round_id = ? and unit_id = ?")
        .params(roundId, unitId)
        .query(Rounds::unit)
        .optional();
  }

  void saveState(RoundUnit unit) {
    jdbc.sql("update round_unit set state = ?, version = version + 1 where id = ?")
        .params(unit.state().name(), unit.id())
        .update();
  }

  /** Every published unit's frozen figures, one batch for the round rather than one per unit. */
  void savePublished(List<Ranks.Row> rows) {
    batch.batchUpdate(
        "update round_unit set state = ?, total_points = ?, percent = ?, rank_no = ?, band = ?,"
            + " version = version + 1 where id = ?",
        rows.stream()
            .map(
                row ->
                    new Object[] {
                      RoundState.PUBLISHED.name(),
                      row.total(),
                      row.percent(),
                      row.rank(),
                      row.band(),
                      row.roundUnitId()
                    })
            .toList());
  }

  /** The frozen figures of a published unit, if published. */
  record Figures(BigDecimal total, BigDecimal percent, Integer rank, String band) {}

  Figures figures(long roundUnitId) {
    return jdbc.sql("select total_points, percent, rank_no, band from round_unit where id = ?")
        .param(roundUnitId)
        .query(
            (rs, n) ->
                new Figures(
                    plain(rs.getBigDecimal(1)),
                    plain(rs.getBigDecimal(2)),
                    rs.getObject(3, Integer.class),
                    rs.getString(4)))
        .single();
  }

  /** The frozen figures of every unit of the round, by round_unit id (one query). */
  Map<Long, Figures> figuresOfRound(long roundId) {
    Map<Long, Figures> figures = new HashMap<>();
    jdbc.sql("select id, total_points, percent, rank_no, band from round_unit where round_id = ?")
        .param(roundId)
        .query(
            rs -> {
              figures.put(
                  rs.getLong(1),
                  new Figures(
                      plain(rs.getBigDecimal(2)),
                      plain(rs.getBigDecimal(3)),
                      rs.getObject(4, Integer.class),
                      rs.getString(5)));
            });
    return figures;
  }

  void reopen(long roundUnitId, String code, String reason, String by, LocalDateTime at) {
    jdbc.sql(
            "insert into round_reopening (round_unit_id, code, reason, opened_by, opened_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(roundUnitId, code, reason, by, at)
        .update();
  }

  /**
   * The unit's open reopenings where a deadline can lock it (still in draft, or at round 1's
   * result); none asked for in the other states, whose steps no deadline locks.
   */
  Lifts liftsOfLockable(RoundUnit row) {
    boolean lockable = row.state() == RoundState.DRAFT || row.state() == RoundState.APPRAISED_1;
    return lockable ? lifts(row.id()) : Lifts.NONE;
  }

  Lifts lifts(long roundUnitId) {
    return Lifts.of(
        jdbc.sql("select code from round_reopening where round_unit_id = ? and not closed")
            .param(roundUnitId)
            .query(String.class)
            .list());
  }

  /**
   * The unit's reopenings, open and closed, newest first: the list its page shows, and the lifts
   * and reasons of the open ones, in one statement.
   */
  Reopenings reopenings(long roundUnitId) {
    return Reopenings.of(
        jdbc.sql(
                "select id, code, reason, opened_by, opened_at, closed from round_reopening"
                    + " where round_unit_id = ? order by opened_at desc, id desc")
            .param(roundUnitId)
            .query(
                (rs, n) ->
                    new Reopenings.Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDateTime.class),
                        rs.getBoolean(6)))
            .list());
  }

  /** The unit took its next step: its new state, and what was reopened for the last one locked. */
  void saveStep(RoundUnit unit) {
    saveState(unit);
    closeReopenings(unit.id());
  }

  private void closeReopenings(long roundUnitId) {
    jdbc.sql("update round_reopening set closed = true where round_unit_id = ? and not closed")
        .param(roundUnitId)
        .update();
  }

  /** What the chairman wrote at submission, and its day: the self-assessment report's. */
  record Submission(String difficulties, String proposals, LocalDate on) {}

  /** A text left out (null) keeps the one written at an earlier submission. */
  void saveSubmission(long roundUnitId, String difficulties, String proposals, LocalDate on) {
    jdbc.sql(
            "update round_unit set difficulties = coalesce(?, difficulties),"
                + " proposals = coalesce(?, proposals), submitted_on = ? where id = ?")
        .params(difficulties, proposals, on, roundUnitId)
        .update();
  }

  Submission submission(long roundUnitId) {
    return jdbc.sql("select difficulties, proposals, submitted_on from round_unit where id = ?")
        .param(roundUnitId)
        .query(
            (rs, n) ->
                new Submission(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
        .single();
  }

  /** Last year's rank (through lineage) frozen with this year's at publication; null: none. */
  /** Each unit's rank of the year before (absent: none), in one batch. */
  void savePreviousRanks(Map<Long, Integer> rankOfRoundUnit) {
    if (rankOfRoundUnit.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        "update round_unit set previous_rank = ? where id = ?",
        rankOfRoundUnit.entrySet().stream()
            .map(e -> new Object[] {e.getValue(), e.getKey()})
            .toList(),
        new int[] {java.sql.Types.INTEGER, java.sql.Types.BIGINT});
  }

  Integer previousRank(long roundUnitId) {
    return jdbc.sql("select previous_rank from round_unit where id = ?")
        .param(roundUnitId)
        .query((rs, n) -> rs.getObject(1, Integer.class))
        .list()
        .get(0);
  }

  private static BigDecimal plain(BigDecimal value) {
    return value == null ? null : new BigDecimal(vn.parindex.input.Decimals.plain(value));
  }

  private static Round round(ResultSet rs, int n) throws SQLException {
    return new Round(
        rs.getLong("id"),
        rs.getInt("index_year"),
        rs.getLong("parent_unit_id"),
        rs.getLong("set_id"),
        new Windows(
            rs.getObject("self_from", LocalDate.class),
            rs.getObject("self_to", LocalDate.class),
            rs.getObject("round1_due", LocalDate.class),
            rs.getObject("explanation_due", LocalDate.class),
            rs.getObject("round2_due", LocalDate.class),
            rs.getObject("publication_on", LocalDate.class)),
        rs.getString("published_number"),
        rs.getObject("published_on", LocalDate.class),
        rs.getInt("version"));
  }

  private static RoundUnit unit(ResultSet rs, int n) throws SQLException {
    return new RoundUnit(
        rs.getLong(1),
        rs.getLong(2),
        rs.getLong(3),
        RoundState.valueOf(rs.getString(4)),
        rs.getInt(5));
  }
}
