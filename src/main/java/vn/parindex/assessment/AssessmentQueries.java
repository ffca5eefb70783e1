package vn.parindex.assessment;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.input.NotFoundException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * Loads an assessment with its criteria set: the scored tree and its findings. The public entry for
 * other features (the plan drafts from {@link #scorecard}).
 */
@Service
public class AssessmentQueries {

  private final Assessments assessments;
  private final CriteriaSets sets;
  private final Units units;
  private final Scorecards scorecards;
  private final DossierFindings dossierFindings;

  AssessmentQueries(
      Assessments assessments,
      CriteriaSets sets,
      Units units,
      Scorecards scorecards,
      DossierFindings dossierFindings) {
    this.assessments = assessments;
    this.dossierFindings = dossierFindings;
    this.scorecards = scorecards;
    this.sets = sets;
    this.units = units;
  }

  /**
   * The scored tree; {@link NotFoundException} (404) for an unknown id. Computed again only when
   * the assessment has changed since ({@link Scorecards}).
   */
  public Scorecard scorecard(long assessmentId) {
    int version =
        assessments
            .version(assessmentId)
            .orElseThrow(() -> new NotFoundException("assessment.notfound", assessmentId));
    return scorecard(assessmentId, version);
  }

  /** The scored tree at a row version the caller has just read with the assessment. */
  public Scorecard scorecard(long assessmentId, int version) {
    return scorecards.get(assessmentId, version, () -> load(assessmentId));
  }

  private Scorecard load(long assessmentId) {
    Assessment a =
        assessments
            .findById(assessmentId)
            .orElseThrow(() -> new NotFoundException("assessment.notfound", assessmentId));
    CriteriaSet set =
        sets.findById(a.criteriaSetId())
            .orElseThrow(() -> new NotFoundException("assessment.notfound", assessmentId));
    return Scorecard.of(set, a);
  }

  public List<Finding> findings(long assessmentId) {
    return findings(scorecard(assessmentId));
  }

  /** The checker's findings on the tree, and those against the unit's one-stop dossiers. */
  public List<Finding> findings(Scorecard card) {
    List<Finding> all = new java.util.ArrayList<>(Checker.check(card));
    all.addAll(dossierFindings.of(card));
    return all;
  }

  public TreeView tree(long assessmentId) {
    return tree(scorecard(assessmentId));
  }

  public TreeView tree(Scorecard card) {
    Assessment a = card.assessment();
    Unit unit = units.findById(a.unitId()).orElseThrow();
    CriteriaSet set = card.criteriaSet();
    return new TreeView(
        a.id(),
        unit.code(),
        unit.name(),
        a.year(),
        a.stage(),
        set.id(),
        set.name(),
        set.partial(),
        a.sourceName(),
        TreeView.totals(card),
        a.statedRank(),
        card.roots().stream().map(TreeView::node).toList());
  }
}
