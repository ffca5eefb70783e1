package vn.parindex.reminder.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.parindex.framework.Obligation;
import vn.parindex.page.Times;
import vn.parindex.reminder.DueItem;

/** One line of the obligations calendar, for the page and the API. */
public record ObligationRow(
    long obligationId,
    String criterionCode,
    String title,
    String kind,
    LocalDate startOn,
    LocalDate dueOn,
    String status,
    LocalDate doneOn,
    int counted,
    int required,
    String responsible,
    Long occurrenceId) {

  static ObligationRow of(DueItem item) {
    Obligation o = item.obligation();
    return new ObligationRow(
        o.id(),
        o.criterionCode(),
        o.title(),
        o.kind().name(),
        item.startOn(),
        item.dueOn(),
        item.status().name(),
        item.doneOn(),
        item.counted(),
        item.required(),
        o.responsible(),
        item.occurrenceId());
  }

  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

  /** "01/01 – 31/03/2026", as the calendar page shows when it falls. */
  String period() {
    return (startOn == null ? "" : DAY_MONTH.format(startOn)) + " – " + Times.date(dueOn);
  }

  public boolean pendingRequest() {
    return "WITHIN_DAYS".equals(kind) && doneOn == null && occurrenceId != null;
  }
}
