package vn.parindex.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.parindex.demo.DemoAccounts;
import vn.parindex.unit.Units;

/** The first administrator from the environment and the demo's accounts and departments. */
@SpringBootTest(
    properties = {
      "parindex.demo.enabled=true",
      "PARINDEX_ADMIN_USERNAME=quan.tri",
      "PARINDEX_ADMIN_PASSWORD=mat-khau-quan-tri",
      "PARINDEX_ADMIN_UNIT=DEMO-QT"
    })
@ActiveProfiles("test")
@AutoConfigureMockMvc
class FirstAdminAndDemoAccountsTest {

  @Autowired Users users;
  @Autowired Units units;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void firstAdministratorIsCreatedFromTheEnvironmentOnItsUnit() throws Exception {
    AccountPrincipal admin = users.principal("quan.tri").orElseThrow();
    assertThat(admin.user().roles()).containsExactly(Role.ADMIN);
    assertThat(admin.user().unitId()).isEqualTo(units.findByCode("DEMO-QT").orElseThrow().id());
    assertThat(
            mvc.perform(get("/api/v1/assessments").with(httpBasic("quan.tri", "mat-khau-quan-tri")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }

  @Test
  void demoHasOneFlaggedAccountPerRoleOnTheDemoUnitsAndTheCommunesDepartments() {
    Map<String, Role> expected =
        Map.ofEntries(
            Map.entry("admin", Role.ADMIN),
            Map.entry("tham.dinh", Role.APPRAISER),
            Map.entry("tham.dinh.stc", Role.APPRAISER),
            Map.entry("cchc.vinhchap", Role.PAR_OFFICER),
            Map.entry("chu.tich", Role.LEADER),
            Map.entry("pct.vhxh", Role.LEADER),
            Map.entry("mot.cua", Role.DEPARTMENT_OFFICIAL),
            Map.entry("tai.chinh", Role.DEPARTMENT_OFFICIAL),
            Map.entry("mttq", Role.SUPERVISOR),
            // the other communes of the demo round
            Map.entry("cchc.giomai", Role.PAR_OFFICER),
            Map.entry("chu.tich.giomai", Role.LEADER),
            Map.entry("cchc.giohai", Role.PAR_OFFICER),
            Map.entry("chu.tich.giohai", Role.LEADER),
            Map.entry("cchc.gioquang", Role.PAR_OFFICER),
            Map.entry("chu.tich.gioquang", Role.LEADER),
            Map.entry("tai.chinh.gioquang", Role.DEPARTMENT_OFFICIAL),
            // the province's chairman, who publishes the round's results
            Map.entry("chu.tich.tinh", Role.LEADER));
    Map<String, Users.UserRow> demo =
        users.list(null).stream()
            .filter(Users.UserRow::demo)
            .collect(Collectors.toMap(Users.UserRow::username, u -> u));
    assertThat(demo.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach((name, role) -> assertThat(demo.get(name).roles()).containsExactly(role));
    long commune = units.findByCode("DEMO-VINHCHAP").orElseThrow().id();
    assertThat(demo.get("cchc.vinhchap").unitId()).isEqualTo(commune);
    assertThat(demo.get("tham.dinh").unitId())
        .isEqualTo(units.findByCode("DEMO-QT").orElseThrow().id());
    List<String> departments =
        jdbc.sql("select name from department where unit_id = ? order by id")
            .param(commune)
            .query(String.class)
            .list();
    assertThat(departments).containsExactlyElementsOf(DemoAccounts.DEPARTMENTS);
    assertThat(
            jdbc.sql(
                    "select d.name from app_user u join department d on d.id = u.department_id"
                        + " where u.username = 'mot.cua'")
                .query(String.class)
                .single())
        .isEqualTo("Bộ phận một cửa");
    // the province's appraising departments; Sở Tài chính's appraiser belongs to it
    assertThat(
            jdbc.sql("select name from department where unit_id = ? order by id")
                .param(demo.get("tham.dinh").unitId())
                .query(String.class)
                .list())
        .containsExactlyElementsOf(DemoAccounts.PROVINCE_DEPARTMENTS);
    assertThat(
            jdbc.sql(
                    "select d.name from app_user u join department d on d.id = u.department_id"
                        + " where u.username = 'tham.dinh.stc'")
                .query(String.class)
                .single())
        .isEqualTo("Sở Tài chính");
    assertThat(
            Users.encoder()
                .matches("demo1234", users.principal("mttq").orElseThrow().getPassword()))
        .isTrue();
  }
}
