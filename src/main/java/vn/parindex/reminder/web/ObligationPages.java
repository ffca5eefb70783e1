package vn.parindex.reminder.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.account.Accounts;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationForm;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;
import vn.parindex.page.Form;
import vn.parindex.reminder.Obligations;
import vn.parindex.unit.Unit;

/**
 * The obligations calendar page: what falls due when, by month and department; record done, request
 * an ad-hoc report, add an obligation. A refused form comes back as typed with each message beside
 * its field (422), and nothing is stored.
 */
@Controller
@Access(UnitChoice.class)
class ObligationPages {

  private final CalendarPage page;
  private final Obligations obligations;
  private final UnitChoice units;
  private final Accounts accounts;
  private final Messages messages;

  ObligationPages(
      CalendarPage page,
      Obligations obligations,
      UnitChoice units,
      Accounts accounts,
      Messages messages) {
    this.page = page;
    this.obligations = obligations;
    this.units = units;
    this.accounts = accounts;
    this.messages = messages;
  }

  @GetMapping("/obligations")
  String calendar(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year,
      Model model) {
    return page.render(units.resolve(unit), year, Form.empty(), "", model);
  }

  /** Records an occurrence done (date + evidence) or, for ad-hoc reports, a request. */
  @PostMapping("/obligations/{id}/occurrences")
  String record(
      @PathVariable long id,
      @RequestParam String unit,
      @RequestParam int year,
      HttpServletRequest request,
      Model model,
      HttpServletResponse response) {
    Unit chosen = units.writable(unit);
    Obligation obligation =
        obligations
            .find(id)
            .filter(o -> o.unitId() == null || o.unitId() == chosen.id())
            .orElseThrow(() -> new NotFoundException("reminder.obligation.unknown"));
    Form typed = Form.of(request.getParameterMap());
    boolean asking = request.getParameter("requestedOn") != null;
    List<InputProblem> problems = new ArrayList<>();
    LocalDate doneOn = FieldProblems.day("doneOn", typed.value("doneOn"), problems);
    LocalDate requestedOn = FieldProblems.day("requestedOn", typed.value("requestedOn"), problems);
    if (problems.isEmpty() && doneOn == null && requestedOn == null) {
      problems.add(
          InputProblem.of(
              0, asking ? "requestedOn" : "doneOn", "reminder.occurrence.date.required"));
    }
    if (!problems.isEmpty()) {
      return refused(
          chosen, year, typed, problems, (asking ? "request-" : "record-") + id, model, response);
    }
    obligations.record(
        obligation.id(),
        chosen.id(),
        year,
        requestedOn,
        doneOn,
        Text.cleanOrNull(typed.value("evidence")),
        accounts.current().id());
    return calendarOf(chosen, year);
  }

  /** Adds an obligation of the unit's own (PAR officer, leader). */
  @PostMapping("/obligations")
  String add(
      @RequestParam String unit,
      @RequestParam int year,
      HttpServletRequest request,
      Model model,
      HttpServletResponse response) {
    Unit chosen = units.writable(unit);
    Form typed = Form.of(request.getParameterMap());
    List<InputProblem> problems = new ArrayList<>();
    ObligationForm form =
        new ObligationForm(
            typed.value("criterionCode"),
            typed.value("title"),
            typed.value("kind"),
            typed.value("from"),
            typed.value("to"),
            FieldProblems.whole("timesPerYear", typed.value("timesPerYear"), false, problems),
            FieldProblems.whole("withinDays", typed.value("withinDays"), false, problems),
            typed.value("responsible"));
    try {
      Obligation obligation = form.toObligation(chosen.id());
      if (problems.isEmpty()) {
        obligations.add(obligation);
        return calendarOf(chosen, year);
      }
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    return refused(chosen, year, typed, problems, "add", model, response);
  }

  /** Answers a pending ad-hoc request. */
  @PostMapping("/obligations/occurrences/{occurrenceId}/done")
  String answer(
      @PathVariable long occurrenceId,
      @RequestParam String unit,
      @RequestParam int year,
      HttpServletRequest request,
      Model model,
      HttpServletResponse response) {
    Unit chosen = units.writable(unit);
    Form typed = Form.of(request.getParameterMap());
    List<InputProblem> problems = new ArrayList<>();
    LocalDate doneOn = FieldProblems.day("doneOn", typed.value("doneOn"), problems);
    if (problems.isEmpty() && doneOn == null) {
      problems.add(InputProblem.of(0, "doneOn", "reminder.occurrence.date.required"));
    }
    if (!problems.isEmpty()) {
      return refused(chosen, year, typed, problems, "answer-" + occurrenceId, model, response);
    }
    if (obligations.answer(
            occurrenceId, chosen.id(), doneOn, Text.cleanOrNull(typed.value("evidence")))
        == 0) {
      throw new NotFoundException("reminder.obligation.unknown");
    }
    return calendarOf(chosen, year);
  }

  private String refused(
      Unit unit,
      int year,
      Form typed,
      List<InputProblem> problems,
      String target,
      Model model,
      HttpServletResponse response) {
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return page.render(unit, year, FieldProblems.beside(typed, problems, messages), target, model);
  }

  private static String calendarOf(Unit unit, int year) {
    return "redirect:/obligations?unit=" + unit.code() + "&year=" + year;
  }
}
