package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.PostgresTest;
import vn.parindex.task.EvidenceUploads;
import vn.parindex.unit.Units;

/**
 * The evidence page of a unit in a round: refused uploads keep what was typed, a second click on
 * the same file with the same number gives the stored document, PDF and images are shown in the
 * page and the rest downloaded, and a verified task's file is offered for the criterion its plan
 * line is for, taken without a second copy of its content.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-pages-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class EvidencePagesPostgresTest {

  static final AtomicInteger WORLDS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired JdbcClient jdbc;
  @Autowired EvidenceUploads uploads;

  RoundWorld w;
  String path;
  RequestPostProcessor officer;

  @BeforeEach
  void world() throws Exception {
    w = new RoundWorld(mvc, units, sets, "EV" + WORLDS.incrementAndGet());
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 5));
    long round = w.openRound(2031);
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
    path = "/rounds/" + round + "/units/" + w.a.code();
    officer = RoundWorld.as(Role.PAR_OFFICER, w.a);
  }

  @Test
  void aRefusedUploadKeepsWhatWasTypedAndStoresNothing() throws Exception {
    MockHttpServletResponse noNumber =
        upload(
            new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", RoundWorld.pdf()),
            "",
            "31/02/2031");
    assertThat(noNumber.getStatus()).isEqualTo(422);
    assertThat(html(noNumber))
        .contains("id=\"u-number-error\"", "bắt buộc phải nhập")
        .contains("id=\"u-date-error\"", "ngày phải viết dạng ngày/tháng/năm")
        .contains("value=\"31/02/2031\"", "value=\"UBND Xã Một\"", "value=\"Kế hoạch CCHC\"");

    MockHttpServletResponse csv =
        upload(
            new MockMultipartFile(
                "file",
                "bang.pdf",
                "application/pdf",
                "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)),
            "12/KH-UBND",
            "15/01/2031");
    assertThat(csv.getStatus()).isEqualTo(422);
    assertThat(html(csv))
        .contains("id=\"u-file-error\"", "không phải PDF")
        .contains("value=\"12/KH-UBND\"", "value=\"15/01/2031\"");
    assertThat(documents()).isZero();
  }

  @Test
  void aSecondClickOnTheSameFileGivesTheStoredDocument() throws Exception {
    MockMultipartFile pdf =
        new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", RoundWorld.pdf());
    MvcResult first = uploaded(pdf, "12/KH-UBND", "15/01/2031");
    assertThat(first.getResponse().getStatus()).isEqualTo(302);
    assertThat((java.util.Map<String, Object>) first.getFlashMap())
        .containsKey("added")
        .doesNotContainKey("same");
    MvcResult again = uploaded(pdf, "12/KH-UBND", "15/01/2031");
    assertThat((java.util.Map<String, Object>) again.getFlashMap())
        .containsEntry("same", first.getFlashMap().get("added"));
    assertThat(documents()).isEqualTo(1);
    // (the page that follows says so: EvidencePagesBrowserTest)
    // the API says so too: 200 and the same document instead of 201 and a new one
    MockHttpServletResponse api =
        mvc.perform(
                multipart("/api/v1/evidence")
                    .file(pdf)
                    .param("number", "12/KH-UBND")
                    .param("date", "15/01/2031")
                    .param("issuer", "UBND Xã Một")
                    .param("title", "Kế hoạch CCHC")
                    .with(officer))
            .andReturn()
            .getResponse();
    assertThat(api.getStatus()).isEqualTo(200);
    assertThat(documents()).isEqualTo(1);
    // the same content under another number is another document, its content stored once
    assertThat(
            (java.util.Map<String, Object>) uploaded(pdf, "13/KH-UBND", "16/01/2031").getFlashMap())
        .containsKey("added");
    assertThat(documents()).isEqualTo(2);
    assertThat(
            jdbc.sql("select count(distinct sha256) from evidence_document where unit_id = ?")
                .param(w.a.id())
                .query(Integer.class)
                .single())
        .isEqualTo(1);

    String list = page(path + "/evidence");
    assertThat(list)
        .contains("12/KH-UBND", "13/KH-UBND", "15/01/2031", "UBND Xã Một", "ke-hoach.pdf", "1 KB");
  }

  @Test
  void threePeopleAtOnceOnTheSameFileMakeOneDocument() throws Exception {
    MockMultipartFile pdf =
        new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", RoundWorld.pdf());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> clicks = new java.util.ArrayList<>();
      // one click each (uploads are bounded per person): the officer, a department, the chairman
      for (Role role : List.of(Role.PAR_OFFICER, Role.DEPARTMENT_OFFICIAL, Role.LEADER)) {
        clicks.add(
            pool.submit(
                () -> {
                  start.await();
                  return uploaded(pdf, "12/KH-UBND", "15/01/2031", RoundWorld.as(role, w.a))
                      .getResponse()
                      .getStatus();
                }));
      }
      start.countDown();
      for (java.util.concurrent.Future<Integer> click : clicks) {
        assertThat(click.get()).isEqualTo(302);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(documents()).isEqualTo(1);
  }

  @Test
  void pdfAndImagesAreShownInThePageTheRestDownloadedAndOthersSeeNothing() throws Exception {
    upload(
        new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", RoundWorld.pdf()),
        "1/KH",
        "15/01/2031");
    byte[] docx = {'P', 'K', 3, 4, 20, 0, 0, 0};
    upload(
        new MockMultipartFile("file", "bao-cao.docx", "application/octet-stream", docx),
        "2/BC",
        "16/01/2031");
    long pdfId = id("1/KH");
    long docxId = id("2/BC");

    MockHttpServletResponse shown =
        mvc.perform(get(path + "/evidence/" + pdfId + "/file").with(officer))
            .andReturn()
            .getResponse();
    assertThat(shown.getStatus()).isEqualTo(200);
    assertThat(shown.getHeader("Content-Disposition")).startsWith("inline");
    assertThat(shown.getContentType()).isEqualTo("application/pdf");
    MockHttpServletResponse saved =
        mvc.perform(get(path + "/evidence/" + docxId + "/file").with(officer))
            .andReturn()
            .getResponse();
    assertThat(saved.getHeader("Content-Disposition")).startsWith("attachment");
    assertThat(page(path + "/evidence")).contains("Xem ke-hoach.pdf", "Tải về bao-cao.docx");

    RequestPostProcessor neighbour = RoundWorld.as(Role.PAR_OFFICER, w.b);
    assertThat(
            mvc.perform(get(path + "/evidence").with(neighbour))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(get(path + "/evidence/" + pdfId + "/file").with(neighbour))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    // B's own page does not serve A's document either
    String bPath = path.replace(w.a.code(), w.b.code());
    assertThat(
            mvc.perform(get(bPath + "/evidence/" + pdfId + "/file").with(neighbour))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void aVerifiedTasksFileIsOfferedForItsCriterionAndTakenWithoutACopy() throws Exception {
    EvidenceUploads.Checked file =
        uploads.store(
            "bien-ban.pdf", "%PDF-1.4\n% nghiệm thu\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
    long plan = plan();
    line(plan, "L-11", "1.1");
    line(plan, "L-12", "1.2");
    long verified = task(plan, "L-11", "Ban hành kế hoạch CCHC bổ sung", "VERIFIED");
    long done = task(plan, "L-12", "Tuyên truyền CCHC", "DONE");
    long fileId = evidenceFile(verified, file);
    evidenceFile(done, file);

    String sheet = page(path);
    assertThat(sheet)
        .contains(
            "Minh chứng từ nhiệm vụ đã nghiệm thu (1)",
            "bien-ban.pdf",
            "Ban hành kế hoạch CCHC bổ sung");
    assertThat(sheet)
        .contains(
            "id=\"o-1.1-"
                + fileId
                + "-title\" name=\"title\" value=\"Ban hành kế hoạch CCHC bổ sung\"");
    assertThat(sheet)
        .contains("id=\"o-1.1-" + fileId + "-date\" name=\"date\" value=\"10/12/2030\"");
    assertThat(sheet)
        .contains("id=\"o-1.1-" + fileId + "-issuer\" name=\"issuer\" value=\"Xã Một\"");
    // the DONE task (not verified) of line 1.2 offers nothing
    assertThat(sheet).doesNotContain("id=\"o-1.2-");

    MockHttpServletResponse noNumber = adopt("1.1", fileId, "");
    assertThat(noNumber.getStatus()).isEqualTo(422);
    assertThat(html(noNumber))
        .contains("id=\"o-1.1-" + fileId + "-number-error\"", "value=\"Biên bản nghiệm thu\"");
    assertThat(adopt("1.2", fileId, "05/BB").getStatus()).isEqualTo(422);
    assertThat(documents()).isZero();

    MockHttpServletResponse adopted = adopt("1.1", fileId, "05/BB");
    assertThat(adopted.getStatus()).isEqualTo(302);
    // back on the leaf with its form open, the document taken there ticked (saving links it)
    long taken =
        jdbc.sql("select id from evidence_document where unit_id = ?")
            .param(w.a.id())
            .query(Long.class)
            .single();
    assertThat(adopted.getRedirectedUrl())
        .isEqualTo(path + "?edit=1.1&tick=" + taken + "#leaf-1.1");
    assertThat(page(path + "?edit=1.1&tick=" + taken))
        .contains("name=\"evidence_" + taken + "\" value=\"on\" checked");
    assertThat(adopt("1.1", fileId, "05/BB").getStatus()).isEqualTo(302);
    assertThat(documents()).isEqualTo(1);
    assertThat(
            jdbc.sql("select sha256 from evidence_document where unit_id = ?")
                .param(w.a.id())
                .query(String.class)
                .single())
        .isEqualTo(file.sha256());
    assertThat(page(path)).contains("Đã có trong tài liệu kiểm chứng của đơn vị");
    assertThat(page(path + "/evidence")).contains("05/BB", "Biên bản nghiệm thu", "bien-ban.pdf");
  }

  private MockHttpServletResponse adopt(String code, long fileId, String number) throws Exception {
    return mvc.perform(
            post(path + "/evidence/adopt")
                .param("leaf", code)
                .param("act", "adopt")
                .param("file", String.valueOf(fileId))
                .param("number", number)
                .param("date", "10/12/2030")
                .param("issuer", "Xã Một")
                .param("title", "Biên bản nghiệm thu")
                .with(csrf())
                .with(officer))
        .andReturn()
        .getResponse();
  }

  private long plan() {
    LocalDateTime now = LocalDateTime.of(2030, 3, 1, 8, 0);
    jdbc.sql(
            "insert into plan (unit_id, plan_year, authority_upper, authority_unit, unit_label,"
                + " place, issue_year, title, subject, appendix_title, created_at, updated_at)"
                + " values (?, 2030, 'UBND', 'UBND', 'Xã Một', 'Xã Một', 2030, 'KẾ HOẠCH',"
                + " 'Khắc phục', 'Phụ lục', ?, ?)")
        .params(w.a.id(), now, now)
        .update();
    return jdbc.sql("select max(id) from plan where unit_id = ?")
        .param(w.a.id())
        .query(Long.class)
        .single();
  }

  private void line(long plan, String key, String code) {
    jdbc.sql(
            "insert into plan_line (plan_id, position, area, code, content, line_key) values (?, 1, false, ?, 'Tiêu chí', ?)")
        .params(plan, code, key)
        .update();
  }

  private long task(long plan, String key, String title, String status) {
    jdbc.sql(
            "insert into task (unit_id, source, plan_id, title, due_on, status, verified_at,"
                + " created_at, plan_line_key, line_mark) values (?, 'REMEDIATION_PLAN', ?, ?,"
                + " ?, ?, ?, ?, ?, 1)")
        .params(
            w.a.id(),
            plan,
            title,
            LocalDate.of(2030, 12, 31),
            status,
            LocalDateTime.of(2030, 12, 10, 9, 0),
            LocalDateTime.of(2030, 3, 2, 8, 0),
            key)
        .update();
    return jdbc.sql("select max(id) from task where unit_id = ?")
        .param(w.a.id())
        .query(Long.class)
        .single();
  }

  private long evidenceFile(long task, EvidenceUploads.Checked f) {
    jdbc.sql(
            "insert into evidence_file (task_id, sha256, size_bytes, content_type, original_name,"
                + " uploaded_at) values (?, ?, ?, ?, ?, ?)")
        .params(
            task,
            f.sha256(),
            f.size(),
            f.mediaType(),
            f.safeName(),
            LocalDateTime.of(2030, 12, 9, 9, 0))
        .update();
    return jdbc.sql("select max(id) from evidence_file where task_id = ?")
        .param(task)
        .query(Long.class)
        .single();
  }

  private MockHttpServletResponse upload(MockMultipartFile file, String number, String date)
      throws Exception {
    return uploaded(file, number, date).getResponse();
  }

  private MvcResult uploaded(MockMultipartFile file, String number, String date) throws Exception {
    return uploaded(file, number, date, officer);
  }

  private MvcResult uploaded(
      MockMultipartFile file, String number, String date, RequestPostProcessor who)
      throws Exception {
    return mvc.perform(
            multipart(path + "/evidence")
                .file(file)
                .param("number", number)
                .param("date", date)
                .param("issuer", "UBND Xã Một")
                .param("title", "Kế hoạch CCHC")
                .with(csrf())
                .with(who))
        .andReturn();
  }

  private String page(String url) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(url).with(officer)).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return html(response);
  }

  private static String html(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private long id(String number) {
    return jdbc.sql("select id from evidence_document where unit_id = ? and doc_number = ?")
        .params(w.a.id(), number)
        .query(Long.class)
        .single();
  }

  private int documents() {
    return jdbc.sql("select count(*) from evidence_document where unit_id = ?")
        .param(w.a.id())
        .query(Integer.class)
        .single();
  }

  static Object json(String body, String path) {
    return JsonPath.read(body, path);
  }
}
