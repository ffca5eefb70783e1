package vn.parindex.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.MethodKind;
import vn.parindex.plan.IssueDate;
import vn.parindex.round.document.Decision;
import vn.parindex.round.document.DecisionDocument;
import vn.parindex.round.document.SelfReport;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * What the round's official documents say, read for a reader {@link RoundAccess} lets see them: a
 * unit's self-assessment report (a draft until submitted) and, once published, the decision.
 */
@Service
class RoundDocuments {

  private final RoundLoader loader;
  private final Rounds rounds;
  private final RoundEntries entries;
  private final EvidenceDocuments documents;
  private final Units units;
  private final RoundAccess access;
  private final SurveyPoints survey;

  RoundDocuments(
      RoundLoader loader,
      Rounds rounds,
      RoundEntries entries,
      EvidenceDocuments documents,
      Units units,
      RoundAccess access,
      SurveyPoints survey) {
    this.survey = survey;
    this.loader = loader;
    this.rounds = rounds;
    this.entries = entries;
    this.documents = documents;
    this.units = units;
    this.access = access;
  }

  @Transactional(readOnly = true)
  SelfReport report(long roundId, String unitCode, LocalDate today) {
    Round round = loader.round(roundId);
    Unit unit = loader.unit(unitCode);
    access.checkRead(unit.id());
    RoundUnit row = loader.row(roundId, unit);
    CriteriaSet set = loader.set(round);
    Map<String, Entry> byCode =
        entries.all(row.id()).stream().collect(Collectors.toMap(e -> e.code, e -> e));
    List<SelfReport.Line> lines = new ArrayList<>();
    for (Criterion c : sorted(set)) {
      boolean leaf = set.isLeaf(c.code());
      Entry e = byCode.get(c.code().value());
      lines.add(
          new SelfReport.Line(
              c.code().value(),
              c.name(),
              !leaf,
              leaf && c.methodOrManual().kind() == MethodKind.SURVEY,
              c.maxPoints(),
              leaf ? (e == null ? null : e.selfPoints) : selfUnder(set, c, byCode),
              leaf && e != null ? e.self.note() : null,
              leaf && e != null ? evidence(e.selfEvidence) : List.of()));
    }
    BigDecimal self = selfUnder(set, null, byCode);
    Rounds.Submission submission = rounds.submission(row.id());
    boolean draft = row.state() == RoundState.DRAFT;
    IssueDate date =
        draft || submission.on() == null
            ? new IssueDate(null, null, today.getYear())
            : IssueDate.of(submission.on());
    return new SelfReport(
        unit.label(),
        units.findById(round.parentUnitId()).map(Unit::label).orElse(""),
        unit.name(),
        date,
        round.year(),
        draft,
        lines,
        set.totalMax(),
        self,
        percent(self, set.totalMax()),
        submission.difficulties(),
        submission.proposals());
  }

  @Transactional(readOnly = true)
  Decision decision(long roundId) {
    Round round = loader.round(roundId);
    List<RoundUnit> all = rounds.units(roundId);
    access.visible(round, all);
    if (!round.published()) {
      throw Refusal.step("decision.notPublished", String.valueOf(round.year()));
    }
    CriteriaSet set = loader.set(round);
    List<Criterion> roots = set.roots();
    List<Decision.Line> lines = new ArrayList<>();
    Map<Long, Map<String, BigDecimal>> surveyOf = survey.ofRound(roundId);
    for (RoundUnit row : all) {
      Rounds.Figures figures = rounds.figures(row.id());
      Map<String, Entry> byCode =
          entries.all(row.id()).stream().collect(Collectors.toMap(e -> e.code, e -> e));
      Map<String, BigDecimal> surveyed = surveyOf.getOrDefault(row.id(), Map.of());
      List<BigDecimal> areas = new ArrayList<>();
      for (Criterion root : roots) {
        areas.add(finalUnder(set, root, byCode, surveyed));
      }
      lines.add(
          new Decision.Line(
              units.findById(row.unitId()).map(Unit::name).orElse(""),
              areas,
              figures.total(),
              figures.percent(),
              figures.rank() == null ? 0 : figures.rank(),
              figures.band(),
              rounds.previousRank(row.id())));
    }
    lines.sort(Comparator.comparingInt(Decision.Line::rank).thenComparing(Decision.Line::unit));
    Unit parent = units.findById(round.parentUnitId()).orElseThrow();
    return new Decision(
        parent.label(),
        parent.name(),
        DecisionDocument.peers(parent.type() == null ? "" : parent.type().name()),
        round.publishedNumber(),
        round.publishedOn(),
        round.year(),
        set.name(),
        roots.stream()
            .map(r -> new Decision.Area(r.code().value(), r.name(), r.maxPoints()))
            .toList(),
        lines);
  }

  private static List<Criterion> sorted(CriteriaSet set) {
    return set.criteria().stream().sorted(Comparator.comparing(Criterion::code)).toList();
  }

  /** The self points of the leaves under a node (the whole set for null); none claimed: 0. */
  private static BigDecimal selfUnder(CriteriaSet set, Criterion node, Map<String, Entry> byCode) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Criterion leaf : set.leaves()) {
      Entry e = byCode.get(leaf.code().value());
      if ((node == null || node.code().isAncestorOf(leaf.code()))
          && e != null
          && e.selfPoints != null) {
        sum = sum.add(e.selfPoints);
      }
    }
    return sum;
  }

  /** The points of the leaves under an area as publication counts them ({@link RoundTotals}). */
  private static BigDecimal finalUnder(
      CriteriaSet set,
      Criterion node,
      Map<String, Entry> byCode,
      Map<String, BigDecimal> surveyed) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Criterion leaf : set.leaves()) {
      if (!node.code().isAncestorOf(leaf.code())) {
        continue;
      }
      Entry e = byCode.get(leaf.code().value());
      BigDecimal points = RoundTotals.leafPoints(leaf, e == null ? null : e.finalPoints, surveyed);
      if (points != null) {
        sum = sum.add(points);
      }
    }
    return sum;
  }

  private static BigDecimal percent(BigDecimal points, BigDecimal max) {
    return max.signum() == 0
        ? BigDecimal.ZERO
        : points.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
  }

  private List<SelfReport.Evidence> evidence(List<Long> ids) {
    return ids.stream()
        .map(documents::find)
        .flatMap(java.util.Optional::stream)
        .map(d -> new SelfReport.Evidence(d.number(), d.date(), d.title()))
        .toList();
  }
}
