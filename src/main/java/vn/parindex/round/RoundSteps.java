package vn.parindex.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.parindex.account.Actor;
import vn.parindex.account.Role;
import vn.parindex.account.UnitScope;
import vn.parindex.task.EvidenceUploads;
import vn.parindex.unit.Unit;

/**
 * The round's steps for a caller that says who acts and when without anyone signed in (the demo,
 * whose people act at the past moments of its story): the same services the API calls, the day of
 * each step read from its actor's moment, and the same who-may rule checked against that actor.
 */
@Service
public class RoundSteps {

  private final RoundLoader loader;
  private final RoundOpening opening;
  private final SelfAssessment self;
  private final Appraisals appraisals;
  private final Explanations explanations;
  private final EvidenceDocuments documents;
  private final EvidenceUploads uploads;
  private final CriterionAssignments assignments;
  private final UnitScope scope;
  private final Clock clock;

  RoundSteps(
      RoundLoader loader,
      RoundOpening opening,
      SelfAssessment self,
      Appraisals appraisals,
      Explanations explanations,
      EvidenceDocuments documents,
      EvidenceUploads uploads,
      CriterionAssignments assignments,
      UnitScope scope,
      Clock clock) {
    this.assignments = assignments;
    this.loader = loader;
    this.opening = opening;
    this.self = self;
    this.appraisals = appraisals;
    this.explanations = explanations;
    this.documents = documents;
    this.uploads = uploads;
    this.scope = scope;
    this.clock = clock;
  }

  /** Opens the year's round over {@code parent} with the windows in order; its id. */
  public long open(int year, Unit parent, long setId, RoundActions.Dates d, Actor by) {
    check(by, parent.id(), Role.ADMIN, Role.APPRAISER);
    Windows windows =
        Windows.of(
            d.selfFrom(),
            d.selfTo(),
            d.round1Due(),
            d.explanationDue(),
            d.round2Due(),
            d.publication());
    return opening.open(new RoundOpening.Command(year, parent, setId, windows), by);
  }

  /**
   * The round's first assignment of criteria to the parent's appraising departments (code → the
   * department's name), by whoever may open the round.
   */
  public void assignAppraisers(long roundId, Map<String, String> chosen, Actor by) {
    Round round = loader.round(roundId);
    check(by, round.parentUnitId(), Role.ADMIN, Role.APPRAISER);
    assignments.assignAppraisers(roundId, lines(chosen), 0, by);
  }

  /** The unit's first assignment of its criteria to its departments, by its PAR officer. */
  public void assignFillers(long roundId, Unit unit, Map<String, String> chosen, Actor by) {
    scope.check(by.user(), unit.id());
    if (!RoundAccess.assignsFillers(by.user(), unit.id())) {
      throw new AccessDeniedException("round");
    }
    assignments.assignFillers(roundId, unit, lines(chosen), 0, by);
  }

  private static List<Assignments.Line> lines(Map<String, String> chosen) {
    return chosen.entrySet().stream()
        .map(e -> new Assignments.Line(e.getKey(), e.getValue()))
        .toList();
  }

  /** What a document says of itself. */
  public record Document(String number, LocalDate date, String issuer, String title) {}

  /** Stores one of the unit's evidence documents (checked by content like an upload); its id. */
  public long evidence(Unit unit, String fileName, byte[] content, Document d, Actor by) {
    check(by, unit.id(), Role.PAR_OFFICER, Role.DEPARTMENT_OFFICIAL, Role.LEADER);
    EvidenceForm form = EvidenceForm.of(d.number(), d.date().toString(), d.issuer(), d.title());
    EvidenceUploads.Checked checked = uploads.store(fileName, content);
    return documents.insert(unit.id(), checked, form, by.id(), by.stored());
  }

  public void writeSelf(long roundId, Unit unit, String code, RoundActions.SelfEntry e, Actor by) {
    check(by, unit.id(), Role.PAR_OFFICER, Role.DEPARTMENT_OFFICIAL);
    SelfInput input =
        SelfInput.of(
            e.points(),
            e.done(),
            e.level(),
            e.rate(),
            e.numerator(),
            e.denominator(),
            e.count(),
            e.note());
    self.write(roundId, unit, code, input, e.evidence(), e.version(), by, by.day(clock));
  }

  public void submit(long roundId, Unit unit, Actor by) {
    checkOwnLeader(by, unit);
    // the story's chairman has read the warnings before submitting (the page asks for the tick)
    self.submit(roundId, unit, Submission.plain(true), by, by.day(clock));
  }

  public void appraise(
      long roundId,
      Unit unit,
      String code,
      int round,
      BigDecimal points,
      String note,
      boolean explanationRequired,
      Actor by) {
    checkAppraiser(by, unit);
    appraisals.appraise(
        roundId, unit, code, round, points, note, explanationRequired, null, by, by.day(clock));
  }

  public void complete(long roundId, Unit unit, Actor by) {
    checkAppraiser(by, unit);
    appraisals.complete(roundId, unit, null, by, by.day(clock));
  }

  public void explain(
      long roundId,
      Unit unit,
      String code,
      boolean agree,
      String text,
      List<Long> evidence,
      Actor by) {
    check(by, unit.id(), Role.PAR_OFFICER, Role.DEPARTMENT_OFFICIAL, Role.LEADER);
    explanations.explain(roundId, unit, code, agree, text, evidence, null, by, by.day(clock));
  }

  public void submitExplanations(long roundId, Unit unit, Actor by) {
    checkOwnLeader(by, unit);
    explanations.submit(roundId, unit, by, by.day(clock));
  }

  private void check(Actor by, long unitId, Role... roles) {
    scope.check(by.user(), unitId);
    if (!by.user().hasAny(roles)) {
      throw new AccessDeniedException("round");
    }
  }

  private void checkOwnLeader(Actor by, Unit unit) {
    check(by, unit.id(), Role.LEADER);
    if (by.user().unitId() != unit.id()) {
      throw new AccessDeniedException("round");
    }
  }

  private void checkAppraiser(Actor by, Unit unit) {
    check(by, unit.id(), Role.ADMIN, Role.APPRAISER);
    if (!by.user().has(Role.ADMIN) && by.user().unitId() == unit.id()) {
      throw new AccessDeniedException("round");
    }
  }
}
