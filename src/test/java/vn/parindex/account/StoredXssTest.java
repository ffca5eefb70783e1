package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.assessment.AssessmentEntry;
import vn.parindex.assessment.AssessmentQueries;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.ScoredNode;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.framework.CriterionCode;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.PlanService;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Script payloads stored in free-text fields (unit name, plan opening, line reason and measure,
 * assessment reason) come back escaped on every page that shows them (score table, plan editor,
 * dashboards, plan progress).
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class StoredXssTest {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired AssessmentImport imports;
  @Autowired AssessmentQueries queries;
  @Autowired Assessments assessments;
  @Autowired PlanService plans;

  @Test
  void payloadsInFreeTextFieldsAreRenderedEscaped() throws Exception {
    String suffix = String.valueOf(System.nanoTime());
    Unit province =
        units.save(
            new Unit(
                null,
                "XSP-" + suffix,
                "Tỉnh " + SCRIPT + IMG,
                UnitType.PROVINCE,
                null,
                null,
                null,
                false));
    units.save(
        new Unit(
            null,
            "XSS-" + suffix,
            "Xã " + SCRIPT + IMG,
            UnitType.COMMUNE,
            province.id(),
            null,
            null,
            false));
    long assessment =
        imports
            .importTable(vn.parindex.support.TestActors.fixture(), ScopeWorld.seed("XSS-" + suffix))
            .id();
    ScoredNode leaf = queries.scorecard(assessment).node(CriterionCode.of("1.1")).orElseThrow();
    AssessmentEntry entry = leaf.entry();
    assessments.saveEntry(
        vn.parindex.support.TestActors.fixture(),
        assessment,
        entry.withRemarks("Lý do " + SCRIPT + IMG, "Biện pháp " + IMG, entry.note()));

    Plan plan = plans.draft(vn.parindex.support.TestActors.fixture(), assessment);
    List<PlanLine> lines = new ArrayList<>();
    for (PlanLine l : plan.lines()) {
      lines.add(
          l.area()
              ? l
              : new PlanLine(
                  l.position(),
                  false,
                  l.code(),
                  l.content(),
                  l.maxPoints(),
                  l.points(),
                  "Lý do KH " + SCRIPT,
                  "Biện pháp KH " + IMG,
                  l.responsible(),
                  l.deadline(),
                  l.note()));
    }
    plan.replaceLines(lines);
    plan.edit(
        new Plan.PlanText(
            plan.legalBases(),
            List.of("Mở đầu " + SCRIPT + IMG),
            plan.sections(),
            plan.closing(),
            plan.recipients(),
            plan.appendixTitle()));
    long planId = plans.save(vn.parindex.support.TestActors.fixture(), plan).id();

    for (String page :
        List.of(
            "/",
            "/units",
            "/assessments/" + assessment,
            "/plans",
            "/plans/" + planId,
            "/dashboard?unit=XSS-" + suffix,
            "/dashboard/province?unit=XSP-" + suffix)) {
      String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
      assertThat(html).as(page).doesNotContain(SCRIPT).doesNotContain("<img src=x");
      assertThat(html).as(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    String editor =
        mvc.perform(get("/plans/" + planId)).andReturn().getResponse().getContentAsString();
    // a quote needs no escaping in text (jte leaves it, Thymeleaf writes &quot;); the tag does
    assertThat(editor).contains("&gt;&lt;img src=x onerror=alert(1)&gt;");
    String tree =
        mvc.perform(get("/assessments/" + assessment))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(tree).contains("Lý do &lt;script&gt;alert(1)&lt;/script&gt;");
  }
}
