package vn.parindex.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;

/** The dashboards' figures as JSON, for scripts (unit scope applies as on the pages). */
@RestController
@RequestMapping("/api/v1/dashboard")
@Access(DashboardAccess.class)
class DashboardApi {

  private final DashboardAccess access;
  private final Dashboards dashboards;
  private final DashboardQueries queries;
  private final Clock clock;

  DashboardApi(
      DashboardAccess access, Dashboards dashboards, DashboardQueries queries, Clock clock) {
    this.clock = clock;
    this.access = access;
    this.dashboards = dashboards;
    this.queries = queries;
  }

  @GetMapping("/unit")
  UnitDashboard unit(@RequestParam(required = false) String unit) {
    return dashboards.unit(access.required(unit), LocalDate.now(clock));
  }

  @GetMapping("/province")
  ProvinceDashboard province(
      @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year) {
    return dashboards.province(access.required(unit), year, access.visible(), LocalDate.now(clock));
  }

  @GetMapping("/tasks")
  List<TaskRow> tasks(@RequestParam(required = false) String unit) {
    return queries.tasks(access.required(unit).id(), LocalDate.now(clock));
  }
}
