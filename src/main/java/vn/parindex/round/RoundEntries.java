package vn.parindex.round;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.parindex.input.ConflictException;

/**
 * The entries of a unit in a round with their evidence links (round_entry, round_entry_evidence).
 */
@Repository
class RoundEntries {

  static final String SELF = "SELF";
  static final String EXPLANATION = "EXPLANATION";

  /** The columns {@link #entry} reads by position: keep the two in the same order. */
  private static final String SELECT =
      "select id, round_unit_id, code, version, self_inputs_points, self_points, self_done, self_level, self_rate,"
          + " self_numerator, self_denominator, self_count, self_note, round1_points, round1_note,"
          + " explanation_required, explanation_agree, explanation_text, round2_points,"
          + " round2_note, final_points from round_entry";

  private final JdbcClient jdbc;

  RoundEntries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The stored entry of the leaf, or a new empty one. */
  Entry entry(long roundUnitId, String code) {
    Optional<Entry> stored =
        jdbc.sql(SELECT + " where round_unit_id = ? and code = ?")
            .params(roundUnitId, code)
            .query(RoundEntries::entry)
            .optional();
    stored.ifPresent(this::loadEvidence);
    return stored.orElseGet(() -> new Entry(null, roundUnitId, code, 0));
  }

  List<Entry> all(long roundUnitId) {
    List<Entry> entries =
        jdbc.sql(SELECT + " where round_unit_id = ? order by id")
            .param(roundUnitId)
            .query(RoundEntries::entry)
            .list();
    withEvidence(entries, " where l.round_unit_id = ?", roundUnitId);
    return entries;
  }

  /**
   * The entries of every unit of the round, by round_unit id, each unit's in the order {@link #all}
   * gives: two queries for the whole round, however many units and leaves it has.
   */
  Map<Long, List<Entry>> allOfRound(long roundId) {
    List<Entry> entries = entriesOfRound(roundId);
    withEvidence(
        entries, " join round_unit u on u.id = l.round_unit_id where u.round_id = ?", roundId);
    return byUnit(entries);
  }

  /**
   * {@link #allOfRound} without the evidence lists (left empty): what publication reads, since it
   * freezes points and notes only, and a province's evidence links are some 27,000 rows.
   */
  Map<Long, List<Entry>> scoresOfRound(long roundId) {
    return byUnit(entriesOfRound(roundId));
  }

  private List<Entry> entriesOfRound(long roundId) {
    return jdbc.sql(
            SELECT
                + " where round_unit_id in (select id from round_unit where round_id = ?)"
                + " order by round_unit_id, id")
        .param(roundId)
        .query(RoundEntries::entry)
        .list();
  }

  private static Map<Long, List<Entry>> byUnit(List<Entry> entries) {
    Map<Long, List<Entry>> byUnit = new HashMap<>();
    entries.forEach(e -> byUnit.computeIfAbsent(e.roundUnitId, k -> new ArrayList<>()).add(e));
    return byUnit;
  }

  /** Sets each entry's evidence lists from one query over the links {@code scope} selects. */
  private void withEvidence(List<Entry> entries, String scope, long scopeId) {
    Map<Long, List<Long>> self = new HashMap<>();
    Map<Long, List<Long>> explanation = new HashMap<>();
    jdbc.sql(
            "select l.entry_id, l.document_id, l.purpose from round_entry_evidence l"
                + scope
                + " order by l.document_id")
        .param(scopeId)
        .query(
            rs -> {
              var target = SELF.equals(rs.getString(3)) ? self : explanation;
              target.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            });
    for (Entry entry : entries) {
      entry.selfEvidence = self.getOrDefault(entry.id, List.of());
      entry.explanationEvidence = explanation.getOrDefault(entry.id, List.of());
    }
  }

