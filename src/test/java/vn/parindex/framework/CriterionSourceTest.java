package vn.parindex.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/** A leaf's source indicator, read from YAML, CSV and XLSX, refused where it cannot feed a rate. */
class CriterionSourceTest {

  private static final CriteriaSetImporter.Fields TABLE =
      new CriteriaSetImporter.Fields("N", "2025", "COMMUNE");
  private static final CriteriaSetImporter.Fields NONE =
      new CriteriaSetImporter.Fields(null, null, null);

  private static CriteriaSet read(String name, String text, CriteriaSetImporter.Fields fields) {
    return CriteriaSetImporter.read(name, text.getBytes(StandardCharsets.UTF_8), fields);
  }

  private static String yaml(String leaf) {
    return """
        name: N
        year: 2025
        unitType: COMMUNE
        criteria:
          - {code: "2", name: Thủ tục, max: 3}
        """
        + "  - "
        + leaf
        + "\n";
  }

  private static InputProblem refused(String name, String text, CriteriaSetImporter.Fields f) {
    var e = catchThrowableOfType(InvalidInputException.class, () -> read(name, text, f));
    assertThat(e).isNotNull();
    return e.problems().get(0);
  }

  private static String vietnamese(InputProblem problem) {
    var source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/framework");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source.getMessage(
        problem.messageKey(), problem.args().toArray(), Locale.forLanguageTag("vi"));
  }

  @Test
  void aYamlLeafNamesItsSourceInAnyCase() {
    CriteriaSet set =
        read(
            "s.yaml",
            yaml(
                "{code: \"2.3\", name: Thanh toán, max: 3, method: threshold, params: \"threshold=50\","
                    + " source: online_payment}"),
            NONE);
    assertThat(set.find(CriterionCode.of("2.3")).orElseThrow().source())
        .isEqualTo("ONLINE_PAYMENT");
    assertThat(set.find(CriterionCode.of("2")).orElseThrow().source()).isNull();
  }

  @Test
  void aCsvColumnNguonSoLieuGivesTheSource() {
    String csv =
        """
        Mã tiêu chí;Nội dung;Điểm tối đa;Cách chấm;Tham số;Nguồn số liệu
        2;Thủ tục;4;;;
        2.1;Đúng hạn;4;tỷ lệ;;ON_TIME
        """;
    CriteriaSet set = read("s.csv", csv, TABLE);
    assertThat(set.find(CriterionCode.of("2.1")).orElseThrow().source()).isEqualTo("ON_TIME");
  }

  @Test
  void anXlsxColumnSourceGivesTheSource() throws IOException {
    try (var workbook = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("Bộ chỉ số");
      String[][] rows = {
        {"code", "name", "max_points", "method", "params", "source"},
        {"2", "Thủ tục", "3", "", "", ""},
        {"2.4", "Số hóa", "3", "rate_bands", "bands=[90,100]:3; [0,90):0", "DIGITISED"}
      };
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      workbook.write(out);
      CriteriaSet set = CriteriaSetImporter.read("s.xlsx", out.toByteArray(), TABLE);
      assertThat(set.find(CriterionCode.of("2.4")).orElseThrow().source()).isEqualTo("DIGITISED");
    }
  }

  @Test
  void anUnknownCodeIsRefusedNamingTheRowAndColumn() {
    String csv =
        """
        code,name,max,method,params,Nguồn số liệu
        2,Thủ tục,4,,,
        2.1,Đúng hạn,4,proportional,,ONTIME
        """;
    InputProblem problem = refused("s.csv", csv, TABLE);
    assertThat(problem.row()).isEqualTo(3);
    assertThat(problem.column()).isEqualTo("Nguồn số liệu");
    assertThat(vietnamese(problem))
        .isEqualTo(
            "Không có nguồn số liệu «ONTIME». Dùng một trong: ON_TIME, ONLINE, FULL_ONLINE,"
                + " ONLINE_PAYMENT, DIGITISED, E_RESULT, SERVICES_WITH_ONLINE, APOLOGY.");
  }

  @Test
  void aSourceOnABinaryLeafIsRefusedAtItsYamlPath() {
    InputProblem problem =
        refused(
            "s.yaml",
            yaml("{code: \"2.6\", name: Công khai, max: 3, method: binary, source: ON_TIME}"),
            NONE);
    assertThat(problem.column()).isEqualTo("criteria[2].source");
    assertThat(vietnamese(problem))
        .startsWith("Tiêu chí «2.6» lấy số liệu từ «ON_TIME» nhưng phương pháp chấm «binary»");
  }

  @Test
  void aSourceOnAParentIsRefused() {
    String csv =
        """
        code,name,max,method,params,source
        2,Thủ tục,4,,,ONLINE
        2.1,Đúng hạn,4,proportional,,
        """;
    InputProblem problem = refused("s.csv", csv, TABLE);
    assertThat(problem.row()).isEqualTo(2);
    assertThat(problem.messageKey()).isEqualTo("framework.source.parent");
  }

  @Test
  void aManualLeafWithoutMethodCannotTakeASource() {
    InputProblem problem =
        refused("s.yaml", yaml("{code: \"2.1\", name: A, max: 3, source: ONLINE}"), NONE);
    assertThat(problem.messageKey()).isEqualTo("framework.source.method");
    assertThat(problem.args()).containsExactly("2.1", "ONLINE", "manual");
  }
}
