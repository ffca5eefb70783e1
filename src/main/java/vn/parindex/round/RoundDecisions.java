package vn.parindex.round;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.parindex.account.Actor;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.input.Bounds;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Text;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * The round's decisions as the pages take them: reopen a unit or one criterion with a reason, and
 * publish; each checked by {@link RoundAccess}, done by the service the API calls. Also what the
 * pages offer to whom: a form is shown only to who may submit it.
 */
@Service
public class RoundDecisions {

  /** A unit the reader may reopen: its code and name. */
  public record Reopenable(String code, String name) {}

  /** A reopening as the unit sees it on its page. */
  public record Reopened(String code, String reason, String by, LocalDateTime at, boolean closed) {}

  /** The round page's part: whether the reader may publish, the units they may reopen. */
  public record RoundOffer(
      long roundId,
      int year,
      String parentName,
      boolean canPublish,
      String publishedNumber,
      LocalDate publishedOn,
      List<Reopenable> reopenable) {}

  /** The unit page's part: whether the reader may reopen it, its leaves, its reopenings. */
  public record UnitOffer(
      long roundId,
      String unitCode,
      boolean canReopen,
      List<String> codes,
      List<Reopened> reopenings) {}

  private final RoundLoader loader;
  private final Rounds rounds;
  private final RoundAccess access;
  private final Reopening reopening;
  private final Publication publication;
  private final Units units;
  private final Clock clock;
  private final vn.parindex.account.People people;

  RoundDecisions(
      RoundLoader loader,
      Rounds rounds,
      RoundAccess access,
      Reopening reopening,
      Publication publication,
      Units units,
      Clock clock,
      vn.parindex.account.People people) {
    this.people = people;
    this.loader = loader;
    this.rounds = rounds;
    this.access = access;
    this.reopening = reopening;
    this.publication = publication;
    this.units = units;
    this.clock = clock;
  }

  public void reopen(long roundId, String unitCode, String code, String reason, Actor by) {
    if (Text.cleanOrNull(unitCode) == null) {
      throw Refusal.field("unit", "required");
    }
    Unit unit = loader.unit(unitCode);
    access.checkAppraise(unit.id());
    reopening.reopen(roundId, unit, code, reason, by, by.day(clock));
  }

  /**
   * Publishes the round under decision {@code number} of {@code date} (dd/MM/yyyy); refused, naming
   * every unit not yet through appraisal round 2, while some are.
   */
  public void publish(long roundId, String number, String date, Actor by) {
    Round round = loader.round(roundId);
    access.checkPublish(round);
    List<InputProblem> problems = new ArrayList<>();
    String decision = Text.cleanOrNull(number);
    if (decision == null) {
      problems.add(Refusal.problem("decisionNumber", "required"));
    } else if (decision.length() > 100) {
      problems.add(Refusal.problem("decisionNumber", "tooLong", 100));
    }
    LocalDate day = null;
    if (Text.cleanOrNull(date) == null) {
      problems.add(Refusal.problem("decisionDate", "required"));
    } else {
      day = Days.parse(date.strip()).orElse(null);
      if (day == null) {
        problems.add(Refusal.problem("decisionDate", "date.format"));
      } else {
        round.decisionDayProblem(day, by.day(clock)).ifPresent(problems::add);
      }
    }
    Bounds.check(problems);
    if (!round.published()) {
      List<String> pending =
          rounds.units(roundId).stream()
              .filter(u -> u.state() != RoundState.APPRAISED_2)
              .map(u -> units.findById(u.unitId()).map(Unit::name).orElse(""))
              .sorted()
              .toList();
      if (!pending.isEmpty()) {
        throw Refusal.step("publish.pending", pending.size(), String.join(", ", pending));
      }
    }
    publication.publish(roundId, decision, day, by);
  }

  public RoundOffer roundOffer(long roundId) {
    Round round = loader.round(roundId);
    boolean publisher = !round.published() && access.mayPublish(round);
    List<Reopenable> reopenable = new ArrayList<>();
    if (!round.published()) {
      // the round's units this reader appraises, the scope and the units read once each, not a
      // scope query, a refusal and a unit read per unit
      List<Long> ids = rounds.units(roundId).stream().map(RoundUnit::unitId).toList();
      java.util.Set<Long> appraised = access.appraised(ids);
      Map<Long, Unit> byId = units.byIds(appraised);
      for (Long id : ids) {
        Unit unit = byId.get(id);
        if (unit != null) {
          reopenable.add(new Reopenable(unit.code(), unit.name()));
        }
      }
    }
    return new RoundOffer(
        roundId,
        round.year(),
        units.findById(round.parentUnitId()).map(Unit::name).orElse(""),
        publisher,
        round.publishedNumber(),
        round.publishedOn(),
        reopenable);
  }

  public UnitOffer unitOffer(long roundId, String unitCode) {
    Round round = loader.round(roundId);
    Unit unit = loader.unit(unitCode);
    access.checkRead(unit.id());
    RoundUnit row = loader.row(roundId, unit);
    return unitOffer(
        round,
        unit,
        row,
        loader.set(round),
        row.state() != RoundState.PUBLISHED && access.mayAppraise(unit.id()),
        rounds.reopenings(row.id()));
  }

  /** The unit page's part, from its one read of the unit. */
  public UnitOffer unitOffer(UnitRead read) {
    return unitOffer(
        read.round(),
        read.unit(),
        read.row(),
        read.set(),
        read.row().state() != RoundState.PUBLISHED && read.may().appraise(),
        read.reopenings());
  }

  private UnitOffer unitOffer(
      Round round, Unit unit, RoundUnit row, CriteriaSet set, boolean canReopen, Reopenings read) {
    List<String> codes =
        canReopen ? set.leaves().stream().map(c -> c.code().value()).toList() : List.of();
    // the reopening records the username; the page names the person, as every other page does
    Map<String, String> names =
        people.namesOfUsernames(read.rows().stream().map(Reopenings.Row::by).distinct().toList());
    List<Reopened> reopenings =
        read.rows().stream()
            .map(
                r ->
                    new Reopened(
                        r.code(),
                        r.reason(),
                        names.getOrDefault(r.by(), r.by()),
                        r.at(),
                        r.closed()))
            .toList();
    return new UnitOffer(round.id(), unit.code(), canReopen, codes, reopenings);
  }
}
