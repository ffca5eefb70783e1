package vn.parindex.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.unit.Departments;

/**
 * The demo's departments of the commune and one account per role, all flagged demo, password
 * {@value #PASSWORD}. Documented in the README.
 */
@Component
public class DemoAccounts {

  public static final String PASSWORD = "demo1234";

  /** The demo departments of a commune, in the order of the seed. */
  public static final List<String> DEPARTMENTS =
      List.of(
          "Văn phòng – Thống kê",
          "Tài chính – Kế toán",
          "Tư pháp – Hộ tịch",
          "Văn hóa – Xã hội",
          "Bộ phận một cửa",
          "Công an xã");

  /** The province's departments that appraise: Sở Tài chính the public-finance criteria. */
  public static final List<String> PROVINCE_DEPARTMENTS = List.of("Sở Nội vụ", "Sở Tài chính");

  /** The appraiser of Sở Tài chính, who appraises only the criteria given to that department. */
  public static final String FINANCE_APPRAISER = "tham.dinh.stc";

  private final Departments departmentList;
  private final Users users;

  DemoAccounts(Departments departmentList, Users users) {
    this.departmentList = departmentList;
    this.users = users;
  }

  /** Creates the commune's departments and the demo accounts; skipped when they exist. */
  void create(long provinceId, long communeId) {
    if (users.exists("admin")) {
      return;
    }
    Map<String, Long> departments = new LinkedHashMap<>();
    for (String name : DEPARTMENTS) {
      departments.put(name, departmentList.add(communeId, name, null).id());
    }
    Map<String, Long> provincial = new LinkedHashMap<>();
    for (String name : PROVINCE_DEPARTMENTS) {
      provincial.put(name, departmentList.add(provinceId, name, null).id());
    }
    user("admin", "Quản trị hệ thống", null, provinceId, null, Role.ADMIN);
    user(
        "tham.dinh",
        "Cán bộ thẩm định Sở Nội vụ",
        "Chuyên viên Sở Nội vụ",
        provinceId,
        null,
        Role.APPRAISER);
    user(
        FINANCE_APPRAISER,
        "Cán bộ thẩm định Sở Tài chính",
        "Chuyên viên Sở Tài chính",
        provinceId,
        provincial.get("Sở Tài chính"),
        Role.APPRAISER);
    // the province's chairman publishes the round's results (the council chair's decision)
    user(
        "chu.tich.tinh", "Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", provinceId, null, Role.LEADER);
    user(
        "cchc.vinhchap",
        "Công chức phụ trách CCHC",
        "Công chức Văn phòng – Thống kê",
        communeId,
        departments.get("Văn phòng – Thống kê"),
        Role.PAR_OFFICER);
    user("chu.tich", "Võ Văn Tuấn", "Chủ tịch UBND xã", communeId, null, Role.LEADER);
    user(
        "pct.vhxh",
        "Phó Chủ tịch UBND xã",
        "Phó Chủ tịch UBND xã (Văn hóa – Xã hội)",
        communeId,
        departments.get("Văn hóa – Xã hội"),
        Role.LEADER);
    user(
        "mot.cua",
        "Công chức Bộ phận một cửa",
        "Công chức",
        communeId,
        departments.get("Bộ phận một cửa"),
        Role.DEPARTMENT_OFFICIAL);
    user(
        "tai.chinh",
        "Công chức Tài chính – Kế toán",
        "Công chức",
        communeId,
        departments.get("Tài chính – Kế toán"),
        Role.DEPARTMENT_OFFICIAL);
    user(
        "mttq",
        "Ủy ban MTTQ Việt Nam xã",
        "Chủ tịch Ủy ban MTTQ xã",
        communeId,
        null,
        Role.SUPERVISOR);
  }

  /**
   * The PAR officer ({@code cchc.<slug>}) and the chairman ({@code chu.tich.<slug>}) of another
   * demo commune of the round, who take its steps.
   */
  void commune(long communeId, String slug, String name) {
    user(
        "cchc." + slug,
        "Công chức phụ trách CCHC xã " + name,
        "Công chức Văn phòng – Thống kê",
        communeId,
        null,
        Role.PAR_OFFICER);
    user(
        "chu.tich." + slug,
        "Chủ tịch UBND xã " + name,
        "Chủ tịch UBND xã",
        communeId,
        null,
        Role.LEADER);
  }

  /**
   * Departments of another demo commune (by name) and, for its finance department, a department
   * official ({@code tai.chinh.<slug>}) who fills the criteria given to it.
   */
  void departments(long communeId, String slug, String name, List<String> names) {
    Map<String, Long> made = new LinkedHashMap<>();
    for (String department : names) {
      made.put(department, departmentList.add(communeId, department, null).id());
    }
    user(
        "tai.chinh." + slug,
        "Công chức Tài chính – Kế toán xã " + name,
        "Công chức",
        communeId,
        made.get("Tài chính – Kế toán"),
        Role.DEPARTMENT_OFFICIAL);
  }

  private void user(
      String username, String name, String position, long unitId, Long departmentId, Role role) {
    users.create(
        new Users.NewUser(
            username,
            name,
            username + "@demo.parindex.vn",
            position,
            PASSWORD,
            unitId,
            departmentId,
            Set.of(role),
            true));
  }
}
