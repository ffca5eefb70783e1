package vn.parindex.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationKind;

/** Which obligations a unit's calendar holds: the set's, the defaults not replaced, its own. */
class ObligationMergeTest {

  static Obligation of(long id, Long unitId, String code, String title, ObligationKind kind) {
    return new Obligation(
        id, unitId, code, title, kind, null, MonthDay.of(11, 15), null, null, null, null);
  }

  static final Obligation PLAN_DEFAULT =
      of(1, null, "1.1", "Hoàn thành kế hoạch năm", ObligationKind.DEADLINE);
  static final Obligation REPORTS_DEFAULT =
      of(2, null, "1.1", "Báo cáo đột xuất", ObligationKind.WITHIN_DAYS);
  static final Obligation SUPERVISION_DEFAULT =
      of(3, null, null, "Giám sát ít nhất 1 lần/năm", ObligationKind.RECURRING);

  static List<Long> ids(List<Obligation> obligations) {
    return obligations.stream().map(Obligation::id).toList();
  }

  @Test
  void withoutASetTheCalendarHoldsTheDefaultsThenTheUnitsOwn() {
    Obligation own = of(9, 7L, "1.3", "Niêm yết thủ tục hành chính", ObligationKind.DEADLINE);
    assertThat(
            ids(
                ObligationMerge.merge(
                    List.of(PLAN_DEFAULT, REPORTS_DEFAULT), List.of(), List.of(own))))
        .containsExactly(1L, 2L, 9L);
  }

  @Test
  void aUnitsOwnObligationTakesThePlaceOfTheOneItRestatesAndWhatWasRecordedCountsForIt() {
    Obligation setPlan = of(10, null, "1.1.2", "Hoàn thành kế hoạch năm", ObligationKind.DEADLINE);
    Obligation copied = of(20, 7L, "1.1", "Hoàn thành kế hoạch năm", ObligationKind.DEADLINE);
    Obligation reports = of(21, 7L, null, "Báo cáo đột xuất", ObligationKind.WITHIN_DAYS);
    Obligation twice = of(22, 7L, null, "Báo cáo đột xuất", ObligationKind.WITHIN_DAYS);
    Obligation otherKind = of(23, 7L, null, "Báo cáo đột xuất", ObligationKind.DEADLINE);
    List<Obligation> defaults = List.of(PLAN_DEFAULT, REPORTS_DEFAULT);
    List<Obligation> own = List.of(copied, reports, twice, otherKind);

    List<Obligation> merged = ObligationMerge.merge(defaults, List.of(setPlan), own);

    assertThat(ids(merged)).containsExactly(20L, 21L, 23L);
    assertThat(ObligationMerge.replacements(defaults, List.of(setPlan), own))
        .containsOnly(
            java.util.Map.entry(1L, 20L),
            java.util.Map.entry(10L, 20L),
            java.util.Map.entry(2L, 21L),
            java.util.Map.entry(22L, 21L));
  }

  @Test
  void aSetObligationReplacesTheDefaultOfTheSameCriterionAndKindOnly() {
    Obligation setPlan = of(10, null, "1.1", "Hoàn thành 100% kế hoạch", ObligationKind.DEADLINE);
    List<Obligation> merged =
        ObligationMerge.merge(
            List.of(PLAN_DEFAULT, REPORTS_DEFAULT, SUPERVISION_DEFAULT),
            List.of(setPlan),
            List.of());
    assertThat(ids(merged)).containsExactly(10L, 2L, 3L);
  }

  @Test
  void aSetObligationUnderAnotherCodeReplacesTheDefaultWithTheSameTitleAndKind() {
    Obligation setSupervision =
        of(11, null, "1.4", "Giám sát ít nhất 1 lần/năm", ObligationKind.RECURRING);
    Obligation setReports = of(12, null, "1.2", "Báo cáo đột xuất", ObligationKind.WITHIN_DAYS);
    assertThat(
            ids(
                ObligationMerge.merge(
                    List.of(PLAN_DEFAULT, REPORTS_DEFAULT, SUPERVISION_DEFAULT),
                    List.of(setSupervision, setReports),
                    List.of())))
        .containsExactly(11L, 12L, 1L)
        .doesNotHaveDuplicates();
  }

  @Test
  void theSameCriterionWithAnotherKindDoesNotReplace() {
    Obligation window = of(13, null, "1.1", "Hoàn thành kế hoạch năm", ObligationKind.WINDOW);
    assertThat(ids(ObligationMerge.merge(List.of(PLAN_DEFAULT), List.of(window), List.of())))
        .containsExactly(13L, 1L);
  }

  @Test
  void whatWasRecordedAgainstAReplacedDefaultCountsForTheSetObligationThatReplacedIt() {
    Obligation setPlan = of(10, null, "1.1", "Hoàn thành 100% kế hoạch", ObligationKind.DEADLINE);
    assertThat(
            ObligationMerge.replacements(List.of(PLAN_DEFAULT, REPORTS_DEFAULT), List.of(setPlan)))
        .containsExactly(java.util.Map.entry(1L, 10L));
  }
}
