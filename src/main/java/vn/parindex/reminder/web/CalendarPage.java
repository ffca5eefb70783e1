package vn.parindex.reminder.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.parindex.framework.ObligationKind;
import vn.parindex.page.Form;
import vn.parindex.reminder.ObligationCalendar;
import vn.parindex.reminder.Obligations;
import vn.parindex.unit.Unit;

/**
 * What the obligations calendar shows for a unit's year: by month and by department, with the forms
 * that record an obligation done, request an ad-hoc report and add an obligation. A refused form
 * comes back as typed ({@code form}) in its place ({@code target}: "add", "record-{id}",
 * "request-{id}", "answer-{id}").
 */
@Component
class CalendarPage {

  static final String VIEW = "reminder/web/obligations";

  private final ObligationCalendar calendar;
  private final Obligations obligations;
  private final UnitChoice units;
  private final Clock clock;

  CalendarPage(
      ObligationCalendar calendar, Obligations obligations, UnitChoice units, Clock clock) {
    this.calendar = calendar;
    this.obligations = obligations;
    this.units = units;
    this.clock = clock;
  }

  String render(Unit unit, Integer year, Form form, String target, Model model) {
    LocalDate today = LocalDate.now(clock);
    int shown = year == null ? today.getYear() : year;
    List<ObligationRow> rows =
        calendar.of(unit.id(), shown, today).stream().map(ObligationRow::of).toList();
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
    boolean canEdit = units.canWrite();
    model.addAttribute("unit", unit);
    model.addAttribute("year", shown);
    model.addAttribute("byMonth", byMonth);
    model.addAttribute("byDepartment", byDepartment);
    model.addAttribute("dueSoon", rows.stream().filter(r -> "DUE_SOON".equals(r.status())).count());
    model.addAttribute("canEdit", canEdit);
    model.addAttribute(
        "requestable",
        canEdit
            ? obligations.forUnit(unit.id(), shown).stream()
                .filter(o -> o.kind() == ObligationKind.WITHIN_DAYS)
                .toList()
            : List.of());
    model.addAttribute("form", form);
    model.addAttribute("target", target);
    return VIEW;
  }
}
