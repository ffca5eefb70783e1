package vn.parindex.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.input.InvalidInputException;
import vn.parindex.support.Accounts;

/** Every bad batch is refused whole (422 naming the record and the field) and stores nothing. */
@SpringBootTest(properties = "parindex.dossiers.max-body-mb=1")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DossierBadInputTest {

  private static final String GOOD =
      "{\"MaHoSo\":\"OK1\",\"MaTTHC\":\"1.001\",\"NgayTiepNhan\":\"20250303080000\","
          + "\"TrangThaiHoSo\":2}";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DossierImport imports;

  long unit;
  String code;

  @BeforeEach
  void unit() {
    code = "DB-" + System.nanoTime();
    jdbc.sql("insert into unit (code, name, type) values (?, 'Xã Lỗi', 'COMMUNE')")
        .param(code)
        .update();
    unit = jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "malformed date|\"NgayTiepNhan\":\"2025-03-03 08:00\"|data[1].NgayTiepNhan|không phải ngày giờ",
        "a date that does not exist|\"NgayTiepNhan\":\"20250230080000\"|data[1].NgayTiepNhan|không phải ngày giờ",
        "unknown status|\"TrangThaiHoSo\":11|data[1].TrangThaiHoSo|trạng thái «11»",
        "unknown channel|\"KenhThucHien\":\"4\"|data[1].KenhThucHien|kênh thực hiện «4»",
        "due before reception|\"NgayHenTra\":\"20250302080000\"|data[1].NgayHenTra|trước ngày tiếp nhận",
        "bad new due date|\"DanhSachHoSoBoSung\":[{\"NgayHenTraMoi\":\"mai\"}]"
            + "|data[1].DanhSachHoSoBoSung[].NgayHenTraMoi|«mai»",
        "bad fee|\"DanhSachLePhi\":[{\"Gia\":\"mười nghìn\"}]|data[1].DanhSachLePhi[].Gia|số tiền",
      })
  void aBadFieldIsNamedWithItsRecordAndNothingIsStored(
      String name, String field, String column, String message) throws Exception {
    String bad =
        "{\"MaHoSo\":\"BAD9\",\"MaTTHC\":\"1.001\",\"NgayTiepNhan\":\"20250303080000\","
            + "\"TrangThaiHoSo\":2,"
            + field
            + "}";
    MockHttpServletResponse r = push("{\"data\":[" + GOOD + "," + bad + "]}");
    assertThat(r.getStatus()).isEqualTo(422);
    assertThat(r.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"column\":\"" + column.replace("\"", "\\\"") + "\"", "BAD9", message);
    assertThat(stored()).isZero();
  }

  @Test
  void theSameDossierTwiceWithDifferentContentsIsRefusedNamingBothPlaces() throws Exception {
    String twice = GOOD.replace("\"TrangThaiHoSo\":2", "\"TrangThaiHoSo\":4");
    MockHttpServletResponse r = push("{\"data\":[" + GOOD + "," + twice + "]}");
    assertThat(r.getStatus()).isEqualTo(422);
    assertThat(r.getContentAsString(StandardCharsets.UTF_8))
        .contains("data[1].MaHoSo", "OK1", "bản ghi thứ 1");
    assertThat(stored()).isZero();
    // the same content twice is one record, as a repeated sync sends it
    assertThat(push("{\"data\":[" + GOOD + "," + GOOD + "]}").getContentAsString())
        .contains("\"added\":1");
  }

  @Test
  void aFileNamesItsUnknownAndMissingColumnsAndItsBadRows() throws Exception {
    String headings = "Mã hồ sơ,Ngày tiếp nhận,Trạng thái,Cột lạ\nA1,03/03/2025,2,x\n";
    String body = upload("ho-so.csv", headings);
    assertThat(body).contains("Cột lạ", "Thiếu cột bắt buộc «Mã thủ tục»");
    String rows =
        "Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận,Trạng thái\n"
            + "A1,1.001,03/03/2025,2\n"
            + "A2,1.001,31/02/2025,2\n"
            + "A1,1.001,03/03/2025,4\n";
    body = upload("ho-so.csv", rows);
    assertThat(body)
        .contains("Dòng 3, cột «Ngày tiếp nhận»: Hồ sơ «A2»")
        .contains("Dòng 4, cột «Mã hồ sơ»: Hồ sơ «A1» đã có ở dòng 2");
    assertThat(stored()).isZero();
  }

  @Test
  void aBodyOverTheBoundIsRefusedFromItsDeclaredLengthOrAsItStreams() throws Exception {
    byte[] big = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) ' ');
    MockHttpServletResponse r = push(new String(big, StandardCharsets.US_ASCII));
    assertThat(r.getStatus()).isEqualTo(422);
    assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("tối đa 1 MB");
    // a 2 GB body without a declared length: refused after the first megabyte, never held
    InputStream endless =
        new InputStream() {
          long left = 2L * 1024 * 1024 * 1024;

          @Override
          public int read() {
            return left-- > 0 ? ' ' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
            left -= n;
            return n <= 0 ? -1 : n;
          }
        };
    assertThatThrownBy(() -> imports.json(unit, endless))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
        .isEqualTo("dossier.ingest.body.large");
    assertThat(stored()).isZero();
  }

  private MockHttpServletResponse push(String json) throws Exception {
    return mvc.perform(
            post("/api/v1/dossiers?unit=" + code)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(Accounts.as(Role.PAR_OFFICER, unit)))
        .andReturn()
        .getResponse();
  }

  private String upload(String name, String csv) throws Exception {
    MockHttpServletResponse r =
        mvc.perform(
                multipart("/api/v1/dossiers?unit=" + code)
                    .file(DossierIngestApiTest.file(name, csv.getBytes(StandardCharsets.UTF_8)))
                    .with(Accounts.as(Role.PAR_OFFICER, unit)))
            .andReturn()
            .getResponse();
    assertThat(r.getStatus()).isEqualTo(422);
    return r.getContentAsString(StandardCharsets.UTF_8);
  }

  private long stored() {
    return jdbc.sql("select count(*) from dossier where unit_id = ?")
        .param(unit)
        .query(Long.class)
        .single();
  }
}
