package vn.parindex.assessment.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Transactional
@WithAccount
class RankingPageTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;

  @BeforeEach
  void setUp() {
    Unit p =
        units.save(new Unit(null, "RP", "Huyện Trang", UnitType.DISTRICT, null, null, null, false));
    units.save(new Unit(null, "RP-1", "Xã Một", UnitType.COMMUNE, p.id(), null, null, false));
    units.save(new Unit(null, "RP-2", "Xã Hai", UnitType.COMMUNE, p.id(), null, null, false));
  }

  @Test
  void uploadShowsTheRankingAndFindingsInVietnamese() throws Exception {
    String csv =
        "Mã đơn vị,1,Tổng điểm,Xếp hạng\nĐiểm tối đa,100,100,\nRP-1,80,80,2\nRP-2,\"90,5\",\"90,5\",1\n";
    mvc.perform(upload(csv))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Đã nhập 2 đơn vị"),
                        containsString("Xã Hai"),
                        containsString("90,50"),
                        containsString("1/2"))));
    mvc.perform(get("/rankings").param("parent", "RP").param("year", "2023"))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Xã Một"), containsString("2/2"))));
  }

  @Test
  void badUploadShowsEachRowsErrorInVietnameseAndStoresNothing() throws Exception {
    String csv = "Mã đơn vị,Tổng điểm\nRP-1,abc\nRP-9,50\n";
    mvc.perform(upload(csv))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Không nhập được bảng kết quả"),
                        containsString("Dòng 2, cột «Tổng điểm»"),
                        containsString("Dòng 3, cột «Mã đơn vị»"),
                        containsString("Chưa có kết quả"))));
  }

  private org.springframework.test.web.servlet.RequestBuilder upload(String csv) {
    return multipart("/rankings/import")
        .file(
            new MockMultipartFile(
                "file", "kq.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
        .param("parent", "RP")
        .param("year", "2023")
        .with(csrf());
  }
}
