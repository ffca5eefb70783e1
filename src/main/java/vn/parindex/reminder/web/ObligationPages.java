package vn.parindex.reminder.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.account.Accounts;
import vn.parindex.framework.ObligationForm;
import vn.parindex.framework.ObligationKind;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.NotFoundException;
import vn.parindex.input.Text;
import vn.parindex.reminder.ObligationCalendar;
import vn.parindex.reminder.Obligations;
import vn.parindex.unit.Unit;

/** The obligations calendar page: what falls due when, by month and department; record done. */
@Controller
@Access(UnitChoice.class)
class ObligationPages {

  private final ObligationCalendar calendar;
  private final Obligations obligations;
  private final UnitChoice units;
  private final Accounts accounts;
  private final Clock clock;

  ObligationPages(
      ObligationCalendar calendar,
      Obligations obligations,
      UnitChoice units,
      Accounts accounts,
      Clock clock) {
    this.clock = clock;
    this.calendar = calendar;
    this.obligations = obligations;
    this.units = units;
    this.accounts = accounts;
  }

  @GetMapping("/obligations")
  String calendar(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year,
      Model model) {
    Unit chosen = units.resolve(unit);
    LocalDate today = LocalDate.now(clock);
    int shown = year == null ? today.getYear() : year;
    List<ObligationRow> rows =
        calendar.of(chosen.id(), shown, today).stream().map(ObligationRow::of).toList();
    Map<Integer, List<ObligationRow>> byMonth =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.dueOn().getMonthValue(), TreeMap::new, Collectors.toList()));
    Map<String, Map<String, Long>> byDepartment =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.responsible() == null ? "—" : r.responsible(),
                    TreeMap::new,
                    Collectors.groupingBy(ObligationRow::status, Collectors.counting())));
    model.addAttribute("unit", chosen);
    model.addAttribute("year", shown);
    model.addAttribute("byMonth", byMonth);
    model.addAttribute("byDepartment", byDepartment);
    model.addAttribute("dueSoon", rows.stream().filter(r -> "DUE_SOON".equals(r.status())).count());
    model.addAttribute("canEdit", units.canWrite());
    model.addAttribute(
        "requestable",
        obligations.forUnit(chosen.id(), shown).stream()
            .filter(o -> o.kind() == ObligationKind.WITHIN_DAYS)
            .toList());
    return "reminder/obligations";
  }

  /** Records an occurrence done (date + evidence) or, for ad-hoc reports, a request. */
  @PostMapping("/obligations/{id}/occurrences")
  String record(
      @PathVariable long id,
      @RequestParam String unit,
      @RequestParam int year,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate doneOn,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate requestedOn,
      @RequestParam(required = false) String evidence) {
    Unit chosen = units.writable(unit);
    var obligation =
        obligations
            .find(id)
            .filter(o -> o.unitId() == null || o.unitId() == chosen.id())
            .orElseThrow(() -> new NotFoundException("reminder.obligation.unknown"));
    if (doneOn == null && requestedOn == null) {
      throw new InvalidInputException(
          InputProblem.of(0, "doneOn", "reminder.occurrence.date.required"));
    }
    obligations.record(
        obligation.id(),
        chosen.id(),
        year,
        requestedOn,
        doneOn,
        Text.cleanOrNull(evidence),
        accounts.current().id());
    return "redirect:/obligations?unit=" + chosen.code() + "&year=" + year;
  }

  /** Adds an obligation of the unit's own (PAR officer, leader). */
  @PostMapping("/obligations")
  String add(@RequestParam String unit, @RequestParam int year, ObligationForm form) {
    Unit chosen = units.writable(unit);
    obligations.add(form.toObligation(chosen.id()));
    return "redirect:/obligations?unit=" + chosen.code() + "&year=" + year;
  }

  /** Answers a pending ad-hoc request. */
  @PostMapping("/obligations/occurrences/{occurrenceId}/done")
  String answer(
      @PathVariable long occurrenceId,
      @RequestParam String unit,
      @RequestParam int year,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
      @RequestParam(required = false) String evidence) {
    Unit chosen = units.writable(unit);
    if (obligations.answer(occurrenceId, chosen.id(), doneOn, Text.cleanOrNull(evidence)) == 0) {
      throw new NotFoundException("reminder.obligation.unknown");
    }
    return "redirect:/obligations?unit=" + chosen.code() + "&year=" + year;
  }
}
