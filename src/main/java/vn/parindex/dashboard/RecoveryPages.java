package vn.parindex.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.parindex.account.Accounts;
import vn.parindex.account.UnitScope;

/** Next year, each plan line shows the points its criterion recovered. */
@Controller
class RecoveryPages {

  private final PlanRecovery recovery;
  private final Accounts accounts;
  private final UnitScope scope;

  RecoveryPages(PlanRecovery recovery, Accounts accounts, UnitScope scope) {
    this.recovery = recovery;
    this.accounts = accounts;
    this.scope = scope;
  }

  @GetMapping("/plans/{id}/recovery")
  String page(@PathVariable long id, Model model) {
    model.addAttribute("r", report(id));
    return "dashboard/recovery";
  }

  PlanRecovery.Report report(long id) {
    PlanRecovery.Report report = recovery.of(id);
    if (accounts.currentIfAny().isPresent()) {
      scope.check(report.unitId());
    }
    return report;
  }
}
