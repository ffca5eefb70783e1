package vn.parindex.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.Role;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.PostgresTest;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The round pages' forms refused: each comes back with what was typed, the message beside the field
 * (422) or above the form (409), and nothing is stored.
 */
@PostgresTest(properties = "parindex.evidence.dir=target/evidence-round-pages-test")
@AutoConfigureMockMvc
@Import(MovableClock.class)
class RoundPagesPostgresTest {

  static final AtomicInteger WORLDS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired JdbcClient jdbc;

  RoundWorld w;

  @BeforeEach
  void world() {
    w = new RoundWorld(mvc, units, sets, "RP" + WORLDS.incrementAndGet());
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 5));
  }

  @Test
  void aRefusedOpeningKeepsWhatWasTypedAndOpensNothing() throws Exception {
    RequestPostProcessor appraiser = RoundWorld.as(Role.APPRAISER, w.p);
    MockHttpServletResponse refused =
        mvc.perform(
                post("/rounds")
                    .param("year", "2031")
                    .param("parent", w.p.code())
                    .param("framework", String.valueOf(w.setId))
                    .param("selfFrom", "2031-01-10")
                    .param("selfTo", "2031-01-05")
                    .param("round1Due", "2031-02-15")
                    .param("explanationDue", "2031-02-28")
                    .param("round2Due", "2031-03-15")
                    .param("publication", "2031-03-31")
                    .with(csrf())
                    .with(appraiser))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(422);
    String html = refused.getContentAsString(StandardCharsets.UTF_8);
    assertThat(html)
        .contains("value=\"2031-01-05\"", "value=\"2031-02-15\"", "value=\"2031\"")
        .contains("id=\"e-selfTo\"", "không được trước ngày 10/01/2031")
        .contains("<option value=\"" + w.p.code() + "\" selected>");
    assertThat(rounds()).isZero();

    MockHttpServletResponse opened =
        mvc.perform(
                post("/rounds")
                    .param("year", "2031")
                    .param("parent", w.p.code())
                    .param("framework", String.valueOf(w.setId))
                    .param("selfFrom", "2031-01-01")
                    .param("selfTo", "31/01/2031")
                    .param("round1Due", "2031-02-15")
                    .param("explanationDue", "2031-02-28")
                    .param("round2Due", "2031-03-15")
                    .param("publication", "2031-03-31")
                    .with(csrf())
                    .with(appraiser))
            .andReturn()
            .getResponse();
    assertThat(opened.getStatus()).isEqualTo(302);
    assertThat(rounds()).isEqualTo(1);
    String list = page(get("/rounds"), appraiser);
    assertThat(list).contains("Năm 2031", "Tỉnh Thử", "2 đang tự đánh giá", "31/01/2031");
    String round = page(get(opened.getRedirectedUrl()), appraiser);
    assertThat(round).contains("Xã Một", "Xã Hai", "đang tự đánh giá", "15/02/2031");
  }

  @Test
  void anOpeningOverCommunesAnotherRoundRanksIsRefusedAboveTheFormKeepingWhatWasTyped()
      throws Exception {
    Unit district =
        units.save(
            new Unit(
                null,
                w.p.code() + "-D",
                "Huyện Thử",
                UnitType.DISTRICT,
                w.p.id(),
                null,
                null,
                false));
    units.save(
        new Unit(
            null, w.p.code() + "-E", "Xã Bốn", UnitType.COMMUNE, district.id(), null, null, false));
    w.openRound(2031);
    MockHttpServletResponse refused =
        mvc.perform(
                post("/rounds")
                    .param("year", "2031")
                    .param("parent", district.code())
                    .param("framework", String.valueOf(w.setId))
                    .param("selfFrom", "2031-01-10")
                    .param("selfTo", "2031-01-31")
                    .param("round1Due", "2031-02-15")
                    .param("explanationDue", "2031-02-28")
                    .param("round2Due", "2031-03-15")
                    .param("publication", "2031-03-31")
                    .with(csrf())
                    .with(RoundWorld.as(Role.APPRAISER, w.p)))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(409);
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
        .contains(
            "Không mở được đợt đánh giá: đơn vị Xã Bốn đã thuộc đợt đánh giá năm 2031 của Tỉnh Thử")
        .contains("<option value=\"" + district.code() + "\" selected>", "value=\"2031-01-31\"");
    assertThat(
            jdbc.sql("select count(*) from index_round where parent_unit_id = ?")
                .param(district.id())
                .query(Integer.class)
                .single())
        .isZero();
  }

  /**
   * The unit page read with its round in one statement still tells what is missing in the order it
   * did: an unknown round, an unknown unit, a unit out of the reader's scope, a unit not in the
   * round.
   */
  @Test
  void theUnitPageTellsTheFirstThingMissing() throws Exception {
    long round = w.openRound(2031);
    long none = round + 1_000_000;
    RequestPostProcessor appraiser = RoundWorld.as(Role.APPRAISER, w.p);
    assertThat(missing("/rounds/" + none + "/units/" + w.p.code() + "-NONE", appraiser))
        .contains("Không tìm thấy đợt đánh giá");
    assertThat(missing("/rounds/" + none + "/units/" + w.a.code(), appraiser))
        .contains("Không tìm thấy đợt đánh giá");
    assertThat(missing("/rounds/" + round + "/units/" + w.p.code() + "-NONE", appraiser))
        .contains("Không tìm thấy đơn vị «" + w.p.code() + "-NONE»");
    assertThat(missing("/rounds/" + round + "/units/" + w.c.code(), appraiser))
        .contains("Không tìm thấy đơn vị này trong phạm vi của bạn.");
    assertThat(missing("/rounds/" + round + "/units/" + w.p.code(), appraiser))
        .contains("Đơn vị «" + w.p.code() + "» không thuộc đợt đánh giá này");
    assertThat(page(get("/rounds/" + round + "/units/" + w.a.code()), appraiser))
        .contains(w.a.name());
  }

  private String missing(String path, RequestPostProcessor who) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(path).with(who)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(404);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void aRefusedSelfEntryKeepsItsValuesAndAStaleOneAnswers409() throws Exception {
    long round = w.openRound(2031);
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
    long plan = w.evidence(w.a, "12/KH-UBND");
    String path = "/rounds/" + round + "/units/" + w.a.code();
    RequestPostProcessor officer = RoundWorld.as(Role.PAR_OFFICER, w.a);

    MockHttpServletResponse tooMany = self(path, "9", "Đã ban hành kế hoạch", "0", officer);
    assertThat(tooMany.getStatus()).isEqualTo(422);
    String html = tooMany.getContentAsString(StandardCharsets.UTF_8);
    assertThat(html)
        .contains("value=\"9\"", ">Đã ban hành kế hoạch</textarea>")
        .contains("id=\"s-1.1-points-error\"", "điểm của tiêu chí 1.1 phải từ 0 đến 4");
    assertThat(entries()).isZero();
    // typed with a decimal comma, the refusal writes the number back the same way
    MockHttpServletResponse decimal = self(path, "4,5", "Đã ban hành kế hoạch", "0", officer);
    assertThat(decimal.getContentAsString(StandardCharsets.UTF_8))
        .contains("điểm của tiêu chí 1.1 phải từ 0 đến 4 (đã nhập 4,5)");
    assertThat(entries()).isZero();
    String box = "name=\"evidence_" + plan + "\" value=\"on\"";
    assertThat(html).contains(box + ">").doesNotContain(box + " checked");
    // the refused leaf's form alone is open, the library listed once
    assertThat(html.split("class=\"self-form\"", -1)).hasSize(2);
    assertThat(html.split(box, -1)).hasSize(2);

    MockHttpServletResponse ticked =
        mvc.perform(
                post(path + "/entries/1.1")
                    .param("leaf", "1.1")
                    .param("act", "self")
                    .param("version", "0")
                    .param("points", "bốn")
                    .param("evidence_" + plan, "on")
                    .with(csrf())
                    .with(officer))
            .andReturn()
            .getResponse();
    assertThat(ticked.getStatus()).isEqualTo(422);
    assertThat(ticked.getContentAsString(StandardCharsets.UTF_8))
        .contains(box + " checked", "value=\"bốn\"", "phải là một số");
    assertThat(entries()).isZero();

    MockHttpServletResponse saved =
        mvc.perform(
                post(path + "/entries/1.1")
                    .param("leaf", "1.1")
                    .param("act", "self")
                    .param("version", "0")
                    .param("points", "3,5")
                    .param("note", "Có kế hoạch")
                    .param("evidence_" + plan, "on")
                    .with(csrf())
                    .with(officer))
            .andReturn()
            .getResponse();
    assertThat(saved.getStatus()).isEqualTo(302);
    // saved, the form closes: the leaf shows its values and a button to edit them
    String sheet = page(get(path), officer);
    assertThat(sheet)
        .contains("3,50 điểm", "Có kế hoạch", "12/KH-UBND")
        // the leaf's document opens in a new tab through the unit's route, a PDF shown inline
        .contains(
            "href=\"" + path + "/evidence/" + plan + "/file\" target=\"_blank\" rel=\"noopener\"")
        .contains("15/01/2031", "href=\"" + path + "?edit=1.1#leaf-1.1\">Sửa tự đánh giá</a>")
        .contains("href=\"" + path + "?edit=1.2#leaf-1.2\">Nhập tự đánh giá</a>")
        .doesNotContain("self-form", "name=\"evidence_");
    MockHttpServletResponse viewed =
        w.call(get(path + "/evidence/" + plan + "/file"), RoundWorld.as(Role.APPRAISER, w.p));
    assertThat(viewed.getStatus()).isEqualTo(200);
    assertThat(viewed.getHeader("Content-Disposition")).startsWith("inline");
    assertThat(page(get(path + "?edit=1.1"), officer))
        .contains(box + " checked", "id=\"s-1.1-points\" name=\"points\" value=\"3,5\"")
        .doesNotContain("id=\"s-1.2-done\"");

    MockHttpServletResponse stale = self(path, "2", "Sửa lại từ trang cũ", "0", officer);
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(stale.getContentAsString(StandardCharsets.UTF_8))
        .contains(">Sửa lại từ trang cũ</textarea>", "vừa được người khác lưu");
    assertThat(stale.getContentAsString(StandardCharsets.UTF_8).split("class=\"self-form\"", -1))
        .hasSize(2);
    assertThat(page(get(path), officer)).contains("3,50 điểm").doesNotContain("Sửa lại");
  }

  @Test
  void aCutWithoutANoteIsRefusedBesideTheNote() throws Exception {
    long round = w.openRound(2031);
    MovableClock.CLOCK.at(LocalDate.of(2031, 1, 20));
    String path = "/rounds/" + round + "/units/" + w.a.code();
    assertThat(
            self(path, "4", "Có kế hoạch", "0", RoundWorld.as(Role.PAR_OFFICER, w.a)).getStatus())
        .isEqualTo(302);
    RequestPostProcessor leader = RoundWorld.as(Role.LEADER, w.a);
    assertThat(page(get(path), leader)).contains("Phê duyệt và nộp tự đánh giá");
    for (int click = 1; click <= 2; click++) {
      // a second click (a double tap on a phone) finds it submitted: the page, not a refusal
      assertThat(
              mvc.perform(
                      post(path + "/submit")
                          .param("acknowledgeWarnings", "on")
                          .with(csrf())
                          .with(leader))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .as("click " + click)
          .isEqualTo(302);
    }

    RequestPostProcessor appraiser = RoundWorld.as(Role.APPRAISER, w.p);
    MockHttpServletResponse cut =
        mvc.perform(
                post(path + "/appraisals/1.1")
                    .param("leaf", "1.1")
                    .param("act", "appraise")
                    .param("round", "1")
                    .param("version", "1")
                    .param("points", "2")
                    .param("explanationRequired", "on")
                    .with(csrf())
                    .with(appraiser))
            .andReturn()
            .getResponse();
    assertThat(cut.getStatus()).isEqualTo(422);
    assertThat(cut.getContentAsString(StandardCharsets.UTF_8))
        .contains("id=\"a-1.1-note-error\"", "phải ghi lý do trừ điểm")
        .contains("id=\"a-1.1-points\" name=\"points\" value=\"2\"")
        .contains("name=\"explanationRequired\" value=\"on\" checked");
    // the refused leaf's form stays open; the other leaves offer theirs by a link
    assertThat(cut.getContentAsString(StandardCharsets.UTF_8).split("class=\"appraise-form\"", -1))
        .hasSize(2);
    assertThat(page(get(path), appraiser))
        .contains("đã nộp tự đánh giá", "href=\"" + path + "?edit=1.1#leaf-1.1\"")
        .doesNotContain("appraise-form");
    assertThat(page(get(path + "?edit=1.1"), appraiser))
        .contains("class=\"appraise-form\"", "id=\"a-1.1-points\"");
    // the officer is offered no appraisal and no more self entries once submitted
    RequestPostProcessor officer = RoundWorld.as(Role.PAR_OFFICER, w.a);
    assertThat(page(get(path), officer))
        .doesNotContain("appraise-form", "appraise-open", "self-form");
    assertThat(page(get(path + "?edit=1.1"), officer)).doesNotContain("appraise-form");

    assertThat(
            form(
                    post(path + "/appraisals/1.1")
                        .param("round", "1")
                        .param("points", "2")
                        .param("note", "Thiếu báo cáo đột xuất")
                        .param("explanationRequired", "on"),
                    appraiser)
                .getStatus())
        .isEqualTo(302);
    // 1.2 is done or not (3 points): its form offers 0 and 3,00 only; 0,75 posted anyway is
    // refused beside the choice, keeping the note
    MockHttpServletResponse odd =
        form(
            post(path + "/appraisals/1.2")
                .param("leaf", "1.2")
                .param("act", "appraise")
                .param("round", "1")
                .param("points", "0,75")
                .param("note", "Báo cáo chậm"),
            appraiser);
    assertThat(odd.getStatus()).isEqualTo(422);
    assertThat(odd.getContentAsString(StandardCharsets.UTF_8))
        .contains("id=\"a-1.2-points-error\"")
        .contains("điểm thẩm định của tiêu chí 1.2 chỉ có thể là 0 hoặc 3,00 (đã nhập 0,75)")
        .contains("<select id=\"a-1.2-points\" name=\"points\" aria-invalid=\"true\"")
        .contains("<option value=\"0\">0,00</option>", "<option value=\"3\">3,00</option>")
        .contains("value=\"Báo cáo chậm\"");
    assertThat(
            jdbc.sql(
                    "select count(*) from round_entry e join round_unit u on u.id = e.round_unit_id"
                        + " where u.unit_id = ? and e.code = '1.2' and e.round1_points is not null")
                .param(w.a.id())
                .query(Integer.class)
                .single())
        .isZero();
    // 1.2 and 1.3 not appraised: ending the round needs the appraiser's confirmation
    MockHttpServletResponse unconfirmed = form(post(path + "/appraisals/complete"), appraiser);
    assertThat(unconfirmed.getStatus()).isEqualTo(422);
    assertThat(unconfirmed.getContentAsString(StandardCharsets.UTF_8))
        .contains(
            "id=\"e-acknowledgeUntouched\"", "còn 2 tiêu chí chưa thẩm định lần 1 (1.2, 1.3)");
    assertThat(page(get(path), appraiser)).contains("đã nộp tự đánh giá");
    assertThat(
            form(post(path + "/appraisals/complete").param("acknowledgeUntouched", "on"), appraiser)
                .getStatus())
        .isEqualTo(302);
    String replied = page(get(path), officer);
    assertThat(replied)
        .contains("đã thẩm định lần 1", "Thiếu báo cáo đột xuất")
        .contains("href=\"" + path + "?edit=1.1#leaf-1.1\">Giải trình</a>")
        .doesNotContain("explain-form");
    assertThat(page(get(path + "?edit=1.1"), officer)).contains("class=\"explain-form\"");

    MockHttpServletResponse noText =
        form(
            post(path + "/explanations/1.1")
                .param("leaf", "1.1")
                .param("act", "explain")
                .param("agree", "no"),
            officer);
    assertThat(noText.getStatus()).isEqualTo(422);
    assertThat(noText.getContentAsString(StandardCharsets.UTF_8))
        .contains("id=\"x-1.1-text-error\"", "<option value=\"no\" selected>");
    assertThat(
            form(
                    post(path + "/explanations/1.1")
                        .param("agree", "no")
                        .param("text", "Đã gửi báo cáo số 30/BC-UBND"),
                    officer)
                .getStatus())
        .isEqualTo(302);
    assertThat(form(post(path + "/explanations/submit"), leader).getStatus()).isEqualTo(302);
    assertThat(form(post(path + "/explanations/submit"), leader).getStatus())
        .as("a second click on «Nộp giải trình»")
        .isEqualTo(302);
    assertThat(page(get(path), appraiser))
        .contains("chờ thẩm định lần 2", "Đã gửi báo cáo số 30/BC-UBND")
        .contains("Không đồng ý với kết quả thẩm định", "Kết thúc thẩm định lần 2");
  }

  private MockHttpServletResponse form(
      MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
    return mvc.perform(request.with(csrf()).with(who)).andReturn().getResponse();
  }

  private MockHttpServletResponse self(
      String path, String points, String note, String version, RequestPostProcessor who)
      throws Exception {
    return mvc.perform(
            post(path + "/entries/1.1")
                .param("leaf", "1.1")
                .param("act", "self")
                .param("version", version)
                .param("points", points)
                .param("note", note)
                .with(csrf())
                .with(who))
        .andReturn()
        .getResponse();
  }

  private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who)
      throws Exception {
    MockHttpServletResponse response = mvc.perform(request.with(who)).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private int rounds() {
    return jdbc.sql("select count(*) from index_round where parent_unit_id = ?")
        .param(w.p.id())
        .query(Integer.class)
        .single();
  }

  private int entries() {
    return jdbc.sql(
            "select count(*) from round_entry e join round_unit u on u.id = e.round_unit_id"
                + " where u.unit_id = ?")
        .param(w.a.id())
        .query(Integer.class)
        .single();
  }
}
