package vn.parindex.framework.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parindex.account.Access;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.FrameworkAccess;
import vn.parindex.framework.ObligationForm;
import vn.parindex.framework.ObligationKind;
import vn.parindex.framework.SetObligationEditor;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.page.Form;

/**
 * The form that changes a criteria set's obligations (who may: {@code FrameworkAccess}, as for
 * importing a set). Saving makes the next version of the set; the form keeps what was typed when it
 * is refused, with every problem naming its row and field.
 */
@Controller
class SetObligationPages {

  /** The form's column headings, by field. */
  static final Map<String, String> HEADINGS =
      Map.of(
          "criterionCode", "reminder.col.criterion",
          "title", "reminder.col.title",
          "kind", "reminder.col.kind",
          "from", "reminder.form.from",
          "to", "reminder.form.to",
          "timesPerYear", "reminder.form.times",
          "withinDays", "reminder.form.days",
          "responsible", "reminder.col.responsible");

  /** Empty rows offered for new obligations. */
  static final int NEW_ROWS = 3;

  private final CriteriaSets sets;
  private final SetObligationEditor editor;
  private final Messages messages;
  private final FrameworkAccess access;

  SetObligationPages(
      CriteriaSets sets, SetObligationEditor editor, Messages messages, FrameworkAccess access) {
    this.access = access;
    this.sets = sets;
    this.editor = editor;
    this.messages = messages;
  }

  @GetMapping("/frameworks/{id}/obligations")
  @Access(FrameworkAccess.class)
  String form(@PathVariable long id, Model model) {
    access.checkObligations(id);
    CriteriaSet set = set(id);
    List<Form> rows =
        new ArrayList<>(
            set.obligations().stream()
                .map(o -> ObligationRowsForm.shown(ObligationForm.of(o)))
                .toList());
    for (int i = 0; i < NEW_ROWS; i++) {
      rows.add(ObligationRowsForm.shown(ObligationRowsForm.BLANK));
    }
    return page(set, rows, Set.of(), List.of(), model);
  }

  @PostMapping("/frameworks/{id}/obligations")
  @Access(FrameworkAccess.class)
  String save(
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    access.checkObligations(id);
    CriteriaSet set = set(id);
    ObligationRowsForm typed = ObligationRowsForm.read(params);
    List<InputProblem> problems = typed.problems();
    if (problems.isEmpty()) {
      try {
        CriteriaSet saved = editor.revise(id, typed.kept());
        redirect.addFlashAttribute("savedVersion", saved.version());
        return "redirect:/frameworks/" + saved.id();
      } catch (InvalidInputException e) {
        problems = typed.shownRows(e.problems());
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    List<Form> rows = typed.typedWith(problems, p -> messages.get(p.messageKey(), p.args()));
    return page(
        set,
        rows,
        typed.removedRows(),
        problems.stream().map(this::underItsHeading).map(messages::describe).toList(),
        model);
  }

  private String page(
      CriteriaSet set, List<Form> rows, Set<Integer> removed, List<String> errors, Model model) {
    model.addAttribute("set", set);
    model.addAttribute("rows", rows);
    model.addAttribute("removed", removed);
    model.addAttribute("kinds", ObligationKind.values());
    model.addAttribute("nextVersion", sets.nextVersion(set.year(), set.unitType()));
    model.addAttribute("errors", errors);
    return "framework/web/obligations";
  }

  /** A problem naming its field as the form's column heading says it ("Tiêu chí"). */
  private InputProblem underItsHeading(InputProblem p) {
    String heading = p.column() == null ? null : HEADINGS.get(p.column());
    return heading == null
        ? p
        : new InputProblem(p.row(), messages.get(heading), p.messageKey(), p.args());
  }

  private CriteriaSet set(long id) {
    return sets.findById(id).orElseThrow(() -> new NotFoundException("framework.notfound", id));
  }
}
