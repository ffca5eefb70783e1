package vn.parindex.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.parindex.account.Actor;
import vn.parindex.unit.Unit;

/**
 * The round's steps as the pages take them, each checked by {@link RoundAccess} first and then done
 * by the same service the API calls, with the actor and the day given by the caller.
 */
@Service
public class RoundActions {

  /** The windows of a new round, as typed. */
  public record Dates(
      LocalDate selfFrom,
      LocalDate selfTo,
      LocalDate round1Due,
      LocalDate explanationDue,
      LocalDate round2Due,
      LocalDate publication) {}

  /** A unit's inputs for one leaf (only those its scoring rule takes). */
  public record SelfEntry(
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

  private final RoundLoader loader;
  private final RoundOpening opening;
  private final SelfAssessment self;
  private final Appraisals appraisals;
  private final Explanations explanations;
  private final RoundAccess access;

  RoundActions(
      RoundLoader loader,
      RoundOpening opening,
      SelfAssessment self,
      Appraisals appraisals,
      Explanations explanations,
      RoundAccess access) {
    this.loader = loader;
    this.opening = opening;
    this.self = self;
    this.appraisals = appraisals;
    this.explanations = explanations;
    this.access = access;
  }

  /** Opens a round over the parent (its code); returns its id. */
  public long open(Integer year, String parentCode, Long setId, Dates d, Actor by) {
    if (parentCode == null || parentCode.isBlank()) {
      throw Refusal.field("parent", "required");
    }
    Unit parent = loader.unit(parentCode);
    access.checkOpen(parent.id());
    if (year == null || year < 2000 || year > 2100) {
      throw Refusal.field("year", "year.range");
    }
    if (setId == null) {
      throw Refusal.field("framework", "required");
    }
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

  public void writeSelf(long id, String unitCode, String code, SelfEntry e, Actor by, LocalDate d) {
    Unit unit = loader.unit(unitCode);
    access.checkSelf(unit.id());
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
    self.write(id, unit, code, input, e.evidence(), e.version(), by, d);
  }

  public void submit(long id, String unitCode, Actor by, LocalDate today) {
    submit(id, unitCode, Submission.plain(false), by, today);
  }

  /** The chairman submits, with the report's texts and whether the warnings were seen. */
  public void submit(long id, String unitCode, Submission submission, Actor by, LocalDate today) {
    Unit unit = loader.unit(unitCode);
    access.checkLeader(unit.id());
    self.submit(id, unit, submission, by, today);
  }

  public void appraise(
      long id,
      String unitCode,
      String code,
      Integer round,
      BigDecimal points,
      String note,
      boolean explanationRequired,
      Integer version,
      Actor by,
      LocalDate today) {
    Unit unit = loader.unit(unitCode);
    access.checkAppraise(unit.id());
    appraisals.appraise(
        id, unit, code, round, points, note, explanationRequired, version, by, today);
  }

  public void complete(long id, String unitCode, Actor by, LocalDate today) {
    complete(id, unitCode, null, by, today);
  }

  /** Ends round {@code round} (null: whichever is open), refused when another one is open. */
  public void complete(long id, String unitCode, Integer round, Actor by, LocalDate today) {
    Unit unit = loader.unit(unitCode);
    access.checkAppraise(unit.id());
    appraisals.complete(id, unit, round, by, today);
  }

  public void explain(
      long id,
      String unitCode,
      String code,
      Boolean agree,
      String text,
      List<Long> evidence,
      Integer version,
      Actor by,
      LocalDate today) {
    Unit unit = loader.unit(unitCode);
    access.checkExplain(unit.id());
    explanations.explain(id, unit, code, agree, text, evidence, version, by, today);
  }

  public void submitExplanations(long id, String unitCode, Actor by, LocalDate today) {
    Unit unit = loader.unit(unitCode);
    access.checkLeader(unit.id());
    explanations.submit(id, unit, by, today);
  }
}
