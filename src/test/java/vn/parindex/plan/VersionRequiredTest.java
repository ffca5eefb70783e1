package vn.parindex.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.assessment.Assessments;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.CriterionCode;
import vn.parindex.support.Accounts;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * A write to a versioned object that names no version is refused with 428, naming the field, and
 * stores nothing: no path silently overwrites what someone else saved since.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class VersionRequiredTest {

  private static final java.util.concurrent.atomic.AtomicInteger VERSIONS =
      new java.util.concurrent.atomic.AtomicInteger(
          java.util.concurrent.ThreadLocalRandom.current().nextInt(3_000_000, 4_000_000));

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Assessments assessments;
  @Autowired AssessmentQueries queries;
  @Autowired Plans plans;
  @Autowired Users users;
  @Autowired JdbcClient jdbc;

  long communeId;
  long assessmentId;
  long planId;

  @BeforeEach
  void aPlan() {
    String suffix = String.valueOf(System.nanoTime());
    Unit district = units.save(copy(SeedFixture.DISTRICT, "VD" + suffix, null));
    communeId = units.save(copy(SeedFixture.COMMUNE, "VC" + suffix, district.id())).id();
    long setId = sets.save(SeedFixture.criteriaSet(null, VERSIONS.incrementAndGet())).id();
    assessmentId =
        assessments
            .save(
                vn.parindex.support.TestActors.fixture(),
                SeedFixture.assessment(null, communeId, setId))
            .id();
  }

  private static Unit copy(Unit u, String code, Long parent) {
    return new Unit(null, code, u.name(), u.type(), parent, null, null, true);
  }

  private long draft() throws Exception {
    String location =
        mvc.perform(post("/api/v1/plans").param("assessment", String.valueOf(assessmentId)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  /** The plan as read, with another closing and the version taken out of the body. */
  private String withoutVersion(long id) throws Exception {
    String json =
        mvc.perform(get("/api/v1/plans/" + id)).andReturn().getResponse().getContentAsString();
    String edited =
        json.replaceFirst("\"closing\":\"[^\"]*\"", "\"closing\":\"Ghi đè im lặng\"")
            .replaceFirst(",\"version\":\\d+", "");
    assertThat(edited).contains("Ghi đè im lặng").doesNotContain("\"version\"");
    return edited;
  }

  private static ResultActions isVersionRequired(ResultActions answer) throws Exception {
    return answer
        .andExpect(status().is(428))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(428))
        .andExpect(jsonPath("$.field").value("version"))
        .andExpect(jsonPath("$.errors[0].column").value("version"));
  }

  @Test
  void aPlanPutWithoutVersionOrIfMatchIsRefusedInVietnameseAndStoresNothing() throws Exception {
    long id = draft();
    String body = withoutVersion(id);

    isVersionRequired(
            mvc.perform(
                put("/api/v1/plans/" + id).contentType(MediaType.APPLICATION_JSON).content(body)))
        .andExpect(jsonPath("$.title").value("Thiếu phiên bản"))
        .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("«version»")))
        .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("không lưu gì")));

    assertThat(plans.findById(id).orElseThrow().closing()).isNotEqualTo("Ghi đè im lặng");
  }

  @Test
  void theRefusalIsInEnglishInTheEnglishLocale() throws Exception {
    long id = draft();
    isVersionRequired(
            mvc.perform(
                put("/api/v1/plans/" + id)
                    .param("lang", "en")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(withoutVersion(id))))
        .andExpect(jsonPath("$.title").value("Version required"))
        .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("nothing was saved")));
  }

  @Test
  void aPlanPutWithIfMatchIsTaken() throws Exception {
    long id = draft();
    int version = plans.findById(id).orElseThrow().version();
    mvc.perform(
            put("/api/v1/plans/" + id)
                .header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(withoutVersion(id)))
        .andExpect(status().isOk());
    assertThat(plans.findById(id).orElseThrow().closing()).isEqualTo("Ghi đè im lặng");
  }

  @Test
  void thePlanFormWithoutVersionIsRefusedAndStoresNothing() throws Exception {
    long id = draft();
    Plan before = plans.findById(id).orElseThrow();
    isVersionRequired(
        mvc.perform(
            post("/plans/" + id)
                .with(csrf())
                .param("closing", "Ghi đè im lặng")
                .param("number", "99/KH-UBND")));
    assertThat(plans.findById(id).orElseThrow().closing()).isEqualTo(before.closing());
  }

  @Test
  void anEntryEditWithoutVersionIsRefusedAndStoresNothing() throws Exception {
    var before = queries.scorecard(assessmentId).node(CriterionCode.of("2.3")).orElseThrow();
    isVersionRequired(
        mvc.perform(
            post("/assessments/" + assessmentId + "/nodes/2.3")
                .param("points", "0,5")
                .param("reason", "Ghi đè im lặng")
                .header("HX-Request", "true")
                .with(csrf())));
    var after = queries.scorecard(assessmentId).node(CriterionCode.of("2.3")).orElseThrow();
    assertThat(after.points()).isEqualByComparingTo(before.points());
    assertThat(after.entry() == null ? null : after.entry().reason())
        .isNotEqualTo("Ghi đè im lặng");
  }

  @Test
  void aUserEditOrDisableWithoutVersionIsRefusedAndStoresNothing() throws Exception {
    String username = "phien.ban." + System.nanoTime();
    long userId = Accounts.create(users, username, "mat-khau-dai", communeId, Role.LEADER);
    isVersionRequired(
        mvc.perform(
            post("/admin/users/" + userId)
                .param("displayName", "Ghi đè im lặng")
                .param("roles", "LEADER")
                .with(csrf())));
    isVersionRequired(
        mvc.perform(
            post("/admin/users/" + userId + "/enabled").param("enabled", "false").with(csrf())));
    assertThat(
            jdbc.sql("select display_name from app_user where id = ?")
                .param(userId)
                .query(String.class)
                .single())
        .isEqualTo(username);
    assertThat(
            jdbc.sql("select enabled from app_user where id = ?")
                .param(userId)
                .query(Boolean.class)
                .single())
        .isTrue();
  }
}
