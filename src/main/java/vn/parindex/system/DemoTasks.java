package vn.parindex.system;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.parindex.account.AccountPrincipal;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.task.PlanTasks;
import vn.parindex.task.TaskProposal;

/**
 * The demo's plan turned into tasks, as the demo PAR officer would in a few clicks: every appendix
 * line becomes a task for its department's official, accountable to the chairman.
 */
@Component
class DemoTasks {

  static final String OFFICER = "cchc.vinhchap";
  static final String LEADER = "chu.tich";

  private final PlanTasks planTasks;
  private final Users users;

  DemoTasks(PlanTasks planTasks, Users users) {
    this.planTasks = planTasks;
    this.users = users;
  }

  void create(long planId, long communeId) {
    AccountPrincipal officer = users.principal(OFFICER).orElseThrow();
    Long leader = users.idOf(LEADER).orElse(null);
    Map<Long, Long> officialByDepartment =
        users.list(Set.of(communeId)).stream()
            .filter(u -> u.departmentId() != null && u.roles().contains(Role.DEPARTMENT_OFFICIAL))
            .collect(Collectors.toMap(Users.UserRow::departmentId, Users.UserRow::id, (a, b) -> a));
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      List<PlanTasks.Choice> choices =
          planTasks.proposals(planId).stream()
              .filter(TaskProposal::fromLine)
              .map(
                  p ->
                      new PlanTasks.Choice(
                          p.title(),
                          p.code(),
                          p.departmentId(),
                          p.departmentId() == null
                              ? officer.user().id()
                              : Objects.requireNonNullElse(
                                  officialByDepartment.get(p.departmentId()), officer.user().id()),
                          leader,
                          p.dueOn()))
              .toList();
      planTasks.create(planId, choices);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
