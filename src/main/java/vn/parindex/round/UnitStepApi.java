package vn.parindex.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.unit.Unit;

/** One unit's steps in a round: self entries and submission, appraisals, explanations. */
@RestController
@RequestMapping("/api/v1/rounds/{id}/units/{unit}")
@Access(RoundAccess.class)
class UnitStepApi {

  record EntryRequest(
      BigDecimal points,
      Boolean done,
      String level,
      BigDecimal rate,
      BigDecimal numerator,
      BigDecimal denominator,
      Integer count,
      String note,
      List<Long> evidence,
      Integer version) {}

  record AppraisalRequest(
      Integer round,
      BigDecimal points,
      String note,
      Boolean explanationRequired,
      Integer version) {}

  record ExplanationRequest(Boolean agree, String text, List<Long> evidence, Integer version) {}

  record StateView(String unit, RoundState state) {}

  /**
   * The chairman's texts for the self-assessment report, and {@code acknowledgeWarnings}: required
   * (true) when the unit has warnings; the body itself may be left out.
   */
  record SubmitRequest(String difficulties, String proposals, Boolean acknowledgeWarnings) {}

  private final RoundLoader loader;
  private final SelfAssessment self;
  private final Appraisals appraisals;
  private final Explanations explanations;
  private final RoundViews views;
  private final RoundAccess access;
  private final Clock clock;

  UnitStepApi(
      RoundLoader loader,
      SelfAssessment self,
      Appraisals appraisals,
      Explanations explanations,
      RoundViews views,
      RoundAccess access,
      Clock clock) {
    this.loader = loader;
    this.self = self;
    this.appraisals = appraisals;
    this.explanations = explanations;
    this.views = views;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping
  RoundViews.UnitEntries entries(@PathVariable long id, @PathVariable("unit") String code) {
    Unit unit = loader.unit(code);
    access.checkRead(unit.id());
    return views.entries(id, unit);
  }

  @PutMapping("/entries/{code}")
  RoundViews.EntryView entry(
      @PathVariable long id,
      @PathVariable("unit") String unitCode,
      @PathVariable String code,
      @RequestBody EntryRequest body) {
    Unit unit = loader.unit(unitCode);
    access.checkSelf(unit.id());
    SelfInput input =
        SelfInput.of(
            body.points(),
            body.done(),
            body.level(),
            body.rate(),
            body.numerator(),
            body.denominator(),
            body.count(),
            body.note());
    return RoundViews.EntryView.of(
        self.write(id, unit, code, input, body.evidence(), body.version(), by(), today()));
  }

  @PostMapping("/submit")
  StateView submit(
      @PathVariable long id,
      @PathVariable("unit") String unitCode,
      @RequestBody(required = false) SubmitRequest body) {
    Unit unit = loader.unit(unitCode);
    access.checkLeader(unit.id());
    SubmitRequest sent = body == null ? new SubmitRequest(null, null, null) : body;
    Submission submission =
        new Submission(
            sent.difficulties(), sent.proposals(), Boolean.TRUE.equals(sent.acknowledgeWarnings()));
    return new StateView(unit.code(), self.submit(id, unit, submission, by(), today()));
  }

  @PutMapping("/appraisals/{code}")
  RoundViews.EntryView appraise(
      @PathVariable long id,
      @PathVariable("unit") String unitCode,
      @PathVariable String code,
      @RequestBody AppraisalRequest body) {
    Unit unit = loader.unit(unitCode);
    access.checkAppraise(unit.id());
    return RoundViews.EntryView.of(
        appraisals.appraise(
            id,
            unit,
            code,
            body.round(),
            body.points(),
            body.note(),
            body.explanationRequired(),
            body.version(),
            by(),
            today()));
  }

  /** Ends the open round; {@code ?round=N} ends round N only (a retry never ends the next). */
  @PostMapping("/appraisals/complete")
  StateView complete(
      @PathVariable long id,
      @PathVariable("unit") String unitCode,
      @RequestParam(required = false) Integer round) {
    Unit unit = loader.unit(unitCode);
    access.checkAppraise(unit.id());
    return new StateView(unit.code(), appraisals.complete(id, unit, round, by(), today()));
  }

  @PutMapping("/explanations/{code}")
  RoundViews.EntryView explain(
      @PathVariable long id,
      @PathVariable("unit") String unitCode,
      @PathVariable String code,
      @RequestBody ExplanationRequest body) {
    Unit unit = loader.unit(unitCode);
    access.checkExplain(unit.id());
    return RoundViews.EntryView.of(
        explanations.explain(
            id,
            unit,
            code,
            body.agree(),
            body.text(),
            body.evidence(),
            body.version(),
            by(),
            today()));
  }

  @PostMapping("/explanations/submit")
  StateView submitExplanations(@PathVariable long id, @PathVariable("unit") String unitCode) {
    Unit unit = loader.unit(unitCode);
    access.checkLeader(unit.id());
    return new StateView(unit.code(), explanations.submit(id, unit, by(), today()));
  }

  /** The signed-in user acting now, by the application's clock. */
  private Actor by() {
    return Actor.now(access.user(), clock);
  }

  /** The communes' day now: deadlines are read from it at each write. */
  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
