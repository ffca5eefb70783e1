package vn.parindex.workday;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.parindex.input.NotFoundException;
import vn.parindex.page.Form;

/** Fills the working-days page of a year, for its GET and for every refused post. */
@Component
class WorkingDaysPage {

  /** A swapped day as its row's form shows it: stored values, or what was typed when refused. */
  record SwapRow(Swap swap, Form form) {}

  private final WorkingDays days;
  private final Swaps swaps;

  WorkingDaysPage(WorkingDays days, Swaps swaps) {
    this.days = days;
    this.swaps = swaps;
  }

  /** A year the calendar is computed for, else "not found". */
  static int checked(int year) {
    if (year < SwapInput.FIRST_YEAR || year > SwapInput.LAST_YEAR) {
      throw new NotFoundException(
          "workday.year.outside", "" + year, "" + SwapInput.FIRST_YEAR, "" + SwapInput.LAST_YEAR);
    }
    return year;
  }

  Optional<Swap> swap(long id) {
    return swaps.find(id);
  }

  /**
   * The page of a year; {@code addForm} is the new swap's form; {@code editing} the row whose
   * refused form is {@code typed} (both null when none was refused).
   */
  String render(Model model, int year, Form addForm, Long editing, Form typed) {
    List<SwapRow> rows = new ArrayList<>();
    boolean shown = false;
    // read from the table, not the cache: the administrator sees what is stored this instant
    for (Swap swap : swaps.ofYear(year)) {
      if (editing != null && editing == swap.id()) {
        rows.add(new SwapRow(swap, typed));
        shown = true;
      } else {
        rows.add(new SwapRow(swap, stored(swap)));
      }
    }
    if (typed != null && !shown) {
      // the row is gone (removed meanwhile) or of another year: its messages above the add form
      addForm = addForm.withErrors(List.copyOf(typed.fieldErrors().values()));
    }
    model.addAttribute("year", year);
    model.addAttribute("holidays", days.holidays(year));
    model.addAttribute("rows", rows);
    model.addAttribute(
        "form", addForm.values().containsKey("year") ? addForm : addForm.with("year", year));
    if (!model.containsAttribute("saved")) {
      model.addAttribute("saved", false);
    }
    return "workday/workingDays";
  }

  private static Form stored(Swap swap) {
    return Form.of(
        Map.of(
            "kind", swap.working() ? "WORKING" : "OFF",
            "reason", swap.reason(),
            "version", String.valueOf(swap.version())));
  }
}
