package vn.parindex.round;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.MethodKind;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;

/**
 * What helps a unit's people through its self-assessment on the unit page: the leaves whose entry
 * they may write now (the window open, or a reopening, and then only then), why a reopened leaf is
 * open again, the files of verified tasks offered for each criterion, and the warnings before
 * submission.
 */
@Service
public class SelfAssessmentAids {

  /** The unit page's aids; {@code reasons} by code, "" for a reopening of the whole unit. */
  public record Aids(
      List<PreSubmission.UnitWarning> warnings,
      Set<String> writable,
      Map<String, String> reasons,
      Map<String, List<TaskEvidenceOffers.Offer>> offers) {

    public static final Aids NONE = new Aids(List.of(), Set.of(), Map.of(), Map.of());

    public boolean canWrite(String code) {
      return writable.contains(code);
    }

    /** The reason this leaf is open again (its own reopening, else the unit's), or null. */
    public String reopened(String code) {
      return reasons.getOrDefault(code, reasons.get(""));
    }

    public List<TaskEvidenceOffers.Offer> offersOf(String code) {
      return offers.getOrDefault(code, List.of());
    }
  }

  private final PreSubmission preSubmission;
  private final TaskEvidenceOffers offers;

  SelfAssessmentAids(PreSubmission preSubmission, TaskEvidenceOffers offers) {
    this.preSubmission = preSubmission;
    this.offers = offers;
  }

  /** The aids of the unit's page, from its one read of the unit. */
  @Transactional(readOnly = true)
  public Aids of(UnitRead read) {
    Round round = read.round();
    Unit unit = read.unit();
    RoundUnit row = read.row();
    CriteriaSet set = read.set();
    Lifts lifts = read.lifts();
    LocalDate today = read.today();
    Set<String> writable = new LinkedHashSet<>();
    if (read.may().self()) {
      for (Criterion leaf : set.leaves()) {
        String code = leaf.code().value();
        if (leaf.methodOrManual().kind() != MethodKind.SURVEY
            && may(() -> row.checkSelfWritable(code, today, round.windows(), lifts))) {
          writable.add(code);
        }
      }
    }
    Map<String, String> reasons = writable.isEmpty() ? Map.of() : read.reopenings().openReasons();
    return new Aids(
        // shown only before submission (the list and the box to acknowledge them): a submitted
        // unit's page, which appraisers open all day, does not read and check every leaf again
        row.state() == RoundState.DRAFT
            ? preSubmission.said(preSubmission.found(round, set, row))
            : List.of(),
        writable,
        reasons,
        writable.isEmpty() ? Map.of() : offers.offers(unit));
  }

  private static boolean may(Runnable check) {
    try {
      check.run();
      return true;
    } catch (AccessDeniedException | NotFoundException | vn.parindex.input.ConflictException no) {
      return false;
    }
  }
}
