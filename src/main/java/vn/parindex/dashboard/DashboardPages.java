package vn.parindex.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.assessment.Assessments;
import vn.parindex.unit.Unit;

/** The unit dashboard and the province (parent unit) dashboard. */
@Controller
@Access(DashboardAccess.class)
class DashboardPages {

  private final DashboardAccess access;
  private final Dashboards dashboards;
  private final DashboardCharts charts;
  private final Assessments assessments;
  private final Clock clock;

  DashboardPages(
      DashboardAccess access,
      Dashboards dashboards,
      DashboardCharts charts,
      Assessments assessments,
      Clock clock) {
    this.clock = clock;
    this.access = access;
    this.dashboards = dashboards;
    this.charts = charts;
    this.assessments = assessments;
  }

  @GetMapping("/dashboard")
  String unit(@RequestParam(required = false) String unit, Model model) {
    List<Unit> choices = access.choices();
    model.addAttribute("units", choices);
    Optional<Unit> shown = access.unit(unit, choices);
    if ((unit == null || unit.isBlank()) && shown.isPresent() && choices.size() > 1) {
      shown = Optional.of(withScores(shown.get(), choices));
    }
    if (shown.isPresent()) {
      UnitDashboard d = dashboards.unit(shown.get(), LocalDate.now(clock));
      model.addAttribute("d", d);
      // The parent's page lists the unit beside its siblings: offered only to whom may see it.
      boolean parentVisible = choices.stream().anyMatch(u -> u.code().equals(d.parentCode()));
      model.addAttribute("v", UnitDashboardView.of(d, parentVisible));
      model.addAttribute("departmentsChart", charts.departments(d).json());
      model.addAttribute("areasChart", charts.areas(d).json());
      model.addAttribute("trendChart", charts.trend(d).json());
    }
    return "dashboard/unit";
  }

  @GetMapping("/dashboard/province")
  String province(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year,
      Model model) {
    List<Unit> choices = access.choices();
    model.addAttribute("parents", parents(choices));
    Optional<Unit> shown = access.unit(unit, choices);
    if (shown.isPresent()) {
      ProvinceDashboard p = dashboards.province(shown.get(), year, choices, LocalDate.now(clock));
      model.addAttribute("p", p);
      model.addAttribute("rows", p.rows().stream().map(ProvinceRowView::of).toList());
      model.addAttribute("provinceChart", charts.province(p).json());
    }
    return "dashboard/province";
  }

  /**
   * The page shown when no unit is asked for: the user's own when it has scores, else the first of
   * their choices that has (an appraiser's province has none of its own: its communes have).
   */
  private Unit withScores(Unit own, List<Unit> choices) {
    Set<Long> scored = new HashSet<>();
    assessments.list().forEach(a -> scored.add(a.unitId()));
    if (scored.contains(own.id())) {
      return own;
    }
    return choices.stream().filter(u -> scored.contains(u.id())).findFirst().orElse(own);
  }

  /**
   * The units whose children the page can show side by side: those with children among the choices;
   * all the choices when none has (a commune's officer still sees their own).
   */
  static List<Unit> parents(List<Unit> choices) {
    Set<Long> withChildren = new HashSet<>();
    choices.forEach(u -> withChildren.add(u.parentId()));
    List<Unit> parents = choices.stream().filter(u -> withChildren.contains(u.id())).toList();
    return parents.isEmpty() ? choices : parents;
  }
}
