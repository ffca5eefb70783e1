package vn.parindex.plan.web;

import static java.util.stream.Collectors.joining;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parindex.account.Access;
import vn.parindex.account.Accounts;
import vn.parindex.account.CurrentUser;
import vn.parindex.input.ConflictException;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanAccess;
import vn.parindex.plan.PlanFollowUp;
import vn.parindex.plan.PlanService;
import vn.parindex.plan.Plans;

/** The plan pages: the list, drafting from an assessment, and the editor. */
@Controller
class PlanPages {

  /** New editor rows get indices above any the page was drawn with, so they sort last. */
  private static final AtomicInteger NEW_ROWS = new AtomicInteger(100_000);

  private final PlanService service;
  private final Plans plans;
  private final Messages messages;
  private final PlanHistory history;
  private final Accounts accounts;
  private final PlanAccess access;
  private final PlanFollowUp followUp;

  PlanPages(
      PlanService service,
      Plans plans,
      Messages messages,
      PlanHistory history,
      Accounts accounts,
      PlanAccess access,
      PlanFollowUp followUp) {
    this.access = access;
    this.followUp = followUp;
    this.accounts = accounts;
    this.history = history;
    this.service = service;
    this.plans = plans;
    this.messages = messages;
  }

  @GetMapping("/plans")
  @Access(PlanAccess.class)
  String list(Model model) {
    java.util.function.LongPredicate readable = access.readable();
    model.addAttribute(
        "plans", plans.list().stream().filter(p -> readable.test(p.unitId())).toList());
    return "plan/web/list";
  }

  /**
   * "Lập kế hoạch khắc phục": drafts the assessment's plan, or, when it has one, asks first (the
   * current plan with its date and "Thay bằng phiên bản mới", which posts back with replace).
   */
  @PostMapping("/plans/draft")
  @Access(PlanAccess.class)
  String draft(
      @RequestParam long assessment,
      @RequestParam(defaultValue = "false") boolean replace,
      @RequestParam(required = false) Long seen,
      HttpServletResponse response,
      Model model) {
    access.checkDraft(assessment);
    try {
      return "redirect:/plans/" + service.draft(access.actor(), assessment, replace, seen).id();
    } catch (ConflictException e) {
      response.setStatus(409);
      model.addAttribute("conflict", messages.get(e.messageKey(), e.args()));
      model.addAttribute("existing", e.existing());
      model.addAttribute("assessment", assessment);
      model.addAttribute(
          "seenId", service.currentOf(assessment).map(Plans.Current::id).orElse(null));
      return "plan/web/replace";
    }
  }

  /** From a plan (or a task of it) to the score table it was drafted from. */
  @GetMapping("/plans/{id}/assessment")
  @Access(PlanAccess.class)
  String assessmentOf(@PathVariable long id) {
    access.checkRead(id);
    Plan plan = service.get(id);
    return plan.assessmentId() == null
        ? "redirect:/plans/" + id
        : "redirect:/assessments/" + plan.assessmentId();
  }

  /** From a score table to its current plan (or back to the table when it has none yet). */
  @GetMapping("/assessments/{id}/plan")
  @Access(PlanAccess.class)
  String planOf(@PathVariable long id, RedirectAttributes redirect) {
    access.checkAssessmentRead(id);
    return service
        .currentOf(id)
        .map(c -> "redirect:/plans/" + c.id())
        .orElse("redirect:/assessments/" + id + "#totals");
  }

  @GetMapping("/plans/{id}")
  @Access(PlanAccess.class)
  String editor(@PathVariable long id, Model model) {
    access.checkRead(id);
    Plan plan = service.get(id);
    return show(plan, PlanEditorForm.of(plan, LocaleContextHolder.getLocale()), model);
  }

  @PostMapping("/plans/{id}")
  @Access(PlanAccess.class)
  String save(
      @PathVariable long id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    access.checkWrite(id);
    Plan stored = service.get(id);
    PlanForm form = PlanForm.read(stored, request.getParameterMap());
    if (!form.problems().isEmpty()) {
      response.setStatus(422);
      return show(
          stored,
          PlanEditorForm.refused(request.getParameterMap(), form.problems(), messages),
          model);
    }
    try {
      service.save(access.actor(), form.plan());
    } catch (ConflictException e) {
      // what the person typed stays on the page; saving again now overwrites knowingly
      response.setStatus(409);
      String fields =
          e.changedFields().stream().map(history::label).distinct().collect(joining("; "));
      model.addAttribute("conflict", messages.get("plan.version.stale.page", fields));
      Plan now = service.get(id);
      return show(now, Form.of(request.getParameterMap()).with("version", now.version()), model);
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/plans/" + id;
  }

  /** An empty appendix row for the editor (htmx appends it to the table). */
  @GetMapping("/plans/line-row")
  @Access(open = Access.Open.SIGNED_IN)
  String newRow(Model model) {
    model.addAttribute("k", NEW_ROWS.incrementAndGet());
    model.addAttribute("form", Form.empty());
    return "plan/web/lineRow";
  }

  /** The target of "remove line": htmx deletes the row whatever the answer. */
  @GetMapping("/plans/line-row/removed")
  @Access(open = Access.Open.SIGNED_IN)
  @ResponseBody
  String removedRow() {
    return "";
  }

  private String show(Plan plan, Form form, Model model) {
    model.addAttribute("plan", plan);
    model.addAttribute("form", form);
    model.addAttribute("sections", PlanEditorForm.sectionKeys(form));
    model.addAttribute("lines", PlanEditorForm.lineKeys(form));
    model.addAttribute("changes", history.of(plan.id()));
    // Only those who may write the plan see the Save button (the server refuses the others anyway).
    CurrentUser reader = accounts.current();
    boolean writer = access.mayWrite(reader, plan.unitId());
    model.addAttribute("mayMakeTasks", followUp.mayMakeTasks(reader, plan.unitId()));
    model.addAttribute("mayFollowProgress", followUp.mayFollowProgress(reader, plan.unitId()));
    List<Plans.Version> versions = plans.versions(plan.id());
    model.addAttribute("versions", versions);
    Plans.Version current =
        versions.stream().filter(Plans.Version::current).findFirst().orElse(null);
    model.addAttribute("currentVersion", current);
    // an older version is for reading only
    model.addAttribute("canEdit", writer && (current == null || current.id() == plan.id()));
    return "plan/web/editor";
  }
}
