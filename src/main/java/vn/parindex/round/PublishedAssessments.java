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
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.Assessments;
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

  private final Assessments assessments;
  private final SurveyPoints survey;

  PublishedAssessments(Assessments assessments, SurveyPoints survey) {
    this.assessments = assessments;
    this.survey = survey;
  }

  Assessment publish(
      Round round,
      CriteriaSet set,
      RoundUnit unit,
      List<Entry> entries,
      Ranks.Row row,
      int peers,
      String number,
      Actor by,
      LocalDateTime now) {
    Map<String, Entry> byCode =
        entries.stream().collect(Collectors.toMap(e -> e.code, Function.identity()));
    List<AssessmentEntry> scored = new ArrayList<>();
    Map<String, BigDecimal> surveyed = survey.ofUnit(unit.id());
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
    Assessment assessment =
        new Assessment(
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
    return assessments.save(by, assessment);
  }
}
