package vn.parindex.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;
import vn.parindex.plan.PlanChoices;

/** Supervisions recorded by the Fatherland Front; each recommendation can become a task. */
@Service
public class Supervisions {

  private final JdbcClient jdbc;
  private final TaskAccess access;
  private final TaskService tasks;
  private final Clock clock;
  private final PlanChoices plans;

  Supervisions(
      JdbcClient jdbc, TaskAccess access, TaskService tasks, Clock clock, PlanChoices plans) {
    // Stored times are the server's wall clock (page.Times reads them in the server's zone).
    this.clock = clock.withZone(ZoneId.systemDefault());
    this.jdbc = jdbc;
    this.access = access;
    this.tasks = tasks;
    this.plans = plans;
  }

  private void checkWrite(CurrentUser user, long unitId) {
    access.checkBoard(user, unitId);
    if (!user.hasAny(Role.SUPERVISOR, Role.PAR_OFFICER, Role.LEADER, Role.ADMIN)) {
      throw new AccessDeniedException("supervision");
    }
  }

  /** Records a supervision; recommendations are given one per line. */
  @Transactional
  public long record(
      Actor by,
      long unitId,
      Long planId,
      LocalDate heldOn,
      String scope,
      String findings,
      String recs) {
    checkWrite(by.user(), unitId);
    String cleanScope = Text.clean(scope == null ? "" : scope);
    List<InputProblem> problems = new ArrayList<>();
    if (heldOn == null) {
      problems.add(InputProblem.of(0, "heldOn", "task.field.blank"));
    }
    if (cleanScope.isEmpty() || cleanScope.length() > 2000) {
      problems.add(InputProblem.of(0, "scope", "task.field.blank"));
    }
    Long plan = planId == null ? newestPlan(by.user(), unitId) : planId;
    if (plan != null && plansOf(by.user(), unitId).stream().noneMatch(p -> p.id() == plan)) {
      problems.add(InputProblem.of(0, "plan", "supervision.plan.unknown"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into supervision (unit_id, plan_id, held_on, scope, findings, recorded_by,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            unitId,
            plan,
            heldOn,
            cleanScope,
            clip(Text.cleanOrNull(findings), 4000),
            by.id(),
            by.stored())
        .update(keys, "id");
    long id = keys.getKey().longValue();
    int position = 0;
    for (String line : (recs == null ? "" : recs).split("\\R")) {
      String text = Text.clean(line);
      if (!text.isEmpty()) {
        jdbc.sql(
                "insert into supervision_recommendation (supervision_id, position, text)"
                    + " values (?, ?, ?)")
            .params(id, ++position, clip(text, 2000))
            .update();
      }
    }
    return id;
  }

  /** A plan a supervision can be recorded for. */
  public record PlanChoice(long id, String year, String title) {}

  /** The unit's plans, newest first. */
  public List<PlanChoice> plansOf(CurrentUser user, long unitId) {
    access.checkBoard(user, unitId);
    return plans.ofUnit(unitId).stream()
        .map(p -> new PlanChoice(p.id(), String.valueOf(p.year()), p.title()))
        .toList();
  }

  /** The unit's newest plan, or null when it has none. */
  public Long newestPlan(CurrentUser user, long unitId) {
    return plansOf(user, unitId).stream().findFirst().map(PlanChoice::id).orElse(null);
  }

  public List<Supervision> ofUnit(CurrentUser user, long unitId) {
    access.checkBoard(user, unitId);
    List<Supervision> heads =
        jdbc.sql(
                "select id, unit_id, plan_id, held_on, scope, findings from supervision"
                    + " where unit_id = ? order by held_on desc, id desc")
            .param(unitId)
            .query(
                (rs, n) ->
                    new Supervision(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, Long.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6),
                        List.of()))
            .list();
    return heads.stream()
        .map(
            s ->
                new Supervision(
                    s.id(),
                    s.unitId(),
                    s.planId(),
                    s.heldOn(),
                    s.scope(),
                    s.findings(),
                    recommendations(s.id())))
        .toList();
  }

  private List<Supervision.Recommendation> recommendations(long supervisionId) {
    return jdbc.sql(
            "select id, position, text, task_id from supervision_recommendation"
                + " where supervision_id = ? order by position")
        .param(supervisionId)
        .query(
            (rs, n) ->
                new Supervision.Recommendation(
                    rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getObject(4, Long.class)))
        .list();
  }

  /** Turns a recommendation into a task of the unit (once), due in {@code days} days. */
  @Transactional
  public long toTask(Actor by, long recommendationId, int days) {
    record Rec(long unitId, Long planId, String text, Long taskId) {}
    Rec rec =
        jdbc.sql(
                "select s.unit_id, s.plan_id, r.text, r.task_id from supervision_recommendation r"
                    + " join supervision s on s.id = r.supervision_id where r.id = ?")
            .param(recommendationId)
            .query(
                (rs, n) ->
                    new Rec(
                        rs.getLong(1),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getObject(4, Long.class)))
            .optional()
            .orElseThrow(() -> new NotFoundException("supervision.notFound"));
    // The Front recommends; the unit's managers make tasks, owned by whoever makes one until they
    // assign it (never a task with no one to do it).
    CurrentUser maker = by.user();
    access.checkManage(maker, rec.unitId());
    if (rec.taskId() != null) {
      return rec.taskId();
    }
    Long owner = maker.unitId() == rec.unitId() ? maker.id() : null;
    Task task =
        tasks.createUnchecked(
            by,
            new TaskDraft(
                rec.unitId(),
                TaskSource.SUPERVISION_RECOMMENDATION,
                rec.planId(),
                List.of(),
                rec.text(),
                null,
                null,
                owner,
                null,
                null,
                by.day(clock).plusDays(days),
                List.of()));
    jdbc.sql("update supervision_recommendation set task_id = ? where id = ?")
        .params(task.id(), recommendationId)
        .update();
    return task.id();
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
