package vn.parindex.home;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.page.Page;
import vn.parindex.page.Times;
import vn.parindex.round.AppraiserQueue;
import vn.parindex.round.UnitAgenda;

/**
 * The yearly index on the home page, first because its days lock: for the commune (officer,
 * chairman, department official) where their unit stands in each open round, with its due day and
 * what is still missing (leaves without points, points claimed without evidence, the department's
 * own leaves, criteria to explain); for an appraiser, the units waiting for them.
 */
@Component
class RoundHome {

  private final UnitAgenda agenda;
  private final AppraiserQueue queue;

  RoundHome(UnitAgenda agenda, AppraiserQueue queue) {
    this.agenda = agenda;
    this.queue = queue;
  }

  /** The commune's block; none when the unit is in no open round. */
  List<Section> commune(CurrentUser user, LocalDate today) {
    List<UnitAgenda.Line> lines = agenda.of(user, today);
    if (lines.isEmpty()) {
      return List.of();
    }
    List<Section.Item> items = new ArrayList<>();
    for (UnitAgenda.Line l : lines) {
      items.add(
          new Section.Item(
              Label.key(
                  "home.round.line",
                  String.valueOf(l.year()),
                  Label.key("home.round.step." + l.step().name())),
              "/rounds/" + l.roundId() + "/units/" + Page.param(l.unitCode()),
              note(l, user, today),
              l.late() || soonAndMissing(l, today)));
    }
    return List.of(Section.of("round", "home.round", "home.round.none", items));
  }

  /** The rounds the reader chairs and publishes: how far appraisal has gone, when to publish. */
  List<Section> chair(CurrentUser user) {
    List<Section.Item> items =
        agenda.chaired(user).stream()
            .map(
                c ->
                    new Section.Item(
                        Label.key("home.chair.line", String.valueOf(c.year())),
                        "/rounds/" + c.roundId(),
                        Label.key(
                            c.ready() ? "home.chair.ready" : "home.chair.progress",
                            c.appraised(),
                            c.units(),
                            Times.date(c.publication())),
                        c.ready()))
            .toList();
    return items.isEmpty()
        ? List.of()
        : List.of(Section.of("chair", "home.chair", "home.chair.none", items));
  }

  /** The appraiser's queue, the nearest due day first. */
  List<Section> appraiser(CurrentUser user, LocalDate today) {
    List<Section.Item> items =
        queue.awaiting(user, today).stream()
            .map(
                i ->
                    new Section.Item(
                        Label.of(i.unitName()),
                        "/rounds/" + i.roundId() + "/units/" + Page.param(i.unitCode()),
                        Label.key(
                            "home.queue.note",
                            i.stage(),
                            Times.date(i.due()),
                            i.left(),
                            i.total(),
                            String.valueOf(i.year()),
                            i.overdue() ? 1 : 0),
                        i.overdue()))
            .toList();
    return List.of(
        Section.of(
            "queue",
            "home.queue",
            "home.queue.none",
            items,
            new Section.Link("home.action.queue", "/rounds/queue")));
  }

  private static Label note(UnitAgenda.Line l, CurrentUser user, LocalDate today) {
    String due = Times.date(l.due());
    long days = ChronoUnit.DAYS.between(today, l.due());
    return switch (l.step()) {
      case SELF -> {
        if (l.mine() > 0) {
          yield Label.key("home.round.self.department", due, days, l.mine(), l.mineLeft());
        }
        Label progress =
            Label.key("home.round.self", due, days, l.filled(), l.total(), l.unproven());
        yield user.has(Role.LEADER) ? Label.key("home.round.self.leader", progress) : progress;
      }
      case EXPLAIN -> Label.key("home.round.explain", due, days, l.explained(), l.toExplain());
      case SELF_LATE, EXPLAIN_LATE -> Label.key("home.round.late", due);
      case APPRAISAL_1, APPRAISAL_2, APPRAISAL_2_CLEAR, PUBLICATION ->
          Label.key("home.round.waiting", due);
    };
  }

  /** A step of the commune's due within a week with something still missing shows as urgent. */
  private static boolean soonAndMissing(UnitAgenda.Line l, LocalDate today) {
    boolean soon = !l.due().isAfter(today.plusDays(7));
    return switch (l.step()) {
      case SELF -> soon && (l.filled() < l.total() || l.unproven() > 0 || l.mineLeft() > 0);
      case EXPLAIN -> soon && l.explained() < l.toExplain();
      default -> false;
    };
  }
}
