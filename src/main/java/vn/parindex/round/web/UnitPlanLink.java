package vn.parindex.round.web;

import org.springframework.stereotype.Component;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.round.RoundPlans;
import vn.parindex.round.UnitRead;

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

  Link of(UnitRead read, CurrentUser reader) {
    if (!read.published()) {
      return null; // a plan is drafted from the published result only: nothing to read before
    }
    return plans
        .unitPlan(read.roundId(), read.unit().code())
        .map(p -> new Link(p.planId(), reader.has(Role.ADMIN) || reader.has(Role.PAR_OFFICER)))
        .orElse(null);
  }
}
