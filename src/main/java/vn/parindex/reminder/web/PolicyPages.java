package vn.parindex.reminder.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.account.UnitScope;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Messages;
import vn.parindex.page.Form;
import vn.parindex.reminder.ReminderPolicies;
import vn.parindex.reminder.ReminderPolicy;
import vn.parindex.unit.Unit;

/**
 * A unit's reminder policy, edited by its PAR officer or leader. A refused policy comes back as
 * typed, each message beside its field, and nothing is stored.
 */
@Controller
@Access(UnitChoice.class)
class PolicyPages {

  /** The form's whole-number fields, in the order {@link ReminderPolicy#of} takes them. */
  private static final List<String> NUMBERS =
      List.of("stuckDays", "escalateAfterDays", "sendHour", "warnDays");

  private final ReminderPolicies policies;
  private final UnitChoice units;
  private final UnitScope scope;
  private final Messages messages;

  PolicyPages(ReminderPolicies policies, UnitChoice units, UnitScope scope, Messages messages) {
    this.policies = policies;
    this.units = units;
    this.scope = scope;
    this.messages = messages;
  }

  @GetMapping("/reminders/policy")
  String show(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) boolean saved,
      Model model) {
    Unit chosen = units.resolve(unit);
    scope.require(UnitChoice.MANAGERS);
    model.addAttribute("saved", saved);
    return page(chosen, shown(policies.forUnit(chosen.id())), model);
  }

  @PostMapping("/reminders/policy")
  String save(
      @RequestParam String unit,
      HttpServletRequest request,
      Model model,
      HttpServletResponse response) {
    Unit chosen = units.writable(unit);
    scope.require(UnitChoice.MANAGERS);
    Form typed = Form.of(request.getParameterMap());
    List<InputProblem> problems = new ArrayList<>();
    // A number that is not one stands in as the default, so that the other fields are still
    // checked and every problem is shown at once; nothing is saved then.
    ReminderPolicy d = ReminderPolicy.defaults(chosen.id());
    List<Integer> fallback =
        List.of(d.stuckDays(), d.escalateAfterDays(), d.sendHour(), d.warnDays());
    List<Integer> n = new ArrayList<>();
    for (int i = 0; i < NUMBERS.size(); i++) {
      Integer typedNumber =
          FieldProblems.whole(NUMBERS.get(i), typed.value(NUMBERS.get(i)), true, problems);
      n.add(typedNumber == null ? fallback.get(i) : typedNumber);
    }
    try {
      ReminderPolicy policy =
          ReminderPolicy.of(
              chosen.id(),
              typed.value("daysBefore"),
              typed.selected("onOverdue", "true"),
              n.get(0),
              n.get(1),
              typed.selected("dailyDigest", "true"),
              n.get(2),
              n.get(3));
      if (problems.isEmpty()) {
        policies.save(policy);
        return "redirect:/reminders/policy?unit=" + chosen.code() + "&saved=true";
      }
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return page(chosen, FieldProblems.beside(typed, problems, messages), model);
  }

  private String page(Unit unit, Form form, Model model) {
    model.addAttribute("unit", unit);
    model.addAttribute("form", form);
    return "reminder/web/policy";
  }

  /** The policy as the form shows it (a checkbox ticked when its value is "true"). */
  static Form shown(ReminderPolicy p) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("daysBefore", p.daysBeforeText());
    values.put("onOverdue", p.onOverdue() ? "true" : null);
    values.put("stuckDays", p.stuckDays());
    values.put("escalateAfterDays", p.escalateAfterDays());
    values.put("dailyDigest", p.dailyDigest() ? "true" : null);
    values.put("sendHour", p.sendHour());
    values.put("warnDays", p.warnDays());
    return Form.of(values);
  }
}
