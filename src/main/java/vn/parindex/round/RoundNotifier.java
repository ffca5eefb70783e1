package vn.parindex.round;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.parindex.account.People;
import vn.parindex.account.Role;
import vn.parindex.reminder.Announcements;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Tells the people a round's event concerns, once it has committed: the unit's PAR officer and
 * chairman of round 1's result (criteria cut or flagged, the explanation deadline), a reopening
 * (its reason), a lock and the publication (rank); the appraisers above the unit of its
 * self-assessment or explanations coming in. Whoever acted is not told of their own act. Delivered
 * through the reminders (in the app, and by mail), each person claimed once per event.
 */
@Component
class RoundNotifier {

  private static final Logger log = LoggerFactory.getLogger(RoundNotifier.class);
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final RoundNotices notices;
  private final RoundEntries entries;
  private final Rounds rounds;
  private final JdbcClient jdbc;
  private final Units units;
  private final People people;
  private final Announcements announcements;
  private final MessageSource messages;

  RoundNotifier(
      RoundNotices notices,
      RoundEntries entries,
      Rounds rounds,
      JdbcClient jdbc,
      Units units,
      People people,
      Announcements announcements,
      MessageSource messages) {
    this.notices = notices;
    this.entries = entries;
    this.rounds = rounds;
    this.jdbc = jdbc;
    this.units = units;
    this.people = people;
    this.announcements = announcements;
    this.messages = messages;
  }

  @TransactionalEventListener
  void on(RoundNotices.Recorded recorded) {
    tellQuietly(recorded.noticeId());
  }

  /** Delivers what was not delivered yet (a failure, a stopped instance); how many were. */
  int tellUntold() {
    int told = 0;
    for (long id : notices.untold(500)) {
      if (tellQuietly(id)) {
        told++;
      }
    }
    return told;
  }

  private boolean tellQuietly(long id) {
    try {
      tell(id);
      return true;
    } catch (RuntimeException e) {
      // The event itself has committed; the scheduled run tells it later.
      log.warn("Round notice {} not delivered: {}", id, e.toString());
      return false;
    }
  }

  /** Row of the unit in its round, with what the texts say. */
  record Facts(long roundId, long unitId, Integer rank) {}

  void tell(long id) {
    RoundNotices.Notice n = notices.find(id).orElse(null);
    if (n == null) {
      return;
    }
    Facts f =
        jdbc.sql("select round_id, unit_id, rank_no from round_unit where id = ?")
            .param(n.roundUnitId())
            .query(
                (rs, i) -> new Facts(rs.getLong(1), rs.getLong(2), rs.getObject(3, Integer.class)))
            .single();
    Round round = rounds.find(f.roundId()).orElseThrow();
    Unit unit = units.findById(f.unitId()).orElseThrow();
    Set<Long> to =
        n.kind() == RoundNotices.Kind.SUBMITTED || n.kind() == RoundNotices.Kind.EXPLAINED
            ? appraisersAbove(unit)
            : unitPeople(unit.id());
    if (n.actorId() != null) {
      to.remove(n.actorId());
    }
    int of = n.kind() == RoundNotices.Kind.PUBLISHED ? rounds.units(round.id()).size() : 0;
    announcements.tell(
        announcement(n, f, round, unit, of),
        to,
        // the event's own moment: a later retry claims the same (event, person, day)
        n.createdAt());
    notices.told(id, n.createdAt());
  }

  @TransactionalEventListener
  void on(RoundNotices.RecordedAll recorded) {
    try {
      new RoundNoticeBatch(this, notices, rounds, jdbc, units, people, announcements)
          .tell(recorded.noticeIds());
    } catch (RuntimeException e) {
      // The events themselves have committed; the scheduled run tells them later.
      log.warn("Round notices {} not delivered: {}", recorded.noticeIds(), e.toString());
    }
  }

  Announcements.Announcement announcement(
      RoundNotices.Notice n, Facts f, Round round, Unit unit, int of) {
    String key = "round.notice." + n.kind().name() + (n.code() == null ? "" : ".code");
    Object[] args = args(n, f, round, unit, of);
    return new Announcements.Announcement(
        "ROUND",
        round.id(),
        "ROUND_NOTICE",
        n.id(),
        text(key + ".subject", args),
        text(key + ".text", args),
        "/rounds/" + round.id() + "/units/" + unit.code());
  }

  /**
   * {0} unit, {1} year, {2} criterion, {3} reason, {4} a day, {5} a count, {6} of how many, {7} the
   * decision's number, {8} days from the event to the day (a number, for a choice).
   */
  private Object[] args(RoundNotices.Notice n, Facts f, Round round, Unit unit, int of) {
    Windows w = round.windows();
    LocalDate day =
        switch (n.kind()) {
          case LOCKED_SELF, SELF_DUE -> w.selfTo();
          case EXPLANATION_DUE -> w.explanationDue();
          case ROUND1_DONE, LOCKED_EXPLANATION -> w.explanationDue();
          case ROUND1_CLEAR -> w.round2Due();
          case PUBLISHED -> round.publishedOn();
          default -> null;
        };
    long count =
        switch (n.kind()) {
          case ROUND1_DONE ->
              entries.all(n.roundUnitId()).stream().filter(Entry::explainable).count();
          case PUBLISHED -> f.rank() == null ? 0 : f.rank();
          default -> 0;
        };
    return new Object[] {
      unit.name(),
      String.valueOf(round.year()),
      n.code() == null ? "" : n.code(),
      n.reason() == null ? "" : n.reason(),
      day == null ? "" : DAY.format(day),
      String.valueOf(count),
      String.valueOf(of),
      round.publishedNumber() == null ? "" : round.publishedNumber(),
      // a reminder's days left, counted from the day it was made (a retry says the same)
      day == null ? 0L : Math.max(0L, DAYS.between(n.createdAt().toLocalDate(), day))
    };
  }

  Set<Long> unitPeople(long unitId) {
    Set<Long> ids = new LinkedHashSet<>();
    people.enabledIn(unitId).values().stream()
        .filter(p -> p.has(Role.PAR_OFFICER) || p.has(Role.LEADER))
        .forEach(p -> ids.add(p.id()));
    return ids;
  }

  /** The appraisers of the units above this one (those who appraise it). */
  Set<Long> appraisersAbove(Unit unit) {
    Set<Long> ids = new LinkedHashSet<>();
    Long parent = unit.parentId();
    for (int depth = 0; parent != null && depth < 10; depth++) {
      people.enabledIn(parent).values().stream()
          .filter(p -> p.has(Role.APPRAISER))
          .forEach(p -> ids.add(p.id()));
      parent = units.findById(parent).map(Unit::parentId).orElse(null);
    }
    return ids;
  }

  private String text(String key, Object[] args) {
    return messages.getMessage(key, args, VIETNAMESE);
  }
}
