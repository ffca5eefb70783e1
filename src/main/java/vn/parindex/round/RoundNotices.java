package vn.parindex.round;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.parindex.account.Actor;

/**
 * The events of a round that people are told of (table round_notice), each written in the
 * transaction of the step that made it, so a step refused or rolled back tells nobody; {@link
 * RoundNotifier} delivers it once that transaction has committed.
 */
@Repository
class RoundNotices {

  enum Kind {
    SUBMITTED,
    ROUND1_DONE,
    EXPLAINED,
    REOPENED,
    LOCKED_SELF,
    LOCKED_EXPLANATION,
    PUBLISHED,
    SELF_DUE,
    EXPLANATION_DUE,
    /** Round 1 cut and flagged nothing: no explanation, the file goes on to round 2. */
    ROUND1_CLEAR
  }

  /** One event: whose, what, the criterion and reason of a reopening, who acted, when. */
  record Notice(
      long id,
      long roundUnitId,
      Kind kind,
      String code,
      String reason,
      Long actorId,
      LocalDateTime createdAt) {}

  /** Published in the event's transaction; heard once it has committed. */
  record Recorded(long noticeId) {}

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  RoundNotices(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /**
   * A step forward that concerns someone else: submitted, round 1 done (with or without anything to
   * explain), explained, published.
   */
  void stepped(Actor by, RoundUnit unit, RoundState before) {
    if (unit.state().ordinal() <= before.ordinal()) {
      return; // a reopening goes back: told as the reopening itself
    }
    Kind kind =
        switch (unit.state()) {
          case SUBMITTED -> Kind.SUBMITTED;
          case APPRAISED_1 -> Kind.ROUND1_DONE;
          // straight from round 1 (nothing to explain), or the unit's own explanations
          case EXPLAINED ->
              before.compareTo(RoundState.APPRAISED_1) < 0 ? Kind.ROUND1_CLEAR : Kind.EXPLAINED;
          case PUBLISHED -> Kind.PUBLISHED;
          default -> null;
        };
    if (kind != null) {
      record(unit.id(), kind, null, null, by);
    }
  }

  long record(long roundUnitId, Kind kind, String code, String reason, Actor by) {
    var key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into round_notice (round_unit_id, kind, code, reason, actor_id, created_at)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(roundUnitId, kind.name(), code, reason, by.id(), by.stored())
        .update(key, "id");
    long id = key.getKey().longValue();
    events.publishEvent(new Recorded(id));
    return id;
  }

  /** Many events recorded at once (a publication: one per unit); heard together once committed. */
  record RecordedAll(List<Long> noticeIds) {}

  /** The same event for many units, in one statement per 500; their ids. */
  List<Long> recordAll(List<Long> roundUnitIds, Kind kind, Actor by) {
    List<Long> ids = new java.util.ArrayList<>();
    for (int from = 0; from < roundUnitIds.size(); from += 500) {
      List<Long> chunk = roundUnitIds.subList(from, Math.min(roundUnitIds.size(), from + 500));
      List<Object> params = new java.util.ArrayList<>();
      for (long unit : chunk) {
        // typed nulls: an untyped one costs a round trip asking the database for its type
        params.addAll(java.util.Arrays.asList(unit, kind.name(), NULL, NULL, by.id(), by.stored()));
      }
      var keys = new GeneratedKeyHolder();
      jdbc.sql(
              "insert into round_notice (round_unit_id, kind, code, reason, actor_id, created_at)"
                  + " values "
                  + String.join(
                      ", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?)")))
          .params(params)
          .update(keys, "id");
      keys.getKeyList()
          .forEach(row -> ids.add(((Number) row.values().iterator().next()).longValue()));
    }
    if (!ids.isEmpty()) {
      events.publishEvent(new RecordedAll(ids));
    }
    return ids;
  }

  private static final org.springframework.jdbc.core.SqlParameterValue NULL =
      new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.NULL, null);

  /** These events, by id, in one query. */
  List<Notice> findAll(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select id, round_unit_id, kind, code, reason, actor_id, created_at from round_notice"
                + " where id in (:ids) order by id")
        .param("ids", ids)
        .query(RoundNotices::notice)
        .list();
  }

  /** Marks these events told, in one statement. */
  void toldAll(List<Long> ids, LocalDateTime at) {
    if (!ids.isEmpty()) {
      jdbc.sql("update round_notice set told_at = :at where id in (:ids) and told_at is null")
          .param("at", at)
          .param("ids", ids)
          .update();
    }
  }

  private static Notice notice(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Notice(
        rs.getLong(1),
        rs.getLong(2),
        Kind.valueOf(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        rs.getObject(6, Long.class),
        rs.getObject(7, LocalDateTime.class));
  }

  Optional<Notice> find(long id) {
    return jdbc.sql(
            "select id, round_unit_id, kind, code, reason, actor_id, created_at from round_notice"
                + " where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Notice(
                    rs.getLong(1),
                    rs.getLong(2),
                    Kind.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getObject(6, Long.class),
                    rs.getObject(7, LocalDateTime.class)))
        .optional();
  }

  /** Events not yet delivered (their delivery failed or the instance stopped), oldest first. */
  List<Long> untold(int limit) {
    return jdbc.sql("select id from round_notice where told_at is null order by id limit ?")
        .param(limit)
        .query(Long.class)
        .list();
  }

  void told(long id, LocalDateTime at) {
    jdbc.sql("update round_notice set told_at = ? where id = ? and told_at is null")
        .params(at, id)
        .update();
  }
}
