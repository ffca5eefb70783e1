package vn.parindex.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** What falls due when for a unit in a year, with each item's status on a given day. */
@Component
public class ObligationCalendar {

  private final Obligations obligations;
  private final ReminderPolicies policies;

  ObligationCalendar(Obligations obligations, ReminderPolicies policies) {
    this.obligations = obligations;
    this.policies = policies;
  }

  public List<DueItem> of(long unitId, int year, LocalDate today) {
    int warnDays = policies.forUnit(unitId).warnDays();
    List<Occurrence> occurrences = obligations.occurrences(unitId, year);
    List<DueItem> items = new ArrayList<>();
    for (Obligation obligation : obligations.forUnit(unitId, year)) {
      items.addAll(ObligationRules.due(obligation, year, occurrences, today, warnDays));
    }
    items.sort(Comparator.comparing(DueItem::dueOn));
    return items;
  }
}
