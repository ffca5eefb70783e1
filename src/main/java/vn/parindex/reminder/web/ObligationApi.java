package vn.parindex.reminder.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.reminder.ObligationCalendar;
import vn.parindex.unit.Unit;

/** The obligations calendar of a unit and year, with each item's status today. */
@RestController
class ObligationApi {

  private final ObligationCalendar calendar;
  private final UnitChoice units;

  ObligationApi(ObligationCalendar calendar, UnitChoice units) {
    this.calendar = calendar;
    this.units = units;
  }

  @GetMapping("/api/v1/obligations")
  List<ObligationRow> obligations(
      @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year) {
    Unit chosen = units.resolve(unit);
    LocalDate today = LocalDate.now();
    return calendar.of(chosen.id(), year == null ? today.getYear() : year, today).stream()
        .map(ObligationRow::of)
        .toList();
  }
}