  /**
   * Inserts the entry or updates it from the version it was read at: a save from an older version
   * (someone else saved in between) is refused with 409, nothing overwritten.
   */
  long save(Entry e) {
    Object[] values = {
      e.self.points(),
      e.self.done(),
      e.self.level(),
      e.self.rate(),
      e.self.numerator(),
      e.self.denominator(),
      e.self.count(),
      e.self.note(),
      e.selfPoints,
      e.round1Points,
      e.round1Note,
      e.explanationRequired,
      e.explanationAgree,
      e.explanationText,
      e.round2Points,
      e.round2Note,
      e.finalPoints
    };
    String columns =
        "self_inputs_points, self_done, self_level, self_rate, self_numerator, self_denominator,"
            + " self_count, self_note, self_points, round1_points, round1_note,"
            + " explanation_required, explanation_agree, explanation_text, round2_points,"
            + " round2_note, final_points";
    long id;
    if (e.id == null) {
      var keys = new GeneratedKeyHolder();
      List<Object> params = new ArrayList<>(List.of(e.roundUnitId, e.code));
      params.addAll(java.util.Arrays.asList(values));
      jdbc.sql(
              "insert into round_entry (round_unit_id, code, version, "
                  + columns
                  + ") values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(params)
          .update(keys, "id");
      id = keys.getKey().longValue();
    } else {
      String set = String.join(" = ?, ", columns.split(",\\s*")) + " = ?";
      List<Object> params = new ArrayList<>(java.util.Arrays.asList(values));
      params.add(e.id);
      params.add(e.version);
      int updated =
          jdbc.sql(
                  "update round_entry set "
                      + set
                      + ", version = version + 1 where id = ? and version = ?")
              .params(params)
              .update();
      if (updated == 0) {
        throw new ConflictException(null, List.of(), "round.refused.stale", e.code);
      }
      id = e.id;
    }
    link(id, e.roundUnitId, SELF, e.selfEvidence);
    link(id, e.roundUnitId, EXPLANATION, e.explanationEvidence);
    return id;
  }

  /** The entry's documents for the purpose; the unit is the entry's (held so by a foreign key). */
  private void link(long entryId, long roundUnitId, String purpose, List<Long> documents) {
    jdbc.sql("delete from round_entry_evidence where entry_id = ? and purpose = ?")
        .params(entryId, purpose)
        .update();
    for (Long document : documents.stream().distinct().toList()) {
      jdbc.sql(
              "insert into round_entry_evidence (entry_id, round_unit_id, document_id, purpose)"
                  + " values (?, ?, ?, ?)")
          .params(entryId, roundUnitId, document, purpose)
          .update();
    }
  }

  private void loadEvidence(Entry entry) {
    List<Long> self = new ArrayList<>();
    List<Long> explanation = new ArrayList<>();
    jdbc.sql(
            "select document_id, purpose from round_entry_evidence where entry_id = ?"
                + " order by document_id")
        .param(entry.id)
        .query(
            rs -> {
              (SELF.equals(rs.getString(2)) ? self : explanation).add(rs.getLong(1));
            });
    entry.selfEvidence = List.copyOf(self);
    entry.explanationEvidence = List.copyOf(explanation);
  }

  /** As entered: 1.5, not the column's 1.5000. */
  private static java.math.BigDecimal decimal(ResultSet rs, int column) throws SQLException {
    java.math.BigDecimal value = rs.getBigDecimal(column);
    // not written and parsed again (80 leaves × 8 a page)
    return value == null ? null : vn.parindex.input.Decimals.stripped(value);
  }

  /**
   * An entry from a row of {@link #SELECT}, its columns by position in that list (a name is looked
   * up in the row's columns for each value: 80 leaves × 21 a page).
   */
  private static Entry entry(ResultSet rs, int n) throws SQLException {
    Entry e = new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4));
    e.self =
        new SelfInput(
            decimal(rs, 5),
            rs.getObject(7, Boolean.class),
            rs.getString(8),
            decimal(rs, 9),
            decimal(rs, 10),
            decimal(rs, 11),
            rs.getObject(12, Integer.class),
            rs.getString(13));
    e.selfPoints = decimal(rs, 6);
    e.round1Points = decimal(rs, 14);
    e.round1Note = rs.getString(15);
    e.explanationRequired = rs.getBoolean(16);
    e.explanationAgree = rs.getObject(17, Boolean.class);
    e.explanationText = rs.getString(18);
    e.round2Points = decimal(rs, 19);
    e.round2Note = rs.getString(20);
    e.finalPoints = decimal(rs, 21);
    return e;
  }
}
