package vn.parindex.simulation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.parindex.account.Role;
import vn.parindex.support.Accounts;

@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class WhatIfApiTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  SimulationWorld w;

  @BeforeEach
  void world() {
    w = new SimulationWorld(context);
  }

  private ResultActions whatIf(String body, Role role, long unit) throws Exception {
    return mvc.perform(
        post("/api/v1/assessments/" + w.assessmentA + "/what-if")
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .with(Accounts.as(role, unit)));
  }

  @Test
  void aRateOf100GivesTheFullPointAndLiftsTheTotalAndRank() throws Exception {
    whatIf("[{\"code\":\"2.3\",\"rate\":100}]", Role.PAR_OFFICER, w.a.id())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.changes[0].code").value("2.3"))
        .andExpect(jsonPath("$.changes[0].before").value(0.9078))
        .andExpect(jsonPath("$.changes[0].after").value(1))
        .andExpect(jsonPath("$.before.total").value(1.91))
        .andExpect(jsonPath("$.before.percent").value(38.2))
        .andExpect(jsonPath("$.before.rank").value(3))
        .andExpect(jsonPath("$.before.of").value(3))
        .andExpect(jsonPath("$.after.total").value(2.0))
        .andExpect(jsonPath("$.after.percent").value(40.0))
        .andExpect(jsonPath("$.after.rank").value(2));
  }

  @Test
  void theSeedRateScoresInProportionExactly() throws Exception {
    whatIf(
            "[{\"code\":\"2.3\",\"numerator\":9078,\"denominator\":10000}]",
            Role.PAR_OFFICER,
            w.a.id())
        .andExpect(jsonPath("$.changes[0].after").value(0.9078))
        .andExpect(jsonPath("$.after.total").value(1.91));
  }

  @Test
  void doingTheReportMovesTheUnitToFirst() throws Exception {
    whatIf(
            "[{\"code\":\"1.1\",\"done\":true},{\"code\":\"2.4\",\"points\":1}]",
            Role.LEADER,
            w.a.id())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.changes[0].after").value(2))
        .andExpect(jsonPath("$.after.total").value(4.41))
        .andExpect(jsonPath("$.after.rank").value(1))
        .andExpect(jsonPath("$.before.rank").value(3));
  }

  @Test
  void anUnknownCodeIsRefusedNamingIt() throws Exception {
    whatIf("[{\"code\":\"9.9\",\"rate\":100}]", Role.PAR_OFFICER, w.a.id())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail", containsString("9.9")))
        .andExpect(jsonPath("$.errors[*].column", contains("code")));
  }

  @Test
  void aRateAbove100AndANumeratorAboveTheDenominatorAreRefusedNamingTheField() throws Exception {
    whatIf(
            "[{\"code\":\"2.3\",\"rate\":100.5},{\"code\":\"1.2\",\"count\":-1},"
                + "{\"code\":\"2.4\",\"points\":1.5}]",
            Role.PAR_OFFICER,
            w.a.id())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].column", contains("rate", "count", "points")))
        .andExpect(jsonPath("$.detail", containsString("100 %")));
    whatIf("[{\"code\":\"2.3\",\"numerator\":131,\"denominator\":130}]", Role.PAR_OFFICER, w.a.id())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].column").value("numerator"))
        .andExpect(jsonPath("$.detail", containsString("mẫu số")));
  }

  @Test
  void anotherCommuneCannotSimulateIt() throws Exception {
    whatIf("[{\"code\":\"2.3\",\"rate\":100}]", Role.PAR_OFFICER, w.b.id())
        .andExpect(status().isNotFound());
  }

  @Test
  void gainsPutTheCheapestPointsFirstAndManualOnesLast() throws Exception {
    mvc.perform(
            get("/api/v1/assessments/" + w.assessmentA + "/gains")
                .with(Accounts.as(Role.PAR_OFFICER, w.a.id())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code", contains("1.1", "1.2", "2.3", "2.4")))
        .andExpect(jsonPath("$[*].kind", contains("DOCUMENT", "ITEMS", "RATE", "UNKNOWN")))
        .andExpect(jsonPath("$[1].effort").value(2))
        .andExpect(jsonPath("$[2].effort").value(12))
        .andExpect(jsonPath("$[2].targetRate").value(100));
  }
}
