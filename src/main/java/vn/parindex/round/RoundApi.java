package vn.parindex.round;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.unit.Unit;

/** Rounds over REST: open one, read the state of its units, reopen a unit, publish. */
@RestController
@RequestMapping("/api/v1/rounds")
@Access(RoundAccess.class)
class RoundApi {

  record OpenRequest(
      Integer year,
      String parent,
      Long framework,
      LocalDate selfFrom,
      LocalDate selfTo,
      LocalDate round1Due,
      LocalDate explanationDue,
      LocalDate round2Due,
      LocalDate publication,
      List<Assignments.Line> appraisers) {}

  record ReopenRequest(String unit, String code, String reason) {}

  record PublishRequest(String number, LocalDate date) {}

  record Published(long round, String number, LocalDate date, List<Ranks.Row> units) {}

  private final RoundLoader loader;
  private final RoundOpening opening;
  private final RoundViews views;
  private final Reopening reopening;
  private final Publication publication;
  private final RoundAccess access;
  private final Clock clock;
  private final CriterionAssignments assignments;

  RoundApi(
      RoundLoader loader,
      RoundOpening opening,
      RoundViews views,
      Reopening reopening,
      Publication publication,
      RoundAccess access,
      Clock clock,
      CriterionAssignments assignments) {
    this.loader = loader;
    this.opening = opening;
    this.views = views;
    this.reopening = reopening;
    this.publication = publication;
    this.access = access;
    this.clock = clock;
    this.assignments = assignments;
  }

  @PostMapping
  ResponseEntity<RoundViews.RoundView> open(@RequestBody OpenRequest body) {
    if (body.parent() == null || body.parent().isBlank()) {
      throw Refusal.field("parent", "required");
    }
    Unit parent = loader.unit(body.parent());
    access.checkOpen(parent.id());
    if (body.year() == null || body.year() < 2000 || body.year() > 2100) {
      throw Refusal.field("year", "year.range");
    }
    if (body.framework() == null) {
      throw Refusal.field("framework", "required");
    }
    Windows windows =
        Windows.of(
            body.selfFrom(),
            body.selfTo(),
            body.round1Due(),
            body.explanationDue(),
            body.round2Due(),
            body.publication());
    long id =
        assignments.openWith(
            new RoundOpening.Command(body.year(), parent, body.framework(), windows),
            body.appraisers(),
            by());
    return ResponseEntity.created(URI.create("/api/v1/rounds/" + id))
        .body(views.round(loader.round(id)));
  }

  @GetMapping("/{id}")
  RoundViews.RoundView get(@PathVariable long id) {
    return views.round(loader.round(id));
  }

  @PostMapping("/{id}/reopen")
  RoundState reopen(@PathVariable long id, @RequestBody ReopenRequest body) {
    if (body.unit() == null || body.unit().isBlank()) {
      throw Refusal.field("unit", "required");
    }
    Unit unit = loader.unit(body.unit());
    access.checkAppraise(unit.id());
    return reopening.reopen(id, unit, body.code(), body.reason(), by(), by().day(clock));
  }

  @PostMapping("/{id}/publish")
  Published publish(@PathVariable long id, @RequestBody PublishRequest body) {
    access.checkPublish(loader.round(id));
    List<Ranks.Row> rows = publication.publish(id, body.number(), body.date(), by());
    Round round = loader.round(id);
    return new Published(id, round.publishedNumber(), round.publishedOn(), rows);
  }

  /** The signed-in user acting now, by the application's clock. */
  private Actor by() {
    return Actor.now(access.user(), clock);
  }
}
