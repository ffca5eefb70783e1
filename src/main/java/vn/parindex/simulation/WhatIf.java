package vn.parindex.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.ScoredNode;
import vn.parindex.assessment.ranking.Rankings;
import vn.parindex.assessment.ranking.UnitRank;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.ScoreInput;
import vn.parindex.framework.Scoring;

/**
 * Scores an assessment as it would stand with some inputs changed, storing nothing: each changed
 * leaf by its own rule, the total moved by the difference, and the rank among the unit's peers
 * computed by the ranking itself with this assessment standing in for its unit.
 */
@Service
public class WhatIf {

  private final AssessmentQueries queries;
  private final Rankings rankings;
  private final Gains gains;

  WhatIf(AssessmentQueries queries, Rankings rankings, Gains gains) {
    this.queries = queries;
    this.rankings = rankings;
    this.gains = gains;
  }

  /** The leaves that lost points, in code order, each with the input that changes it. */
  @Transactional(readOnly = true)
  public List<LostLeaf> lostLeaves(long assessmentId) {
    Scorecard card = queries.scorecard(assessmentId);
    java.util.Map<String, Gain> byCode = new java.util.HashMap<>();
    gains.of(assessmentId).forEach(g -> byCode.put(g.code(), g));
    List<LostLeaf> out = new ArrayList<>();
    for (ScoredNode node : card.lostLeaves()) {
      Criterion leaf = node.criterion();
      ScoreInput input = node.entry() == null ? ScoreInput.none() : node.entry().input();
      List<String> levels =
          leaf.methodOrManual() instanceof Scoring.Levels l
              ? l.levels().stream().map(Scoring.Level::name).toList()
              : List.of();
      out.add(
          new LostLeaf(
              leaf.code().value(),
              leaf.name(),
              node.max(),
              node.points(),
              field(leaf, input),
              input,
              levels,
              byCode.get(leaf.code().value())));
    }
    return out;
  }

  private static String field(Criterion leaf, ScoreInput input) {
    if (LeafPoints.rateLeaf(leaf, input)) {
      return "rate";
    }
    return switch (leaf.methodOrManual().kind()) {
      case BINARY -> "done";
      case LEVELS -> "level";
      case DEDUCTION -> "count";
      case SURVEY -> "rate";
      default -> "points";
    };
  }

  /** The answer for these changes; 422 naming the change and field when one cannot be scored. */
  @Transactional(readOnly = true)
  public WhatIfAnswer simulate(long assessmentId, List<WhatIfChange> changes) {
    Scorecard card = queries.scorecard(assessmentId);
    List<WhatIfInputs.Resolved> resolved = WhatIfInputs.read(card.criteriaSet(), changes);
    List<WhatIfAnswer.Leaf> leaves = new ArrayList<>();
    BigDecimal delta = BigDecimal.ZERO;
    for (WhatIfInputs.Resolved r : resolved) {
      ScoredNode node = card.node(r.leaf().code()).orElseThrow();
      BigDecimal after = LeafPoints.of(r.leaf(), r.input()).orElseThrow();
      leaves.add(
          new WhatIfAnswer.Leaf(
              r.leaf().code().value(), r.leaf().name(), node.max(), node.points(), after));
      delta = delta.add(after.subtract(node.points()));
    }
    return new WhatIfAnswer(
        assessmentId,
        leaves,
        standing(card, card.total()),
        standing(card, card.total().add(delta)));
  }

  /** The standing of the assessment as it is. */
  @Transactional(readOnly = true)
  public WhatIfAnswer.Standing now(long assessmentId) {
    Scorecard card = queries.scorecard(assessmentId);
    return standing(card, card.total());
  }

  private WhatIfAnswer.Standing standing(Scorecard card, BigDecimal exactTotal) {
    BigDecimal total = exactTotal.setScale(2, RoundingMode.HALF_UP);
    BigDecimal max = card.maxTotal();
    BigDecimal percent =
        max.signum() == 0
            ? BigDecimal.ZERO
            : total.multiply(LeafPoints.HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
    Optional<UnitRank> rank = rankings.rankOf(standIn(card.assessment(), total));
    return new WhatIfAnswer.Standing(
        total,
        max,
        percent,
        card.criteriaSet().classify(percent).orElse(null),
        rank.map(UnitRank::rank).orElse(null),
        rank.map(UnitRank::of).orElse(null));
  }

  /**
   * The assessment with this total as its published figure and no rank a document stated, so the
   * ranking places it by the total alone among the peers it finds.
   */
  private static Assessment standIn(Assessment a, BigDecimal total) {
    return new Assessment(
        a.id(),
        a.unitId(),
        a.year(),
        a.criteriaSetId(),
        a.stage(),
        total,
        a.statedLoss(),
        a.sourceName(),
        a.createdAt(),
        a.entries());
  }
}
