package vn.parindex.simulation.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.plan.PlanAccess;
import vn.parindex.simulation.Gain;
import vn.parindex.simulation.Gains;
import vn.parindex.simulation.Targets;
import vn.parindex.simulation.WhatIf;
import vn.parindex.simulation.WhatIfAnswer;
import vn.parindex.simulation.WhatIfChange;

/**
 * The what-if and the cheapest points of an assessment: whoever may read the assessment may
 * simulate it and see its gains; turning a gain into a plan line and task needs a plan writer.
 */
@RestController
@RequestMapping("/api/v1/assessments/{id}")
@Access(AssessmentAccess.class)
class SimulationApi {

  /** A chosen target: the leaf, and optionally the indicator and department of its task. */
  record TargetRequest(String code, String indicator, Long department) {}

  private final WhatIf whatIf;
  private final Gains gains;
  private final Targets targets;
  private final AssessmentAccess access;
  private final PlanAccess plans;

  SimulationApi(
      WhatIf whatIf, Gains gains, Targets targets, AssessmentAccess access, PlanAccess plans) {
    this.whatIf = whatIf;
    this.gains = gains;
    this.targets = targets;
    this.access = access;
    this.plans = plans;
  }

  @PostMapping("/what-if")
  WhatIfAnswer whatIf(@PathVariable long id, @RequestBody List<WhatIfChange> changes) {
    access.checkRead(id);
    return whatIf.simulate(id, changes);
  }

  @GetMapping("/gains")
  List<Gain> gains(@PathVariable long id) {
    access.checkRead(id);
    return gains.of(id);
  }

  @PostMapping("/targets")
  ResponseEntity<Targets.Made> target(@PathVariable long id, @RequestBody TargetRequest request) {
    plans.checkDraft(id);
    Targets.Made made =
        targets.choose(
            access.actor(), id, request.code(), request.indicator(), request.department());
    return ResponseEntity.status(made.created() ? HttpStatus.CREATED : HttpStatus.OK).body(made);
  }
}
