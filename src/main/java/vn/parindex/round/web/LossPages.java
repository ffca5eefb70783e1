package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.account.UnitScope;
import vn.parindex.input.ConflictException;
import vn.parindex.input.Messages;
import vn.parindex.round.RoundAccess;
import vn.parindex.round.RoundLosses;
import vn.parindex.round.RoundPlans;

/**
 * "Where the points went" for one unit or across the round (a Pareto chart beside its table), and
 * the unit's remediation plan drafted from its published losses: a second click, or two people at
 * once, open the plan already there.
 */
@Controller
@Access(RoundAccess.class)
@RequestMapping("/rounds/{id}")
class LossPages {

  private final RoundLosses losses;
  private final RoundPlans plans;
  private final UnitPage page;
  private final UnitScope scope;
  private final Messages messages;
  private final Clock clock;

  LossPages(
      RoundLosses losses,
      RoundPlans plans,
      UnitPage page,
      UnitScope scope,
      Messages messages,
      Clock clock) {
    this.losses = losses;
    this.plans = plans;
    this.page = page;
    this.scope = scope;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/losses")
  String round(@PathVariable long id, Locale locale, Model model) {
    return render(losses.ofRound(id), locale, model);
  }

  @GetMapping("/units/{unit}/losses")
  String unit(@PathVariable long id, @PathVariable String unit, Locale locale, Model model) {
    return render(losses.ofUnit(id, unit), locale, model);
  }

  @PostMapping("/units/{unit}/plan")
  String plan(
      @PathVariable long id,
      @PathVariable String unit,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      return "redirect:/plans/" + plans.draft(id, unit, Actor.now(scope.user(), clock));
    } catch (ConflictException e) {
      // drafted by someone else at the same moment: theirs is the plan
      var drafted = plans.planOf(id, unit);
      if (drafted.isPresent()) {
        return "redirect:/plans/" + drafted.get();
      }
      return page.render(
          id,
          unit,
          PageForms.conflict(request, response, e, messages),
          scope.user(),
          request,
          model);
    }
  }

  private static String render(RoundLosses.Report report, Locale locale, Model model) {
    model.addAttribute("report", report);
    model.addAttribute("chart", ParetoChart.of(report.rows(), locale));
    return "round/web/losses";
  }
}
