package vn.parindex.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.account.Role;
import vn.parindex.support.Accounts;
import vn.parindex.unit.Departments;

/** A leaf that declares its source indicator counts its dossiers from the live records. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class LiveSourceTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Gains gains;
  @Autowired Departments departments;

  SimulationWorld w;

  @BeforeEach
  void world() {
    w = new SimulationWorld(context, "ONLINE_PAYMENT");
    LocalDateTime received = LocalDateTime.of(2024, 6, 3, 8, 0);
    for (int i = 1; i <= 10; i++) {
      jdbc.sql(
              "insert into dossier (unit_id, code, procedure_code, received_at, received_year,"
                  + " status, channel, digitised, paid_online, fee_total, e_result,"
                  + " supplement_count, content_hash, synced_at)"
                  + " values (?, ?, 'TT1', ?, 2024, 4, 2, false, ?, 30000, false, 0, 'h', ?)")
          .params(w.a.id(), "LS" + i, received, i <= 7, received)
          .update();
    }
  }

  @Test
  void theDossiersToConvertComeFromTheLiveIndicatorOfTheAssessmentsYear() throws Exception {
    Gain rate = gains.of(w.assessmentA, "2.3").orElseThrow();
    assertThat(rate.indicator()).isEqualTo("ONLINE_PAYMENT");
    assertThat(rate.numerator()).isEqualTo(7);
    assertThat(rate.denominator()).isEqualTo(10);
    assertThat(rate.effort()).isEqualTo(3);
    String page =
        mvc.perform(
                get("/assessments/" + w.assessmentA + "/what-if")
                    .with(Accounts.as(Role.PAR_OFFICER, w.a.id())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Để đạt 100 % cần thêm 3 hồ sơ thanh toán trực tuyến");
  }

  @Test
  void aTargetOnItFollowsItsOwnIndicatorWithoutBeingTold() throws Exception {
    long department = departments.add(w.a.id(), "Bộ phận Một cửa", null).id();
    String body =
        mvc.perform(
                post("/api/v1/assessments/" + w.assessmentA + "/targets")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"code\":\"2.3\",\"department\":" + department + "}")
                    .with(Accounts.as(Role.PAR_OFFICER, w.a.id())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long task = Long.parseLong(body.replaceAll(".*\"taskId\":(\\d+).*", "$1"));
    assertThat(
            jdbc.sql("select indicator_code from simulation_target where task_id = ?")
                .param(task)
                .query(String.class)
                .single())
        .isEqualTo("ONLINE_PAYMENT");
  }
}
