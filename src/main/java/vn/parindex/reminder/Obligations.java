package vn.parindex.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.StandingObligations;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.unit.Units;

/**
 * A unit's obligations (merged from its criteria set's, the defaults and its own, all kept by the
 * framework feature) and their recorded occurrences.
 */
@Repository
public class Obligations {

  private final JdbcClient jdbc;
  private final StandingObligations standing;
  private final CriteriaSets sets;
  private final Units units;
  private final Clock clock;

  Obligations(
      JdbcClient jdbc, StandingObligations standing, CriteriaSets sets, Units units, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.standing = standing;
    this.sets = sets;
    this.units = units;
  }

  /** The unit's obligations for the current year (see {@link #forUnit(long, int)}). */
  public List<Obligation> forUnit(long unitId) {
    return forUnit(unitId, LocalDate.now(clock).getYear());
  }

  /**
   * The unit's obligations for a year: those of the criteria set that applies (same year and unit
   * type, newest complete version first), the defaults it does not replace, and the unit's own; see
   * {@link ObligationMerge}.
   */
  public List<Obligation> forUnit(long unitId, int year) {
    return merged(unitId, year).obligations();
  }

  /** A unit's obligations for a year, and which default each set obligation replaced. */
  public record Merged(List<Obligation> obligations, Map<Long, Long> replacements) {}

  public Merged merged(long unitId, int year) {
    List<Obligation> defaults = standing.defaults();
    List<Obligation> own = standing.ofUnit(unitId);
    List<Obligation> ofSet =
        units
            .findById(unitId)
            .flatMap(u -> sets.findCurrent(year, u.type()))
            .map(CriteriaSet::obligations)
            .orElse(List.of());
    return new Merged(
        ObligationMerge.merge(defaults, ofSet, own),
        ObligationMerge.replacements(defaults, ofSet, own));
  }

  public Optional<Obligation> find(long id) {
    return standing.find(id);
  }

  /**
   * Adds a unit's own obligation (or a default). The unit keeps one of each kind and title: the
   * same one again (a second click, a form sent again, a file imported twice) writes nothing and
   * gives its id; one that differs in its dates or people is refused, naming it, rather than
   * silently kept as it was. The unique key of V145 holds this when two people add it at once.
   */
  public long add(Obligation o) {
    Optional<Obligation> same = sameOwn(o);
    if (same.isPresent()) {
      return unchanged(same.get(), o);
    }
    try {
      return standing.add(o);
    } catch (DuplicateKeyException e) {
      // the other person's insert won: theirs is the one
      return unchanged(sameOwn(o).orElseThrow(() -> e), o);
    }
  }

  private Optional<Obligation> sameOwn(Obligation o) {
    if (o.unitId() == null) {
      return Optional.empty();
    }
    return standing.ofUnit(o.unitId()).stream()
        .filter(s -> ObligationMerge.restates(o, s))
        .findFirst();
  }

  private static long unchanged(Obligation kept, Obligation typed) {
    if (!kept.equals(
        new Obligation(
            kept.id(),
            typed.unitId(),
            typed.criterionCode(),
            typed.title(),
            typed.kind(),
            typed.from(),
            typed.to(),
            typed.timesPerYear(),
            typed.withinDays(),
            typed.responsible(),
            typed.departmentId()))) {
      throw new InvalidInputException(
          InputProblem.of(0, "title", "reminder.obligation.exists", typed.title()));
    }
    return kept.id();
  }

  /** Adds several, all or none. */
  @Transactional
  public List<Long> addAll(List<Obligation> all) {
    return all.stream().map(this::add).toList();
  }

  public List<Occurrence> occurrences(long unitId, int year) {
    return jdbc.sql(
            "select id, obligation_id, requested_on, done_on, evidence from obligation_occurrence"
                + " where unit_id = ? and index_year = ? order by id")
        .params(unitId, year)
        .query(
            (rs, n) ->
                new Occurrence(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5)))
        .list();
  }

  /** Records a done occurrence or a request (requestedOn set, doneOn maybe null). */
  public void record(
      long obligationId,
      long unitId,
      int year,
      LocalDate requestedOn,
      LocalDate doneOn,
      String evidence,
      Long userId) {
    jdbc.sql(
            "insert into obligation_occurrence (obligation_id, unit_id, index_year, requested_on,"
                + " done_on, evidence, recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            obligationId,
            unitId,
            year,
            requestedOn,
            doneOn,
            evidence,
            userId,
            LocalDateTime.now(clock.withZone(ZoneId.systemDefault())))
        .update();
  }

  /** Marks a pending request answered. */
  public int answer(long occurrenceId, long unitId, LocalDate doneOn, String evidence) {
    return jdbc.sql(
            "update obligation_occurrence set done_on = ?, evidence = ? where id = ? and unit_id = ?")
        .params(doneOn, evidence, occurrenceId, unitId)
        .update();
  }
}
