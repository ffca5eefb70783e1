package vn.parindex.reminder.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parindex.account.Access;
import vn.parindex.account.UnitScope;
import vn.parindex.reminder.ReminderPolicies;
import vn.parindex.reminder.ReminderPolicy;
import vn.parindex.unit.Unit;

/** A unit's reminder policy, edited by its PAR officer or leader. */
@Controller
@Access(UnitChoice.class)
class PolicyPages {

  private final ReminderPolicies policies;
  private final UnitChoice units;
  private final UnitScope scope;

  PolicyPages(ReminderPolicies policies, UnitChoice units, UnitScope scope) {
    this.policies = policies;
    this.units = units;
    this.scope = scope;
  }

  @GetMapping("/reminders/policy")
  String show(
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) boolean saved,
      Model model) {
    Unit chosen = units.resolve(unit);
    scope.require(UnitChoice.MANAGERS);
    model.addAttribute("unit", chosen);
    model.addAttribute("policy", policies.forUnit(chosen.id()));
    model.addAttribute("saved", saved);
    return "reminder/policy";
  }

  @PostMapping("/reminders/policy")
  String save(
      @RequestParam String unit,
      @RequestParam(defaultValue = "") String daysBefore,
      @RequestParam(defaultValue = "false") boolean onOverdue,
      @RequestParam int stuckDays,
      @RequestParam int escalateAfterDays,
      @RequestParam(defaultValue = "false") boolean dailyDigest,
      @RequestParam int sendHour,
      @RequestParam int warnDays) {
    Unit chosen = units.writable(unit);
    scope.require(UnitChoice.MANAGERS);
    policies.save(
        ReminderPolicy.of(
            chosen.id(),
            daysBefore,
            onOverdue,
            stuckDays,
            escalateAfterDays,
            dailyDigest,
            sendHour,
            warnDays));
    return "redirect:/reminders/policy?unit=" + chosen.code() + "&saved=true";
  }
}
