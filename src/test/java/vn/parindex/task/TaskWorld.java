package vn.parindex.task;

import java.time.LocalDateTime;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parindex.account.AccountPrincipal;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.plan.PlanService;
import vn.parindex.support.SeedTables;
import vn.parindex.unit.Departments;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * A commune with the seed's 2024 table and drafted plan, its departments and people: a PAR officer,
 * a leader, two department officials, a supervisor, and an officer of another commune.
 */
final class TaskWorld {

  final Unit commune;
  final Unit otherCommune;
  final long planId;
  final long oneStop;
  final long office;
  final long finance;
  final CurrentUser officer;
  final CurrentUser leader;
  final CurrentUser officialA;
  final CurrentUser officialB;
  final CurrentUser supervisor;
  final CurrentUser stranger;

  TaskWorld(
      Units units,
      Departments departments,
      AssessmentImport imports,
      PlanService plans,
      JdbcClient jdbc)
      throws Exception {
    String suffix = String.valueOf(System.nanoTime());
    Unit district =
        units.save(
            new Unit(null, "D" + suffix, "Vĩnh Linh", UnitType.DISTRICT, null, null, null, true));
    commune =
        units.save(
            new Unit(
                null,
                "C" + suffix,
                "Vĩnh Chấp",
                UnitType.COMMUNE,
                district.id(),
                null,
                null,
                true));
    otherCommune =
        units.save(
            new Unit(
                null,
                "X" + suffix,
                "Vĩnh Giang",
                UnitType.COMMUNE,
                district.id(),
                null,
                null,
                true));
    long assessment =
        imports
            .importTable(
                vn.parindex.support.TestActors.fixture(),
                SeedTables.publishedImport(commune.code()))
            .id();
    planId = plans.draft(vn.parindex.support.TestActors.fixture(), assessment).id();
    office = departments.add(commune.id(), "Văn phòng – Thống kê", null).id();
    finance = departments.add(commune.id(), "Tài chính – Kế toán", null).id();
    oneStop = departments.add(commune.id(), "Bộ phận một cửa", null).id();
    departments.add(commune.id(), "Công an xã", null);
    officer = user(jdbc, suffix, "officer", commune.id(), office, Role.PAR_OFFICER);
    leader = user(jdbc, suffix, "leader", commune.id(), null, Role.LEADER);
    officialA = user(jdbc, suffix, "a", commune.id(), oneStop, Role.DEPARTMENT_OFFICIAL);
    officialB = user(jdbc, suffix, "b", commune.id(), finance, Role.DEPARTMENT_OFFICIAL);
    supervisor = user(jdbc, suffix, "mttq", commune.id(), null, Role.SUPERVISOR);
    stranger = user(jdbc, suffix, "x", otherCommune.id(), null, Role.PAR_OFFICER);
  }

  private static CurrentUser user(
      JdbcClient jdbc, String suffix, String name, long unitId, Long dep, Role role) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into app_user (username, display_name, email, unit_id, department_id, enabled,"
                + " demo, created_at) values (?, ?, ?, ?, ?, true, false, ?)")
        .params(
            name + suffix,
            "Cán bộ " + name.toUpperCase(),
            name + suffix + "@example.vn",
            unitId,
            dep,
            LocalDateTime.now())
        .update(keys, "id");
    long id = keys.getKey().longValue();
    jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
        .params(id, role.name())
        .update();
    return new CurrentUser(
        id, name + suffix, "Cán bộ " + name.toUpperCase(), unitId, dep, Set.of(role));
  }

  static RequestPostProcessor as(CurrentUser user) {
    return SecurityMockMvcRequestPostProcessors.user(new AccountPrincipal(user, "x", true));
  }

  /** Signs the user in for direct service calls. */
  static void signIn(CurrentUser user) {
    AccountPrincipal principal = new AccountPrincipal(user, "x", true);
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
  }

  static void signOut() {
    SecurityContextHolder.clearContext();
  }
}
