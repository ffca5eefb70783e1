package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/** The set's rules for a round's totals, read from YAML, XLSX, CSV or the request, and exported. */
class SetRulesTest {

  private static final CriteriaSetImporter.Fields NONE =
      new CriteriaSetImporter.Fields(null, null, null);

  @Test
  void theSampleRescalesAMissingSurveyAndCapsBonusAndPenalty() throws Exception {
    SetRules rules =
        CriteriaSetImporter.read("sample.yaml", CriteriaSetRoundTripTest.sample(), NONE).rules();
    assertThat(rules.surveyMissing()).isEqualTo(SetRules.SurveyMissing.RESCALE);
    assertThat(rules.bonusMax()).isEqualByComparingTo("2");
    assertThat(rules.penaltyMax()).isEqualByComparingTo("5");
  }

  @Test
  void yamlAndXlsxExportsReadBackToTheSameRules() throws Exception {
    CriteriaSet set =
        CriteriaSetImporter.read("sample.yaml", CriteriaSetRoundTripTest.sample(), NONE);
    CriteriaSet fromYaml =
        CriteriaSetImporter.read("back.yaml", CriteriaSetYamlExport.write(set), NONE);
    CriteriaSet fromXlsx =
        CriteriaSetImporter.read(
            "back.xlsx",
            CriteriaSetXlsxExport.write(set),
            new CriteriaSetImporter.Fields(set.name(), "2025", "COMMUNE"));
    CriteriaSet fromCsv =
        CriteriaSetImporter.read(
            "back.csv",
            CriteriaSetCsvExport.write(set),
            new CriteriaSetImporter.Fields(set.name(), "2025", "COMMUNE"));
    assertThat(fromYaml.rules()).isEqualTo(set.rules());
    assertThat(fromXlsx.rules()).isEqualTo(set.rules());
    assertThat(fromCsv.rules()).isEqualTo(set.rules());
    assertThat(fromCsv.criteria()).isEqualTo(set.criteria());
  }

  @Test
  void aSetWithoutRulesCountsAMissingSurveyAsZeroAndAllowsNoBonus() {
    byte[] csv = "code,name,max_points\n1,Một,10\n".getBytes(StandardCharsets.UTF_8);
    CriteriaSet set =
        CriteriaSetImporter.read(
            "set.csv", csv, new CriteriaSetImporter.Fields("Bộ", "2031", "COMMUNE"));
    assertThat(set.rules()).isEqualTo(SetRules.DEFAULTS);
    CriteriaSet given =
        CriteriaSetImporter.read(
            "set.csv",
            csv,
            new CriteriaSetImporter.Fields("Bộ", "2031", "COMMUNE", "quy đổi", "1,5", "3"));
    assertThat(given.rules())
        .isEqualTo(
            new SetRules(
                SetRules.SurveyMissing.RESCALE, new BigDecimal("1.5"), new BigDecimal("3")));
  }

  @Test
  void anUnknownRuleOrANegativeCapIsRefusedNamingItsField() {
    byte[] yaml =
        ("name: Bộ\nyear: 2031\nunitType: COMMUNE\nsurveyMissing: bỏ qua\nbonusMax: -1\n"
                + "criteria:\n  - {code: '1', name: Một, max: 10}\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CriteriaSetImporter.read("set.yaml", yaml, NONE))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::column)
                    .containsExactly("surveyMissing", "bonusMax"));
  }
}
