package vn.parindex.reminder.web;

import java.time.LocalDate;
import vn.parindex.framework.Obligation;
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

  public boolean pendingRequest() {
    return "WITHIN_DAYS".equals(kind) && doneOn == null && occurrenceId != null;
  }
}
