package vn.parindex.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.framework.Obligation;

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
    Obligations.Merged merged = obligations.merged(unitId, year);
    // what was recorded against a default counts for the set obligation that replaced it
    List<Occurrence> occurrences =
        obligations.occurrences(unitId, year).stream()
            .map(
                o ->
                    new Occurrence(
                        o.id(),
                        merged.replacements().getOrDefault(o.obligationId(), o.obligationId()),
                        o.requestedOn(),
                        o.doneOn(),
                        o.evidence()))
            .toList();
    List<DueItem> items = new ArrayList<>();
    for (Obligation obligation : merged.obligations()) {
      items.addAll(ObligationRules.due(obligation, year, occurrences, today, warnDays));
    }
    items.sort(Comparator.comparing(DueItem::dueOn));
    return items;
  }
}
