package vn.parindex.round.web;

import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.round.RoundPlans;

/** What the unit's round page shows of its remediation plan: the one drafted at publication. */
@Component
class UnitPlanLink {

  /**
   * The plan of a published unit ({@code planId} null when none yet) and whether the reader drafts
   * plans; null before publication.
   */
  record Link(Long planId, boolean canDraft) {}

  private final RoundPlans plans;

  UnitPlanLink(RoundPlans plans) {
    this.plans = plans;
  }

  Link of(long id, String unit, CurrentUser reader) {
    return plans
        .unitPlan(id, unit)
        .map(p -> new Link(p.planId(), reader.has(Role.ADMIN) || reader.has(Role.PAR_OFFICER)))
        .orElse(null);
  }
}
