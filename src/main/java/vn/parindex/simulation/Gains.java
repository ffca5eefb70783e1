package vn.parindex.simulation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.ScoredNode;
import vn.parindex.dossier.IndicatorCode;
import vn.parindex.dossier.IndicatorFigure;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.ScoreInput;
import vn.parindex.framework.Scoring;

/**
 * The lost points of an assessment ranked by what it takes to win them back: most points per unit
 * of effort first (a dossier to convert, a document to issue, an item to clear, a level to climb),
 * then the most points; those whose effort is not known (manual scoring) last.
 */
@Service
public class Gains {

  static final Comparator<Gain> ORDER =
      Comparator.comparing((Gain g) -> !g.known())
          .thenComparing(
              (Gain g) -> g.perEffort() == null ? BigDecimal.ZERO : g.perEffort(),
              Comparator.reverseOrder())
          .thenComparing(Gain::won, Comparator.reverseOrder())
          .thenComparing(Gain::code);

  private final AssessmentQueries queries;
  private final LiveFigures live;

  Gains(AssessmentQueries queries, LiveFigures live) {
    this.queries = queries;
    this.live = live;
  }

  @Transactional(readOnly = true)
  public List<Gain> of(long assessmentId) {
    Scorecard card = queries.scorecard(assessmentId);
    List<Gain> out = new ArrayList<>();
    for (ScoredNode node : card.lostLeaves()) {
      out.add(gain(card, node));
    }
    out.sort(ORDER);
    return out;
  }

  /** The gain of one leaf of the assessment, if it lost points. */
  @Transactional(readOnly = true)
  public Optional<Gain> of(long assessmentId, String code) {
    return of(assessmentId).stream().filter(g -> g.code().equals(code)).findFirst();
  }

  private Gain gain(Scorecard card, ScoredNode node) {
    Criterion leaf = node.criterion();
    ScoreInput input = node.entry() == null ? ScoreInput.none() : node.entry().input();
    Optional<IndicatorCode> source = LeafSources.of(leaf);
    BigDecimal lost = node.lost();
    if (source.isPresent() || LeafPoints.rateLeaf(leaf, input)) {
      return rateGain(card, node, input, source.orElse(null));
    }
    if (leaf.methodOrManual() instanceof Scoring.Binary) {
      return gain(node, Gain.Kind.DOCUMENT, lost, 1L);
    }
    if (leaf.methodOrManual() instanceof Scoring.Deduction d) {
      long items =
          input.count() != null
              ? input.count()
              : lost.divide(d.perItem(), 0, RoundingMode.CEILING).longValue();
      return gain(node, Gain.Kind.ITEMS, lost, items);
    }
    if (leaf.methodOrManual() instanceof Scoring.Levels levels) {
      return levelGain(node, levels);
    }
    return gain(node, Gain.Kind.UNKNOWN, lost, null);
  }

  private Gain rateGain(Scorecard card, ScoredNode node, ScoreInput input, IndicatorCode source) {
    Long numerator = whole(input.numerator());
    Long denominator = whole(input.denominator());
    BigDecimal rate = input.percent().orElse(null);
    if (source != null) {
      Optional<IndicatorFigure> figure =
          live.of(card.assessment().unitId(), card.assessment().year(), source)
              .filter(IndicatorFigure::applicable);
      if (figure.isPresent()) {
        numerator = figure.get().numerator();
        denominator = figure.get().denominator();
        rate = figure.get().rate().orElse(rate);
      }
    }
    BigDecimal target = LeafPoints.fullRate(node.criterion()).orElse(LeafPoints.HUNDRED);
    Long effort =
        numerator == null || denominator == null || denominator == 0
            ? null
            : RateNeed.dossiers(numerator, denominator, target);
    return new Gain(
        node.criterion().code().value(),
        node.criterion().name(),
        Gain.Kind.RATE,
        node.lost(),
        node.lost(),
        effort,
        perEffort(node.lost(), effort),
        rate,
        target,
        numerator,
        denominator,
        source == null ? null : source.name());
  }

  private static Gain levelGain(ScoredNode node, Scoring.Levels levels) {
    BigDecimal next =
        levels.levels().stream()
            .map(Scoring.Level::points)
            .filter(p -> p.compareTo(node.points()) > 0)
            .min(BigDecimal::compareTo)
            .orElse(node.max());
    return gain(node, Gain.Kind.LEVEL, next.min(node.max()).subtract(node.points()), 1L);
  }

  private static Gain gain(ScoredNode node, Gain.Kind kind, BigDecimal won, Long effort) {
    return new Gain(
        node.criterion().code().value(),
        node.criterion().name(),
        effort == null ? Gain.Kind.UNKNOWN : kind,
        node.lost(),
        won,
        effort,
        perEffort(won, effort),
        null,
        null,
        null,
        null,
        null);
  }

  private static BigDecimal perEffort(BigDecimal won, Long effort) {
    if (effort == null) {
      return null;
    }
    return won.divide(BigDecimal.valueOf(Math.max(1, effort)), MathContext.DECIMAL64);
  }

  private static Long whole(BigDecimal value) {
    if (value == null || value.signum() < 0) {
      return null;
    }
    try {
      return value.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
