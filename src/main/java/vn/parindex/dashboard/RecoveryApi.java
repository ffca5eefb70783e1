package vn.parindex.dashboard;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;
import vn.parindex.plan.PlanAccess;

/** The points each plan line's criterion recovered the next year, as JSON. */
@RestController
@Access(PlanAccess.class)
class RecoveryApi {

  private final RecoveryPages pages;

  RecoveryApi(RecoveryPages pages) {
    this.pages = pages;
  }

  @GetMapping("/api/v1/plans/{id}/recovery")
  PlanRecovery.Report recovery(@PathVariable long id) {
    return pages.report(id);
  }
}
