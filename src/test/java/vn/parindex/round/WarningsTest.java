package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.Obligation;
import vn.parindex.framework.ObligationKind;
import vn.parindex.framework.Scoring;
import vn.parindex.framework.ScoringMethod;

/** The warnings before submission, each for the criterion where the points would be lost. */
class WarningsTest {

  static final Criterion PLAN = leaf("1.1", "1", new Scoring.Manual());
  static final Criterion PROPAGANDA = leaf("1.2", "1", new Scoring.Binary());
  static final Criterion RATE = leaf("3.2", "2", new Scoring.Proportional(null));
  static final Criterion SURVEY = leaf("5.1", "5", new Scoring.Survey(Map.of()));

  /** 1.2 (propaganda) in its window 01/01–30/09; 1.1 due by 15/11. */
  static final List<Obligation> OBLIGATIONS =
      List.of(
          obligation("1.2", ObligationKind.WINDOW, MonthDay.of(1, 1), MonthDay.of(9, 30)),
          obligation("1.1", ObligationKind.DEADLINE, null, MonthDay.of(11, 15)));

  @Test
  void pointsClaimedWithoutEvidenceAreWarnedNotZeroPoints() {
    Entry claimed =
        entry(
            PLAN,
            SelfInput.of(new BigDecimal("0.5"), null, null, null, null, null, null, null),
            List.of());
    Entry none =
        entry(PROPAGANDA, SelfInput.of(null, false, null, null, null, null, null, null), List.of());

    List<Warnings.Found> found = of(Map.of("1.1", claimed, "1.2", none), Map.of());

    assertThat(found).extracting(Warnings.Found::code).containsExactly("1.1");
    assertThat(found.get(0).key()).isEqualTo("round.warning.noEvidence");
    assertThat(found.get(0).args()).hasSize(1);
    assertThat((java.math.BigDecimal) found.get(0).args().get(0))
        .isEqualByComparingTo("0.5"); // written as points by the page: "0,50"
  }

