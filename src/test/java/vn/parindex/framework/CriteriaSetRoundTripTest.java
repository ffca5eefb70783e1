package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.unit.UnitType;

/** import(export(x)) == x for YAML, XLSX and CSV, starting from the sample set. */
class CriteriaSetRoundTripTest {

  static byte[] sample() throws IOException {
    try (InputStream in =
        CriteriaSetRoundTripTest.class.getResourceAsStream("/samples/bo-chi-so-xa-2025.yaml")) {
      return in.readAllBytes();
    }
  }

  static CriteriaSet read(String fileName, byte[] content, CriteriaSetImporter.Fields fields) {
    return CriteriaSetImporter.read(fileName, content, fields);
  }

  private static final CriteriaSetImporter.Fields NONE =
      new CriteriaSetImporter.Fields(null, null, null);

  @Test
  void sampleUsesAllEightMethodsAndItsAreasSumToHundred() throws IOException {
    CriteriaSet set = read("sample.yaml", sample(), NONE);
    assertThat(set.totalMax()).isEqualByComparingTo("100");
    assertThat(set.leaves().stream().map(c -> c.methodOrManual().kind()).distinct())
        .containsExactlyInAnyOrder(MethodKind.values());
    assertThat(set.year()).isEqualTo(2025);
    assertThat(set.unitType()).isEqualTo(UnitType.COMMUNE);
    assertThat(set.bands()).hasSize(5);
  }

  @Test
  void yamlExportReadsBackToTheSameSet() throws IOException {
    CriteriaSet set = read("sample.yaml", sample(), NONE);
    CriteriaSet again = read("x.yaml", CriteriaSetYamlExport.write(set), NONE);
    assertSame(set, again, true);
  }

  @Test
  void xlsxExportReadsBackToTheSameSet() throws IOException {
    CriteriaSet set = read("sample.yaml", sample(), NONE);
    CriteriaSet again = read("x.xlsx", CriteriaSetXlsxExport.write(set), fieldsOf(set));
    assertSame(set, again, true);
  }

  @Test
  void csvExportReadsBackToTheSameCriteria() throws IOException {
    CriteriaSet set = read("sample.yaml", sample(), NONE);
    CriteriaSet again = read("x.csv", CriteriaSetCsvExport.write(set), fieldsOf(set));
    assertSame(set, again, false);
  }

  @Test
  void nestedChildrenInYamlAreReadLikeAFlatList() {
    String yaml =
        """
        name: N
        year: 2025
        unitType: xã
        criteria:
          - code: "1"
            name: Khu vực
            max: 3
            children:
              - {code: "1.1", name: A, max: 1, method: binary}
              - {code: "1.2", name: B, max: 2, method: threshold, params: {threshold: 80}}
        """;
    CriteriaSet set = read("n.yml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), NONE);
    assertThat(set.children(CriterionCode.of("1"))).hasSize(2);
    assertThat(set.find(CriterionCode.of("1.2")).orElseThrow().method())
        .isEqualTo(new Scoring.Threshold(new java.math.BigDecimal("80")));
  }

  @Test
  void vietnameseHeadersDecimalCommaAndTrailingDotCodesAreAccepted() {
    String csv =
        """
        Mã tiêu chí;Nội dung;Điểm tối đa;Cách chấm;Tham số
        1.;Khu vực;2,5;;
        1.1;Tiêu chí;2,5;ngưỡng;threshold=80
        """;
    CriteriaSet set =
        read(
            "v.csv",
            csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            new CriteriaSetImporter.Fields("N", "2025", "COMMUNE"));
    assertThat(set.find(CriterionCode.of("1")).orElseThrow().maxPoints())
        .isEqualByComparingTo("2.5");
    assertThat(set.find(CriterionCode.of("1.1")).orElseThrow().method().kind())
        .isEqualTo(MethodKind.THRESHOLD);
  }

  private static CriteriaSetImporter.Fields fieldsOf(CriteriaSet set) {
    return new CriteriaSetImporter.Fields(
        set.name(), String.valueOf(set.year()), set.unitType().name());
  }

  private static void assertSame(CriteriaSet expected, CriteriaSet actual, boolean withBands) {
    assertThat(actual.name()).isEqualTo(expected.name());
    assertThat(actual.year()).isEqualTo(expected.year());
    assertThat(actual.unitType()).isEqualTo(expected.unitType());
    assertThat(actual.criteria()).isEqualTo(expected.criteria());
    assertThat(actual.bands()).isEqualTo(withBands ? expected.bands() : List.of());
  }
}
