package vn.parindex.workday;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;

/**
 * A year's calendar for scripts: every weekday off and every weekend day worked, with its name (the
 * holiday's, or the swap's reason). Readable by every signed-in user: it is the law's and the
 * government's calendar, nobody's own data.
 */
@RestController
class WorkingDaysApi {

  /** The answer: the year and its days that break the week's pattern, by date. */
  record YearView(int year, List<SpecialDay> days) {}

  private final WorkingDays days;
  private final Clock clock;

  WorkingDaysApi(WorkingDays days, Clock clock) {
    this.days = days;
    this.clock = clock;
  }

  @GetMapping("/api/v1/working-days")
  @Access(open = Access.Open.SIGNED_IN)
  YearView year(@RequestParam(required = false) Integer year) {
    int of = year == null ? LocalDate.now(clock).getYear() : WorkingDaysPage.checked(year);
    return new YearView(of, days.specialDays(of));
  }
}
