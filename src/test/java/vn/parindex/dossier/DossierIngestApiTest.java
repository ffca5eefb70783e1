package vn.parindex.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.support.Accounts;

/** Dossier records and procedures pushed as JSON or uploaded as CSV/XLSX, on the API. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DossierIngestApiTest {

  static final String BATCH =
      """
      {"isUpdating": false, "service": "DongBoHoSoMC", "data": [
        {"MaHoSo": "H1", "MaTTHC": "1.001", "TenTTHC": "Đăng ký khai sinh",
         "NgayTiepNhan": "20250303080000", "NgayHenTra": "20250305170000",
         "NgayKetThucXuLy": "20250306090000", "NgayTra": "20250306100000",
         "TrangThaiHoSo": 10, "KenhThucHien": "2", "HoSoCoThanhPhanSoHoa": "1",
         "DuocThanhToanTrucTuyen": "1", "ChuHoSo": "Nguyễn Văn A",
         "DanhSachLePhi": [{"TenPhiLePhi": "Lệ phí", "Gia": 10000}, {"Gia": "5000"}],
         "DanhSachGiayToKetQua": [{"TenGiayTo": "Giấy khai sinh", "DuongDanTepTinKetQua": "/kq/1.pdf"}],
         "DanhSachHoSoBoSung": [{"NgayBoSung": "20250304080000", "NgayHenTraMoi": "20250307170000"}]},
        {"MaHoSo": "H2", "MaTTHC": "1.001", "NgayTiepNhan": "20250303090000",
         "NgayHenTra": "20250305170000", "NgayKetThucXuLy": "20250306090000",
         "TrangThaiHoSo": "9", "KenhThucHien": 1, "DanhSachLePhi": [],
         "DanhSachGiayToKetQua": [{"DuongDanTepTinKetQua": ""}]},
        {"MaHoSo": "H3", "MaTTHC": "2.002", "NgayTiepNhan": "20250310080000",
         "TrangThaiHoSo": 4, "KenhThucHien": 3}
      ]}
      """;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  long unit;
  long other;

  @BeforeEach
  void units() {
    unit = unit("DI-" + System.nanoTime());
    other = unit("DO-" + System.nanoTime());
  }

  private long unit(String code) {
    jdbc.sql("insert into unit (code, name, type) values (?, 'Xã Một Cửa', 'COMMUNE')")
        .param(code)
        .update();
    return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
  }

  private String code(long id) {
    return jdbc.sql("select code from unit where id = ?").param(id).query(String.class).single();
  }

  @Test
  void aJsonBatchIsStoredAsThePortalMeansIt() throws Exception {
    MockHttpServletResponse r = push(unit, BATCH, Role.PAR_OFFICER);
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getContentAsString()).contains("\"added\":3", "\"updated\":0", "\"unchanged\":0");
    Map<String, Object> h1 = row("H1");
    assertThat((BigDecimal) h1.get("fee_total")).isEqualByComparingTo("15000");
    assertThat(h1.get("e_result")).isEqualTo(true);
    assertThat(h1.get("digitised")).isEqualTo(true);
    assertThat(h1.get("paid_online")).isEqualTo(true);
    assertThat(((Number) h1.get("supplement_count")).intValue()).isEqualTo(1);
    assertThat(h1.get("effective_due_at")).isEqualTo(ts(2025, 3, 7, 17));
    assertThat(h1.get("finished_at")).isEqualTo(ts(2025, 3, 6, 9));
    assertThat(((Number) h1.get("received_year")).intValue()).isEqualTo(2025);
    // finished on 6/3, before the due date the supplement round moved to 7/3
    assertThat(h1.get("late")).isEqualTo(false);
    Map<String, Object> h2 = row("H2");
    assertThat(h2.get("late")).isEqualTo(true);
    assertThat(h2.get("e_result")).isEqualTo(false);
    assertThat(((Number) h2.get("channel")).intValue()).isEqualTo(1);
    assertThat(row("H3").get("late")).isNull();
  }

  @Test
  void aSupplementRoundMovesTheDueDateByTheWorkingDaysItPaused() throws Exception {
    // due Wednesday 5/3/2025; asked for papers Tuesday 4/3, brought Thursday 6/3: two working days
    // paused (Tuesday, Wednesday), so due Friday 7/3, and finishing that morning is on time
    String json =
        """
        {"data": [{"MaHoSo": "S1", "MaTTHC": "1.001", "NgayTiepNhan": "20250303080000",
          "NgayHenTra": "20250305170000", "NgayKetThucXuLy": "20250307100000", "TrangThaiHoSo": 9,
          "DanhSachHoSoBoSung": [{"NgayBoSung": "20250304080000",
                                  "NgayTiepNhanBoSung": "20250306080000"}]}]}
        """;
    assertThat(push(unit, json, Role.PAR_OFFICER).getStatus()).isEqualTo(200);
    Map<String, Object> s1 = row("S1");
    assertThat(s1.get("effective_due_at")).isEqualTo(ts(2025, 3, 7, 17));
    assertThat(s1.get("late")).isEqualTo(false);
    assertThat(((Number) s1.get("supplement_count")).intValue()).isEqualTo(1);
  }

  @Test
  void aResyncUpdatesWhatChangedAndNeverDuplicates() throws Exception {
    push(unit, BATCH, Role.PAR_OFFICER);
    String hash = (String) row("H3").get("content_hash");
    assertThat(push(unit, BATCH, Role.PAR_OFFICER).getContentAsString())
        .contains("\"added\":0", "\"updated\":0", "\"unchanged\":3");
    String changed = BATCH.replace("\"TrangThaiHoSo\": 4", "\"TrangThaiHoSo\": 5");
    assertThat(push(unit, changed, Role.PAR_OFFICER).getContentAsString())
        .contains("\"added\":0", "\"updated\":1", "\"unchanged\":2");
    assertThat(count(unit)).isEqualTo(3);
    assertThat(row("H3").get("content_hash")).isNotEqualTo(hash);
    assertThat(((Number) row("H3").get("status")).intValue()).isEqualTo(5);
  }

  @Test
  void aCsvWithVietnameseHeadingsAndTypedDatesIsRead() throws Exception {
    String csv =
        "\uFEFFMã hồ sơ;Mã thủ tục;Ngày tiếp nhận;Ngày hẹn trả;Ngày kết thúc xử lý;Trạng thái;"
            + "Kênh thực hiện;Tổng lệ phí;Có kết quả điện tử;Số lần bổ sung;Ngày hẹn trả mới\n"
            + "C1;1.001;03/03/2025 08:00;05/03/2025;20250306090000;10;2;15.000;1;2;07/03/2025 17:00\n"
            + "C2;1.001;04/03/2025;;;4;;;;;\n";
    MockHttpServletResponse r = upload(unit, "ho-so.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    assertThat(r.getContentAsString()).contains("\"added\":2");
    Map<String, Object> c1 = row("C1");
    assertThat((BigDecimal) c1.get("fee_total")).isEqualByComparingTo("15000");
    assertThat(c1.get("due_at")).isEqualTo(ts(2025, 3, 5, 0));
    assertThat(c1.get("effective_due_at")).isEqualTo(ts(2025, 3, 7, 17));
    // two supplement rounds make it late whatever its dates
    assertThat(c1.get("late")).isEqualTo(true);
  }

  @Test
  void theOtherColumnsOfAnExportAsItIsArePassedOver() throws Exception {
    // a one-stop system's export keeps the applicant, the summary and the field: no indicator
    // needs them, so they are read past, not refused
    String csv =
        "STT,Mã hồ sơ,Chủ hồ sơ,Trích yếu,Mã thủ tục,Lĩnh vực,Ngày tiếp nhận,Trạng thái\n"
            + "1,E1,Nguyễn Văn A,Khai sinh,1.001,Hộ tịch,03/03/2025 08:00,2\n";
    MockHttpServletResponse r = upload(unit, "ho-so.csv", csv.getBytes(StandardCharsets.UTF_8));
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    assertThat(row("E1").get("procedure_code")).isEqualTo("1.001");
  }

  @Test
  void anXlsxWithVietnameseHeadingsIsRead() throws Exception {
    byte[] xlsx =
        xlsx(
            new String[] {
              "Mã hồ sơ", "Mã thủ tục", "Ngày tiếp nhận", "Trạng thái", "Kênh thực hiện"
            },
            new String[] {"X1", "1.001", "03/03/2025 08:00", "2", "2"},
            new String[] {"X2", "1.002", "20250304080000", "9", "1"});
    MockHttpServletResponse r = upload(unit, "ho-so.xlsx", xlsx);
    assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
    assertThat(count(unit)).isEqualTo(2);
    assertThat(row("X1").get("received_at")).isEqualTo(ts(2025, 3, 3, 8));
  }

  @Test
  void theProcedureCatalogueIsImportedAndUpdatedInPlace() throws Exception {
    String csv =
        "Mã thủ tục,Tên thủ tục,Mức độ,\"Có phí, lệ phí\",Kết quả bản giấy\n"
            + "1.001,Đăng ký khai sinh,toàn trình,1,0\n"
            + "2.002,Chứng thực bản sao,3,0,1\n";
    MockHttpServletResponse r =
        mvc.perform(
                multipart("/api/v1/procedures?unit=" + code(unit))
                    .file(file("thu-tuc.csv", csv.getBytes(StandardCharsets.UTF_8)))
                    .with(Accounts.as(Role.PAR_OFFICER, unit)))
            .andReturn()
            .getResponse();
    assertThat(r.getContentAsString()).contains("\"added\":2");
    String json = "{\"data\":[{\"MaTTHC\":\"2.002\",\"TenTTHC\":\"Chứng thực\",\"MucDo\":4}]}";
    r =
        mvc.perform(
                post("/api/v1/procedures?unit=" + code(unit))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json)
                    .with(Accounts.as(Role.PAR_OFFICER, unit)))
            .andReturn()
            .getResponse();
    assertThat(r.getContentAsString()).contains("\"added\":0", "\"updated\":1");
    assertThat(
            jdbc.sql(
                    "select online_level from dossier_procedure where unit_id = ? and code = '2.002'")
                .param(unit)
                .query(Integer.class)
                .single())
        .isEqualTo(4);
  }

  @Test
  void aUnitOutsideTheCallersScopeIsRefusedAndNothingStored() throws Exception {
    MockHttpServletResponse outside = push(other, BATCH, Role.PAR_OFFICER);
    assertThat(outside.getStatus()).isEqualTo(422);
    assertThat(outside.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"column\":\"unit\"", "nằm ngoài phạm vi");
    assertThat(push(unit, BATCH, Role.LEADER).getStatus()).isEqualTo(403);
    assertThat(push(unit, BATCH, Role.APPRAISER).getStatus()).isEqualTo(403);
    assertThat(count(other) + count(unit)).isZero();
    var r =
        mvc.perform(
                post("/api/v1/dossiers?unit=NO-SUCH-UNIT")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(BATCH)
                    .with(Accounts.admin()))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).isEqualTo(404);
    assertThat(
            mvc.perform(
                    post("/api/v1/dossiers?unit=" + code(other))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BATCH)
                        .with(Accounts.admin()))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }

  MockHttpServletResponse push(long target, String json, Role role) throws Exception {
    return mvc.perform(
            post("/api/v1/dossiers?unit=" + code(target))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(Accounts.as(role, role == Role.APPRAISER ? target : unit)))
        .andReturn()
        .getResponse();
  }

  MockHttpServletResponse upload(long target, String name, byte[] content) throws Exception {
    return mvc.perform(
            multipart("/api/v1/dossiers?unit=" + code(target))
                .file(file(name, content))
                .with(Accounts.as(Role.PAR_OFFICER, unit)))
        .andReturn()
        .getResponse();
  }

  static MockMultipartFile file(String name, byte[] content) {
    return new MockMultipartFile("file", name, "application/octet-stream", content);
  }

  static byte[] xlsx(String[]... rows) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet("Hồ sơ");
      for (int i = 0; i < rows.length; i++) {
        var row = sheet.createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          row.createCell(j).setCellValue(rows[i][j]);
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  Map<String, Object> row(String code) {
    return jdbc.sql("select * from dossier where unit_id = ? and code = ?")
        .params(unit, code)
        .query()
        .singleRow();
  }

  long count(long target) {
    return jdbc.sql("select count(*) from dossier where unit_id = ?")
        .param(target)
        .query(Long.class)
        .single();
  }

  static java.sql.Timestamp ts(int y, int m, int d, int h) {
    return java.sql.Timestamp.valueOf(LocalDateTime.of(y, m, d, h, 0));
  }
}
