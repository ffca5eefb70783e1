package vn.parindex.round;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.account.Actor;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentBatches;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.StatedRank;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.MethodKind;
import vn.parindex.framework.ScoreInput;

/**
 * A published round hands each unit's final points to the assessment feature as its published
 * assessment (replacing an imported table of the same year, which stays readable as an older
 * version), so rankings and remediation plans work from it. The reason beside a lost point is the
 * appraiser's note of the last round that set it, when that cut still stands ({@link
 * Entry#standingCutNote}).
 */
@Component
class PublishedAssessments {

  private final AssessmentBatches assessments;

  PublishedAssessments(AssessmentBatches assessments) {
    this.assessments = assessments;
  }

  /**
   * Every ranked unit's published assessment, stored in a few statements for the whole round; by
   * round unit id.
   */
  Map<Long, Assessment> publishAll(
      Round round,
      CriteriaSet set,
      List<Ranks.Row> rows,
      Map<Long, RoundUnit> unitOf,
      Map<Long, List<Entry>> entriesOf,
      Map<Long, Map<String, BigDecimal>> surveyOf,
      String number,
      Actor by,
      LocalDateTime now) {
    List<Assessment> all = new ArrayList<>();
    for (Ranks.Row row : rows) {
      all.add(
          assessment(
              round,
              set,
              unitOf.get(row.roundUnitId()),
              entriesOf.getOrDefault(row.roundUnitId(), List.of()),
              surveyOf.getOrDefault(row.roundUnitId(), Map.of()),
              row,
              rows.size(),
              number,
              now));
    }
    List<Assessment> stored = assessments.saveAll(by, all);
    // ranked among all the parent's units of the type, whatever district each sits in
    assessments.rankedUnder(stored.stream().map(Assessment::id).toList(), round.parentUnitId());
    Map<Long, Assessment> byRoundUnit = new java.util.HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      byRoundUnit.put(rows.get(i).roundUnitId(), stored.get(i));
    }
    return byRoundUnit;
  }

  private static Assessment assessment(
      Round round,
      CriteriaSet set,
      RoundUnit unit,
      List<Entry> entries,
      Map<String, BigDecimal> surveyed,
      Ranks.Row row,
      int peers,
      String number,
      LocalDateTime now) {
    Map<String, Entry> byCode =
        entries.stream().collect(Collectors.toMap(e -> e.code, Function.identity()));
    List<AssessmentEntry> scored = new ArrayList<>();
    for (Criterion leaf : set.leaves()) {
      if (leaf.methodOrManual().kind() == MethodKind.SURVEY) {
        // survey points come with the survey import, not from the round's stages; none: left out
        BigDecimal points = surveyed.get(leaf.code().value());
        if (points != null) {
          scored.add(
              new AssessmentEntry(
                  leaf.code(), points, ScoreInput.none(), null, null, null, null, null));
        }
        continue;
      }
      Entry entry = byCode.get(leaf.code().value());
      BigDecimal points =
          entry == null || entry.finalPoints == null ? BigDecimal.ZERO : entry.finalPoints;
      String reason =
          points.compareTo(leaf.maxPoints()) < 0 && entry != null ? entry.standingCutNote() : null;
      scored.add(
          new AssessmentEntry(
              leaf.code(), points, ScoreInput.none(), reason, null, null, null, null));
    }
    return new Assessment(
            null,
            unit.unitId(),
            round.year(),
            set.id(),
            AssessmentStage.PUBLISHED,
            row.total(),
            null,
            "Đợt đánh giá " + round.year() + " · " + number,
            now,
            scored)
        .withStatedRank(new StatedRank(row.rank(), peers, null));
  }
}
