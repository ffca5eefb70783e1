package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/** A criteria set's YAML carries each criterion's obligations, and gives them back on export. */
class CriterionObligationsTest {

  private static final CriteriaSetImporter.Fields NONE =
      new CriteriaSetImporter.Fields(null, null, null);

  static CriteriaSet sample() throws Exception {
    return CriteriaSetImporter.read("s.yaml", CriteriaSetRoundTripTest.sample(), NONE);
  }

  @Test
  void theSampleCarriesTheSeedsObligationsOnTheMatchingCriteria() throws Exception {
    CriteriaSet set = sample();
    assertThat(set.obligations())
        .extracting(Obligation::criterionCode, Obligation::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1.1.2", ObligationKind.DEADLINE),
            org.assertj.core.groups.Tuple.tuple("1.2", ObligationKind.WITHIN_DAYS),
            org.assertj.core.groups.Tuple.tuple("1.3", ObligationKind.WINDOW),
            org.assertj.core.groups.Tuple.tuple("1.4", ObligationKind.RECURRING),
            org.assertj.core.groups.Tuple.tuple("6.4", ObligationKind.DEADLINE));
    Obligation publicity = set.obligations(CriterionCode.of("1.3")).get(0);
    assertThat(publicity.from()).isEqualTo(MonthDay.of(1, 1));
    assertThat(publicity.to()).isEqualTo(MonthDay.of(3, 31));
    assertThat(publicity.responsible()).isEqualTo("Văn hóa – Xã hội");
    assertThat(set.obligations(CriterionCode.of("1.2")).get(0).withinDays()).isEqualTo(7);
    assertThat(set.obligations(CriterionCode.of("1.4")).get(0).timesPerYear()).isEqualTo(1);
    assertThat(set.obligations(CriterionCode.of("2.1"))).isEmpty();
  }

  @Test
  void yamlExportWritesMonthDaysAndReadsBackToTheSameObligations() throws Exception {
    CriteriaSet set = sample();
    byte[] yaml = CriteriaSetYamlExport.write(set);
    assertThat(new String(yaml, StandardCharsets.UTF_8))
        .contains("obligations:")
        .contains("from: \"01-01\"")
        .contains("to: \"03-31\"");
    CriteriaSet again = CriteriaSetImporter.read("x.yaml", yaml, NONE);
    assertThat(again.obligations()).isEqualTo(set.obligations());
  }

  @Test
  void aCriterionWithoutTitleGivesItsObligationTheCriterionsName() {
    String yaml =
        """
        name: B
        year: 2026
        unitType: COMMUNE
        criteria:
          - code: "1"
            name: "Chỉ đạo"
            max: 2
            obligations:
              - {kind: DEADLINE, to: "11-15"}
        """;
    CriteriaSet set =
        CriteriaSetImporter.read("b.yaml", yaml.getBytes(StandardCharsets.UTF_8), NONE);
    assertThat(set.obligations())
        .singleElement()
        .extracting(Obligation::title)
        .isEqualTo("Chỉ đạo");
  }

  @Test
  void badObligationsAreEachNamedByTheirPathAndNothingIsRead() {
    String yaml =
        """
        name: B
        year: 2026
        unitType: COMMUNE
        criteria:
          - code: "1"
            name: "Chỉ đạo"
            max: 2
            obligations:
              - {kind: SOMETIMES, to: "11-15"}
              - {kind: WINDOW, from: "01-01", to: "13-45"}
              - {kind: WITHIN_DAYS, withinDays: "abc"}
              - {kind: RECURRING, to: "12-31"}
              - "not a record"
          - code: "2"
            name: "TTHC"
            max: 3
            obligations: {kind: DEADLINE}
        """;
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> CriteriaSetImporter.read("b.yaml", yaml.getBytes(StandardCharsets.UTF_8), NONE));
    assertThat(e.problems())
        .extracting(InputProblem::column, InputProblem::messageKey)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "criteria[1].obligations[1].kind", "reminder.obligation.kind.invalid"),
            org.assertj.core.groups.Tuple.tuple(
                "criteria[1].obligations[2].to", "framework.yaml.obligation.date"),
            org.assertj.core.groups.Tuple.tuple(
                "criteria[1].obligations[3].withinDays", "input.number.invalid"),
            org.assertj.core.groups.Tuple.tuple(
                "criteria[1].obligations[4].timesPerYear", "reminder.obligation.times.required"),
            org.assertj.core.groups.Tuple.tuple(
                "criteria[1].obligations[5]", "framework.yaml.obligation.item"),
            org.assertj.core.groups.Tuple.tuple(
                "criteria[2].obligations", "framework.yaml.obligations.list"));
  }

  @Test
  void tablesCarryNoObligations() throws Exception {
    CriteriaSet set = sample();
    CriteriaSet fromCsv =
        CriteriaSetImporter.read(
            "x.csv",
            CriteriaSetCsvExport.write(set),
            new CriteriaSetImporter.Fields("N", "2025", "COMMUNE"));
    assertThat(fromCsv.obligations()).isEmpty();
    assertThat(List.of(fromCsv.criteria().size())).containsExactly(set.criteria().size());
  }
}