  @Test
  void propagandaDoneInDecemberIsOutsideItsWindowAsTheSeedLost12() {
    Entry propaganda =
        entry(
            PROPAGANDA, SelfInput.of(null, true, null, null, null, null, null, null), List.of(7L));

    List<Warnings.Found> found =
        of(Map.of("1.2", propaganda), Map.of(7L, cited("05/KH-UBND", 2025, 12, 10)));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).key()).isEqualTo("round.warning.outsideWindow");
    assertThat(found.get(0).args())
        .containsExactly("05/KH-UBND", "10/12/2025", "01/01/2025", "30/09/2025");
    // on the window's last day it is in time
    assertThat(of(Map.of("1.2", propaganda), Map.of(7L, cited("05/KH-UBND", 2025, 9, 30))))
        .isEmpty();
  }

  @Test
  void evidenceOfAnotherYearOrAfterTheDeadlineIsWarned() {
    Entry plan =
        entry(
            PLAN,
            SelfInput.of(BigDecimal.ONE, null, null, null, null, null, null, null),
            List.of(1L, 2L, 3L));

    List<Warnings.Found> found =
        of(
            Map.of("1.1", plan),
            Map.of(
                1L, cited("1/KH", 2024, 12, 20),
                2L, cited("2/BC", 2025, 11, 16),
                3L, cited("3/BC", 2025, 11, 15)));

    assertThat(found)
        .extracting(Warnings.Found::key)
        .containsExactly("round.warning.outsideYear", "round.warning.afterDeadline");
    assertThat(found.get(0).args()).containsExactly("1/KH", "20/12/2024", "2025");
    assertThat(found.get(1).args()).containsExactly("2/BC", "16/11/2025", "15/11/2025");
  }

  @Test
  void aTypedRateMustAgreeWithItsRatioWithinAHundredthOfAPoint() {
    Entry off =
        entry(
            RATE,
            SelfInput.of(
                null,
                null,
                null,
                new BigDecimal("99"),
                new BigDecimal("118"),
                new BigDecimal("120"),
                null,
                null),
            List.of(1L));
    Entry close =
        entry(
            RATE,
            SelfInput.of(
                null,
                null,
                null,
                new BigDecimal("98.33"),
                new BigDecimal("118"),
                new BigDecimal("120"),
                null,
                null),
            List.of(1L));
    Map<Long, Warnings.Cited> doc = Map.of(1L, cited("1/BC", 2025, 3, 1));

    List<Warnings.Found> found = of(Map.of("3.2", off), doc);
    assertThat(found).extracting(Warnings.Found::key).containsExactly("round.warning.rate");
    assertThat(found.get(0).args()).containsExactly("99", "118", "120", "98.33");
    // 118 / 120 = 98,3333…%: 98,33 is within 0,01 percentage points
    assertThat(of(Map.of("3.2", close), doc)).isEmpty();
  }

  /**
   * A criterion never self-assessed (no entry, or an entry without self points: a note or evidence
   * only) is warned, one warning each, as the seed lost 4.2 for indicators "chưa nhập"; a survey
   * criterion never is, and one assessed at 0 ("not done") is assessed.
   */
  @Test
  void aCriterionNotSelfAssessedIsWarnedAsTheSeedLost42() {
    Entry notDone =
        entry(PROPAGANDA, SelfInput.of(null, false, null, null, null, null, null, null), List.of());
    Entry evidenceOnly = new Entry(null, 1, "3.2", 0);
    evidenceOnly.selfEvidence = List.of(1L);

    List<Warnings.Found> found =
        of(
            List.of(PLAN, PROPAGANDA, RATE, SURVEY),
            Map.of("1.2", notDone, "3.2", evidenceOnly),
            Map.of(1L, cited("1/BC", 2025, 3, 1)));

    assertThat(found)
        .extracting(Warnings.Found::code, Warnings.Found::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1.1", "round.warning.notAssessed"),
            org.assertj.core.groups.Tuple.tuple("3.2", "round.warning.notAssessed"));
    assertThat(found).allMatch(Warnings.Found::notAssessed);
    assertThat(found.get(0).args()).isEmpty();
  }

  @Test
  void surveyCriteriaAreNotSelfScoredSoNeverWarned() {
    Entry survey = new Entry(null, 1, "5.1", 0);
    survey.selfPoints = new BigDecimal("4");
    assertThat(of(Map.of("5.1", survey), Map.of())).isEmpty();
  }

  /** The warnings of the leaves given entries (the others: {@link #notAssessed}). */
  private static List<Warnings.Found> of(
      Map<String, Entry> entries, Map<Long, Warnings.Cited> docs) {
    return of(
        List.of(PLAN, PROPAGANDA, RATE, SURVEY).stream()
            .filter(l -> entries.containsKey(l.code().value()))
            .toList(),
        entries,
        docs);
  }

  private static List<Warnings.Found> of(
      List<Criterion> leaves, Map<String, Entry> entries, Map<Long, Warnings.Cited> docs) {
    return Warnings.of(
        2025,
        leaves,
        entries,
        docs,
        c -> OBLIGATIONS.stream().filter(o -> o.criterionCode().equals(c.code().value())).toList());
  }

  private static Entry entry(Criterion leaf, SelfInput input, List<Long> evidence) {
    Entry e = new Entry(null, 1, leaf.code().value(), 0);
    e.writeSelf(leaf, input, evidence);
    return e;
  }

  private static Warnings.Cited cited(String number, int y, int m, int d) {
    return new Warnings.Cited(number, LocalDate.of(y, m, d));
  }

  private static Obligation obligation(
      String code, ObligationKind kind, MonthDay from, MonthDay to) {
    return new Obligation(
        null, null, code, "Nghĩa vụ " + code, kind, from, to, null, null, null, null);
  }

  private static Criterion leaf(String code, String max, ScoringMethod method) {
    return new Criterion(
        new CriterionCode(code), "Tiêu chí " + code, new BigDecimal(max), method, 1);
  }
}
