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
  void sampleTakesTheOneStopLeavesOfArea2FromTheDossiers() throws IOException {
    CriteriaSet set = read("sample.yaml", sample(), NONE);
    assertThat(
            set.leaves().stream()
                .filter(c -> c.source() != null)
                .map(c -> c.code().value() + "=" + c.source()))
        .containsExactly(
            "2.1=ON_TIME", "2.2=FULL_ONLINE", "2.3=ONLINE_PAYMENT", "2.4=DIGITISED", "2.5=APOLOGY");
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

  @Test
  void excelNumericCodesAndVietnameseHeadersAreReadFromXlsx() throws IOException {
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new java.io.ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("Bộ chỉ số");
      var header = sheet.createRow(0);
      String[] names = {"Mã", "Tên tiêu chí", "Điểm chuẩn", "Phương pháp chấm", "Tham số"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      var area = sheet.createRow(1);
      area.createCell(0).setCellValue(3.0);
      area.createCell(1).setCellValue("Khu vực");
      area.createCell(2).setCellValue(2.5);
      var leaf = sheet.createRow(2);
      leaf.createCell(0).setCellValue(3.1);
      leaf.createCell(1).setCellValue("Tiêu chí");
      leaf.createCell(2).setCellValue("2,5");
      leaf.createCell(3).setCellValue("proportional");
      leaf.createCell(4).setCellValue("floor=90");
      var bands = workbook.createSheet("Xếp loại");
      bands.createRow(0).createCell(0).setCellValue("min_percent");
      var band = bands.createRow(1);
      band.createCell(0).setCellValue(90);
      band.createCell(1).setCellValue("Xuất sắc");
      workbook.write(out);
      CriteriaSet set =
          read("t.xlsx", out.toByteArray(), new CriteriaSetImporter.Fields("N", "2025", "xã"));
      assertThat(set.find(CriterionCode.of("3.1")).orElseThrow().method())
          .isEqualTo(new Scoring.Proportional(new java.math.BigDecimal("90")));
      assertThat(set.classify(new java.math.BigDecimal("95"))).contains("Xuất sắc");
    }
  }

  @Test
  void aDuplicateCodeInYamlIsNamedByItsPath() {
    String yaml =
        """
        name: N
        year: 2025
        unitType: COMMUNE
        criteria:
          - {code: "1", name: A, max: 1}
          - {code: "1.", name: B, max: 1}
        """;
    var e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            vn.parindex.input.InvalidInputException.class,
            () -> read("d.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), NONE));
    assertThat(e.problems().get(0).column()).isEqualTo("criteria[2].code");
    assertThat(e.problems().get(0).messageKey()).isEqualTo("framework.code.duplicate");
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
