package vn.parindex.round;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.account.People;
import vn.parindex.account.Role;
import vn.parindex.reminder.Announcements;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Tells many of a round's events at once, as {@link RoundNotifier#tell} tells one (the same people,
 * texts and claims), in a few queries for all of them: a publication tells every unit's people, and
 * a query or two per unit after its commit made the publication's answer wait on the province's
 * size. Mails still leave after the claims have committed, one by one.
 */
final class RoundNoticeBatch {

  private final RoundNotifier notifier;
  private final RoundNotices notices;
  private final Rounds rounds;
  private final JdbcClient jdbc;
  private final Units units;
  private final People people;
  private final Announcements announcements;

  RoundNoticeBatch(
      RoundNotifier notifier,
      RoundNotices notices,
      Rounds rounds,
      JdbcClient jdbc,
      Units units,
      People people,
      Announcements announcements) {
    this.notifier = notifier;
    this.notices = notices;
    this.rounds = rounds;
    this.jdbc = jdbc;
    this.units = units;
    this.people = people;
    this.announcements = announcements;
  }

  void tell(List<Long> ids) {
    List<RoundNotices.Notice> all = notices.findAll(ids);
    if (all.isEmpty()) {
      return;
    }
    Map<Long, RoundNotifier.Facts> facts = facts(all);
    Map<Long, Round> roundOf = new HashMap<>();
    Map<Long, Integer> sizeOf = new HashMap<>();
    Map<Long, Unit> unitOf = new HashMap<>();
    for (RoundNotifier.Facts f : facts.values()) {
      roundOf.computeIfAbsent(
          f.roundId(),
          id -> {
            Round round = rounds.find(id).orElseThrow();
            units.children(round.parentUnitId()).forEach(u -> unitOf.put(u.id(), u));
            return round;
          });
    }
    Map<Long, Set<Long>> peopleOf = unitPeople(all, facts);
    List<Announcements.Told> told = new ArrayList<>();
    for (RoundNotices.Notice n : all) {
      RoundNotifier.Facts f = facts.get(n.roundUnitId());
      Round round = roundOf.get(f.roundId());
      Unit unit = unitOf.computeIfAbsent(f.unitId(), id -> units.findById(id).orElseThrow());
      Set<Long> to =
          toAppraisers(n)
              ? notifier.appraisersAbove(unit)
              : new LinkedHashSet<>(peopleOf.getOrDefault(unit.id(), Set.of()));
      if (n.actorId() != null) {
        to.remove(n.actorId());
      }
      int of =
          n.kind() == RoundNotices.Kind.PUBLISHED
              ? sizeOf.computeIfAbsent(round.id(), id -> rounds.units(id).size())
              : 0;
      // the event's own moment: a later retry claims the same (event, person, day)
      told.add(
          new Announcements.Told(notifier.announcement(n, f, round, unit, of), to, n.createdAt()));
    }
    announcements.tellAll(told);
    Map<LocalDateTime, List<Long>> byMoment = new HashMap<>();
    all.forEach(n -> byMoment.computeIfAbsent(n.createdAt(), k -> new ArrayList<>()).add(n.id()));
    byMoment.forEach((at, of) -> notices.toldAll(of, at));
  }

  private static boolean toAppraisers(RoundNotices.Notice n) {
    return n.kind() == RoundNotices.Kind.SUBMITTED || n.kind() == RoundNotices.Kind.EXPLAINED;
  }

  private Map<Long, RoundNotifier.Facts> facts(List<RoundNotices.Notice> all) {
    Map<Long, RoundNotifier.Facts> facts = new HashMap<>();
    jdbc.sql("select id, round_id, unit_id, rank_no from round_unit where id in (:ids)")
        .param("ids", all.stream().map(RoundNotices.Notice::roundUnitId).distinct().toList())
        .query(
            rs -> {
              facts.put(
                  rs.getLong(1),
                  new RoundNotifier.Facts(
                      rs.getLong(2), rs.getLong(3), rs.getObject(4, Integer.class)));
            });
    return facts;
  }

  /** The PAR officers and chairmen of the units told, by unit, in one read. */
  private Map<Long, Set<Long>> unitPeople(
      List<RoundNotices.Notice> all, Map<Long, RoundNotifier.Facts> facts) {
    List<Long> unitIds =
        all.stream()
            .filter(n -> !toAppraisers(n))
            .map(n -> facts.get(n.roundUnitId()).unitId())
            .distinct()
            .toList();
    Map<Long, Set<Long>> of = new HashMap<>();
    people.enabledInUnits(unitIds).values().stream()
        .filter(p -> p.has(Role.PAR_OFFICER) || p.has(Role.LEADER))
        .sorted(java.util.Comparator.comparing(People.Person::id))
        .forEach(p -> of.computeIfAbsent(p.unitId(), k -> new LinkedHashSet<>()).add(p.id()));
    return of;
  }
}
