package vn.parindex.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.account.AccountPrincipal;
import vn.parindex.account.Actor;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.task.PlanTasks;
import vn.parindex.task.Task;
import vn.parindex.task.TaskProposal;

/**
 * The demo's plan turned into tasks, as the demo PAR officer would in a few clicks: every appendix
 * line becomes a task for its department's official, accountable to the chairman. Each task then
 * lives the part of the year {@link DemoStory} gives it, dated relative to the day the demo loads.
 */
@Component
class DemoTasks {

  static final String OFFICER = "cchc.vinhchap";
  static final String LEADER = "chu.tich";
  static final String VICE_CHAIR = "pct.vhxh";

  private final PlanTasks planTasks;
  private final Users users;
  private final DemoStory story;

  DemoTasks(PlanTasks planTasks, Users users, DemoStory story) {
    this.planTasks = planTasks;
    this.users = users;
    this.story = story;
  }

  void create(long planId, long communeId, LocalDate today) {
    CurrentUser officer = person(OFFICER);
    CurrentUser leader = person(LEADER);
    CurrentUser vice = person(VICE_CHAIR);
    Map<Long, Long> officialByDepartment =
        users.list(Set.of(communeId)).stream()
            .filter(u -> u.departmentId() != null && u.roles().contains(Role.DEPARTMENT_OFFICIAL))
            .collect(Collectors.toMap(Users.UserRow::departmentId, Users.UserRow::id, (a, b) -> a));
    List<TaskProposal> lines =
        planTasks.proposals(officer, planId).stream().filter(TaskProposal::fromLine).toList();
    List<PlanTasks.Choice> choices = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TaskProposal p = lines.get(i);
      Long department = p.departmentId();
      Long owner =
          department == null
              ? officer.id()
              : Objects.requireNonNullElse(officialByDepartment.get(department), officer.id());
      if (department == null && byViceChair(p)) {
        // The seed gives these to "Đồng chí PCT UBND phụ trách VHXH" (once typed "VHXXH").
        department = vice.departmentId();
        owner = vice.id();
      }
      DemoStory.Part part = DemoStory.Part.of(i);
      choices.add(
          new PlanTasks.Choice(
                  p.title(), p.code(), department, owner, leader.id(), today.plusDays(part.dueIn()))
              .startingOn(part.startedAgo() == null ? null : today.minusDays(part.startedAgo())));
    }
    Actor planner =
        new Actor(officer, DemoStory.moment(today, DemoStory.CREATED_DAYS_AGO, LocalTime.of(8, 0)));
    List<Task> created = planTasks.create(planner, planId, choices);
    for (int i = 0; i < created.size(); i++) {
      story.play(created.get(i), DemoStory.Part.of(i), today, officer, leader);
    }
  }

  /** A demo person by user name (the demo imports its table as its officer). */
  CurrentUser person(String username) {
    return users.principal(username).map(AccountPrincipal::user).orElseThrow();
  }

  private static boolean byViceChair(TaskProposal p) {
    String text = (p.title() + " " + p.responsible()).toUpperCase(Locale.ROOT);
    return text.contains("PCT") && text.contains("VHX");
  }
}
