package vn.parindex.round.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import vn.parindex.account.Role;
import vn.parindex.account.UnitScope;
import vn.parindex.round.RoundPlans;

/**
 * What the unit's round page shows of its remediation plan: the plan drafted from its published
 * losses, if any. Kept out of the unit page's controller, which other parts of the round also grow.
 */
@ControllerAdvice(assignableTypes = RoundUnitPages.class)
class UnitPlanLink {

  /**
   * The plan of a published unit ({@code planId} null when none yet) and whether the reader drafts
   * plans; null before publication.
   */
  record Link(Long planId, boolean canDraft) {}

  private final RoundPlans plans;
  private final UnitScope scope;

  UnitPlanLink(RoundPlans plans, UnitScope scope) {
    this.plans = plans;
    this.scope = scope;
  }

  @ModelAttribute("unitPlan")
  Link unitPlan(@PathVariable long id, @PathVariable String unit, HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return null;
    }
    return plans
        .unitPlan(id, unit)
        .map(p -> new Link(p.planId(), scope.has(Role.ADMIN, Role.PAR_OFFICER)))
        .orElse(null);
  }
}
