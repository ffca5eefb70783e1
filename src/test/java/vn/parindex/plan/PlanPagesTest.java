package vn.parindex.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parindex.account.Role;
import vn.parindex.assessment.Assessments;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class PlanPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Assessments assessments;
  @Autowired Plans plans;
  @Autowired PlanService service;

  long planId;
  long communeId;

  @BeforeEach
  void draftTheSeedPlan() {
    String suffix = String.valueOf(System.nanoTime());
    Unit district =
        units.save(
            new Unit(
                null,
                "D" + suffix,
                "Vĩnh Linh",
                SeedFixture.DISTRICT.type(),
                null,
                null,
                null,
                true));
    Unit commune =
        units.save(
            new Unit(
                null,
                "C" + suffix,
                "Vĩnh Chấp",
                SeedFixture.COMMUNE.type(),
                district.id(),
                null,
                null,
                true));
    communeId = commune.id();
    int version = ThreadLocalRandom.current().nextInt(1_000_000, 2_000_000);
    long setId = sets.save(SeedFixture.criteriaSet(null, version)).id();
    long assessmentId =
        assessments
            .save(
                vn.parindex.support.TestActors.fixture(),
                SeedFixture.assessment(null, commune.id(), setId))
            .id();
    planId = service.draft(vn.parindex.support.TestActors.fixture(), assessmentId).id();
  }

  /** The editor's form as a browser would post it, from the stored plan. */
  private MockHttpServletRequestBuilder form(Plan plan, String... overrides) {
    java.util.Map<String, String> over = new java.util.HashMap<>();
    for (int i = 0; i < overrides.length; i += 2) {
      over.put(overrides[i], overrides[i + 1]);
    }
    PlanHeader h = plan.header();
    MockHttpServletRequestBuilder req =
        post("/plans/" + planId)
            .with(csrf())
            .param("version", String.valueOf(plan.version()))
            .param("authorityUpper", h.authorityUpper())
            .param("authorityUnit", h.authorityUnit())
            .param("unitLabel", h.unitLabel())
            .param("number", "07/KH-UBND")
            .param("place", h.place())
            .param("issueDay", "5")
            .param("issueMonth", "2")
            .param("issueYear", "2025")
            .param("title", h.title())
            .param("subject", over.getOrDefault("subject", h.subject()))
            .param("legalBases", String.join("\n", plan.legalBases()))
            .param("opening", String.join("\n", plan.opening()))
            .param("closing", plan.closing())
            .param("recipients", String.join("\n", plan.recipients()))
            .param("appendixTitle", plan.appendixTitle())
            .param("signerAuthority", "TM. ỦY BAN NHÂN DÂN")
            .param("signerTitle", "CHỦ TỊCH")
            .param("signerName", "Võ Văn Tuấn");
    for (int i = 0; i < plan.sections().size(); i++) {
      req.param("section[" + i + "].heading", plan.sections().get(i).heading());
      req.param("section[" + i + "].items", String.join("\n", plan.sections().get(i).items()));
    }
    for (int k = 0; k < plan.lines().size(); k++) {
      PlanLine l = plan.lines().get(k);
      String p = "line[" + k + "].";
      if (l.area()) {
        req.param(p + "area", "on");
      }
      req.param(p + "code", l.code())
          .param(p + "content", l.content())
          .param(p + "maxPoints", l.maxPoints().toPlainString())
          .param(p + "points", over.getOrDefault(p + "points", l.points().toPlainString()))
          .param(p + "reason", l.reason() == null ? "" : l.reason())
          .param(p + "measure", l.measure() == null ? "" : l.measure())
          .param(p + "responsible", l.responsible() == null ? "" : l.responsible())
          .param(p + "deadline", l.deadline() == null ? "" : l.deadline().toString())
          .param(p + "note", "");
    }
    return req;
  }

  @Test
  void editorShowsTheDraftInVietnamese() throws Exception {
    mvc.perform(get("/plans/" + planId))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Lưu kế hoạch")))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("name=\"line[1].measure\"")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("bị trừ 6,47 điểm")))
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Cán bộ, công chức\nLưu: VT.")));
  }

  /** The plan's editor as a person of the commune with this role sees it (200). */
  private String editorAs(Role role) throws Exception {
    return mvc.perform(
            get("/plans/" + planId).with(vn.parindex.support.Accounts.as(role, communeId)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void aDepartmentOfficialReadsThePlanWithNothingOfferedTheyMayNotDo() throws Exception {
    String page = editorAs(Role.DEPARTMENT_OFFICIAL);
    assertThat(page)
        .contains("Bạn chỉ có quyền xem kế hoạch này.")
        .contains("<fieldset class=\"bare\" disabled>")
        .contains("/plans/" + planId + "/recovery")
        .doesNotContain("/plans/" + planId + "/tasks/new")
        .doesNotContain("/plans/" + planId + "/progress")
        .doesNotContain("remove-line")
        .doesNotContain("hx-get=\"/plans/line-row\"")
        .doesNotContain("Lưu kế hoạch");
    // the pages the links would open refuse them
    mvc.perform(
            get("/plans/" + planId + "/progress")
                .with(vn.parindex.support.Accounts.as(Role.DEPARTMENT_OFFICIAL, communeId)))
        .andExpect(status().isForbidden());
  }

  @Test
  void anOfficerIsOfferedTheTasksAndTheProgressAndMayEdit() throws Exception {
    String page = editorAs(Role.PAR_OFFICER);
    assertThat(page)
        .contains("/plans/" + planId + "/tasks/new")
        .contains("/plans/" + planId + "/progress")
        .contains("remove-line")
        .contains("Lưu kế hoạch")
        .contains("<fieldset class=\"bare\">");
  }

  @Test
  void savingTheFormStoresItAndRemovesMissingLines() throws Exception {
    Plan plan = plans.findById(planId).orElseThrow();
    mvc.perform(
            form(plan)
                .param("line[100001].content", "Dòng mới")
                .param("line[100001].maxPoints", "1")
                .param("line[100001].points", "0,5"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/plans/" + planId));
    Plan saved = plans.findById(planId).orElseThrow();
    assertThat(saved.header().number()).isEqualTo("07/KH-UBND");
    assertThat(saved.header().issueDate().words()).isEqualTo("ngày 05 tháng 02 năm 2025");
    assertThat(saved.signature().name()).isEqualTo("Võ Văn Tuấn");
    assertThat(saved.lines()).hasSize(plan.lines().size() + 1);
    assertThat(saved.lines().get(saved.lines().size() - 1).points()).isEqualByComparingTo("0.5");
  }

  @Test
  void pointsAboveMaxAreRefusedNamingTheLineAndNothingIsSaved() throws Exception {
    Plan plan = plans.findById(planId).orElseThrow();
    mvc.perform(form(plan, "line[1].points", "9.5"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "Dòng phụ lục 2, «Số điểm»: Số điểm 9,50 lớn hơn điểm chuẩn 4,00.")));
    assertThat(plans.findById(planId).orElseThrow().header().number()).isEqualTo("/KH-UBND");
  }

  @Test
  void draftingAgainAsksFirstThenMakesANewVersion() throws Exception {
    long assessmentId = plans.findById(planId).orElseThrow().assessmentId();
    mvc.perform(post("/plans/draft").with(csrf()).param("assessment", String.valueOf(assessmentId)))
        .andExpect(status().isConflict())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("Thay bằng phiên bản mới")))
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.containsString("href=\"/plans/" + planId + "\"")));
    mvc.perform(
            post("/plans/draft")
                .with(csrf())
                .param("assessment", String.valueOf(assessmentId))
                .param("replace", "true")
                .param("seen", String.valueOf(planId)))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            result ->
                assertThat(result.getResponse().getRedirectedUrl())
                    .matches("/plans/\\d+")
                    .isNotEqualTo("/plans/" + planId));
  }

  @Test
  void aSaveFromAVersionSavedOverSinceIsRefusedKeepingWhatWasTyped() throws Exception {
    Plan plan = plans.findById(planId).orElseThrow();
    String seen = String.valueOf(plan.version());
    mvc.perform(form(plan).param("version", seen)).andExpect(status().is3xxRedirection());
    int now = plans.findById(planId).orElseThrow().version();

    mvc.perform(form(plan, "line[1].points", "1,25").param("version", seen))
        .andExpect(status().isConflict())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString("name=\"line[1].points\" value=\"1,25\"")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Số, ký hiệu")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"stale\"")))
        // saving again from this page overwrites knowingly
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "name=\"version\" value=\"" + now + "\"")));

    assertThat(plans.findById(planId).orElseThrow().lines().get(1).points())
        .isEqualByComparingTo(plan.lines().get(1).points());
  }

  @Test
  void aRefusedSaveComesBackAsTypedWithEachMessageBesideItsFieldAndStoresNothing()
      throws Exception {
    Plan plan = plans.findById(planId).orElseThrow();
    String html =
        mvc.perform(form(plan, "line[1].points", "hai", "subject", " "))
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html)
        .contains("name=\"line[1].points\" value=\"hai\"")
        .contains(
            "<small class=\"field-error\" id=\"e-line[1].points\">«hai» không phải là một"
                + " số.</small>")
        .contains("<small class=\"field-error\" id=\"e-subject\">Không được để trống.</small>")
        .contains("name=\"number\" value=\"07/KH-UBND\"")
        .contains("name=\"signerName\" value=\"Võ Văn Tuấn\"")
        .contains("Chưa lưu: hãy sửa các lỗi sau.");
    Plan stored = plans.findById(planId).orElseThrow();
    assertThat(stored.header().number()).isEqualTo("/KH-UBND");
    assertThat(stored.version()).isEqualTo(plan.version());
  }

  @Test
  void addLineReturnsAnEmptyRow() throws Exception {
    mvc.perform(get("/plans/line-row"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("hx-swap=\"delete\"")));
  }
}
