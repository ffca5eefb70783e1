package vn.parindex.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.assessment.Assessments;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.WithAccount;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * The score table, its inline edit row and the plan editor write the decimal comma in Vietnamese
 * ("18,61", an input holding "3,9") and the point in English ("18.61", "3.9"), as the documents do.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@WithAccount
class DecimalPagesTest {

  /** The row of area 1 in the score table. */
  private static final Pattern NODE_1 = Pattern.compile("id=\"node-1\".*?</tr>", Pattern.DOTALL);

  private static final Pattern LINE_NUMBER =
      Pattern.compile("name=\"line\\[\\d+\\]\\.(?:maxPoints|points)\" value=\"([^\"]*)\"");

  @Autowired MockMvc mvc;
  @Autowired Units units;
  @Autowired CriteriaSets sets;
  @Autowired Assessments assessments;
  @Autowired PlanService service;

  long assessmentId;
  long planId;

  @BeforeEach
  void draftTheSeedPlan() {
    String suffix = String.valueOf(System.nanoTime());
    Unit district =
        units.save(
            new Unit(
                null,
                "DD" + suffix,
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
                "DC" + suffix,
                "Vĩnh Chấp",
                SeedFixture.COMMUNE.type(),
                district.id(),
                null,
                null,
                true));
    int version = ThreadLocalRandom.current().nextInt(2_000_000, 3_000_000);
    long setId = sets.save(SeedFixture.criteriaSet(null, version)).id();
    assessmentId =
        assessments
            .save(
                vn.parindex.support.TestActors.fixture(),
                SeedFixture.assessment(null, commune.id(), setId))
            .id();
    planId = service.draft(vn.parindex.support.TestActors.fixture(), assessmentId).id();
  }

  @Test
  void theScoreTableWritesACommaInVietnameseAndAPointInEnglish() throws Exception {
    String vi = page("/assessments/" + assessmentId, "vi");
    String area1 = first(NODE_1, vi);
    assertThat(area1).contains(">21,00<", ">18,61<", "18,20", ">2,39<").doesNotContain("18.61");
    assertThat(section("totals", vi))
        .containsPattern("\\d,\\d\\d")
        .doesNotContainPattern("\\d\\.\\d");
    // the findings' figures too, while a criterion's code keeps its point
    assertThat(section("findings", vi)).contains("2,80", "2,39", "Tiêu chí 1.4");

    String en = page("/assessments/" + assessmentId, "en");
    assertThat(first(NODE_1, en)).contains(">21.00<", ">18.61<", "18.20").doesNotContain("18,61");
    assertThat(section("totals", en))
        .containsPattern("\\d\\.\\d\\d")
        .doesNotContainPattern("\\d,\\d");
    assertThat(section("findings", en)).contains("2.80", "2.39", "1.4").doesNotContain("2,80");
  }

  @Test
  void theInlineEditRowShowsThePointsAsTheReaderTypesThem() throws Exception {
    String vi = page("/assessments/" + assessmentId + "/nodes/2.3/edit", "vi");
    assertThat(vi).contains("name=\"points\" inputmode=\"decimal\" value=\"0,9\"");
    assertThat(vi).contains(">1,00<", ">0,10<");
    // what the editor saw is sent back as stored, whatever the language
    assertThat(vi).contains("name=\"seenPoints\" value=\"0.9\"");

    String en = page("/assessments/" + assessmentId + "/nodes/2.3/edit", "en");
    assertThat(en).contains("name=\"points\" inputmode=\"decimal\" value=\"0.9\"");
    assertThat(en).contains(">1.00<", ">0.10<");
  }

  @Test
  void thePlanEditorsNumberFieldsFollowTheReader() throws Exception {
    List<String> vi = lineNumbers(page("/plans/" + planId, "vi"));
    assertThat(vi).contains("3,9", "0,9", "4", "1").noneMatch(v -> v.contains("."));

    List<String> en = lineNumbers(page("/plans/" + planId, "en"));
    assertThat(en).contains("3.9", "0.9", "4", "1").noneMatch(v -> v.contains(","));
  }

  private String page(String path, String lang) throws Exception {
    return mvc.perform(get(path).param("lang", lang))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static String first(Pattern pattern, String html) {
    Matcher m = pattern.matcher(html);
    assertThat(m.find()).as("%s on the page", pattern).isTrue();
    return m.group();
  }

  private static String section(String id, String html) {
    return first(Pattern.compile("id=\"" + id + "\".*?</section>", Pattern.DOTALL), html);
  }

  private static List<String> lineNumbers(String html) {
    List<String> values = new ArrayList<>();
    Matcher m = LINE_NUMBER.matcher(html);
    while (m.find()) {
      values.add(m.group(1));
    }
    assertThat(values).as("the appendix lines' number fields").isNotEmpty();
    return values;
  }
}
