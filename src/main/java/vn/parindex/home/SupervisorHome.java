package vn.parindex.home;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.page.Times;
import vn.parindex.task.PlanTasks;
import vn.parindex.task.Supervision;
import vn.parindex.task.Supervisions;

/**
 * The supervisor's blocks: the unit's plans to supervise with their progress, the last supervision.
 */
@Component
class SupervisorHome {

  private final Supervisions supervisions;
  private final PlanTasks planTasks;

  SupervisorHome(Supervisions supervisions, PlanTasks planTasks) {
    this.supervisions = supervisions;
    this.planTasks = planTasks;
  }

  List<Section> sections(CurrentUser user, LocalDate today) {
    List<Section.Item> plans =
        supervisions.plansOf(user, user.unitId()).stream()
            .map(
                p ->
                    Section.Item.link(
                        OfficerHome.planLabel(planTasks.plan(user, p.id())),
                        "/plans/" + p.id() + "/progress",
                        Progress.of(planTasks.tasksOf(user, p.id()), today).note()))
            .toList();
    List<Section.Item> last =
        supervisions.ofUnit(user, user.unitId()).stream()
            .limit(1)
            .map(SupervisorHome::line)
            .toList();
    return List.of(
        Section.of(
            "supervise",
            "home.supervisor.plans",
            "home.supervisor.plans.none",
            plans,
            new Section.Link("home.action.plans", "/plans")),
        Section.of(
            "supervision",
            "home.supervisor.last",
            "home.supervisor.last.none",
            last,
            new Section.Link("home.action.supervisions", "/supervisions")));
  }

  private static Section.Item line(Supervision s) {
    long asTasks = s.recommendations().stream().filter(r -> r.taskId() != null).count();
    return Section.Item.link(
        Label.of(s.scope()),
        "/supervisions",
        Label.key(
            "home.supervision.note", Times.date(s.heldOn()), s.recommendations().size(), asTasks));
  }
}
