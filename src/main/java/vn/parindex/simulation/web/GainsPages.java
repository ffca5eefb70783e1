package vn.parindex.simulation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.parindex.account.Access;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.Assessments;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.page.Form;
import vn.parindex.plan.PlanAccess;
import vn.parindex.simulation.Gains;
import vn.parindex.simulation.Targets;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Units;

/**
 * The cheapest points of an assessment, and the one action that makes a chosen one a plan line and
 * a task following its indicator (plan writers only; a second click lands on the same task).
 */
@Controller
@Access(AssessmentAccess.class)
class GainsPages {

  private final Gains gains;
  private final Targets targets;
  private final AssessmentAccess access;
  private final PlanAccess plans;
  private final Assessments assessments;
  private final Units units;
  private final Departments departments;
  private final Messages messages;

  GainsPages(
      Gains gains,
      Targets targets,
      AssessmentAccess access,
      PlanAccess plans,
      Assessments assessments,
      Units units,
      Departments departments,
      Messages messages) {
    this.gains = gains;
    this.targets = targets;
    this.access = access;
    this.plans = plans;
    this.assessments = assessments;
    this.units = units;
    this.departments = departments;
    this.messages = messages;
  }

  @GetMapping("/assessments/{id}/gains")
  String show(@PathVariable long id, Model model) {
    access.checkRead(id);
    return page(id, model, Form.empty());
  }

  @PostMapping("/assessments/{id}/targets")
  String choose(
      @PathVariable long id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    plans.checkDraft(id);
    Form form = Form.of(request.getParameterMap());
    try {
      Long department =
          Decimals.parse(form.value("department")).map(d -> d.longValueExact()).orElse(null);
      Targets.Made made =
          targets.choose(
              access.actor(), id, form.value("code"), form.value("indicator"), department);
      return "redirect:/tasks/" + made.taskId();
    } catch (InvalidInputException e) {
      for (InputProblem p : e.problems()) {
        form = form.withErrors(List.of(messages.describe(p)));
      }
    } catch (NumberFormatException | ArithmeticException e) {
      form = form.withErrors(List.of(messages.get("dossier.gains.department.unknown")));
    }
    response.setStatus(422);
    return page(id, model, form);
  }

  private String page(long id, Model model, Form form) {
    Assessment a =
        assessments
            .findById(id)
            .orElseThrow(() -> new NotFoundException("assessment.notfound", id));
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("id", id);
    model.addAttribute("unitName", units.findById(a.unitId()).map(u -> u.name()).orElse(""));
    model.addAttribute("year", a.year());
    model.addAttribute(
        "rows", gains.of(id).stream().map(g -> GainRow.of(g, messages, locale)).toList());
    model.addAttribute("departments", departments.ofUnit(a.unitId()));
    model.addAttribute("canChoose", plans.mayWrite(access.actor().user(), a.unitId()));
    model.addAttribute("form", form);
    return "simulation/web/gains";
  }
}
