package bench;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Role;
import vn.parindex.account.Users;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.CriterionCode;
import vn.parindex.framework.Scoring;
import vn.parindex.unit.UnitType;

/**
 * What a round starts from, written directly (it is not what is measured): a province of {@code
 * communes} communes and warm-up provinces of {@value #WARM_UP} (the same cycle published first, so
 * that publication is timed warm), a criteria set of 8 areas × 10 leaves (manual, done or not,
 * proportional in turn), each commune's PAR officer and chairman, {@value #DOCUMENTS} evidence
 * documents per commune, and {@value #APPRAISERS} appraisers of the province who sign in through
 * the login form.
 */
final class RoundBenchData {

  static final int YEAR = 2026;
  static final int WARM_UP = 10;
  static final int DOCUMENTS = 6;
  static final int APPRAISERS = 50;
  static final String PASSWORD = "bench-pass-1";

  /** A commune of the round: its code, its officer, its chairman and its documents' ids. */
  record Commune(String code, CurrentUser officer, CurrentUser chair, List<Long> documents) {}

  /** A province: its code, its communes, an appraiser acting in the cycle. */
  record Province(String code, List<Commune> communes, CurrentUser appraiser) {}

  final CriteriaSet set;
  final Province province;
  final List<Province> warmUps;
  final CurrentUser admin;

  private RoundBenchData(
      CriteriaSet set, Province province, List<Province> warmUps, CurrentUser admin) {
    this.set = set;
    this.province = province;
    this.warmUps = warmUps;
    this.admin = admin;
  }

  static RoundBenchData seed(JdbcTemplate jdbc, CriteriaSets sets, int communes, int warmUps) {
    CriteriaSet set = sets.save(criteriaSet());
    String hash = Users.encoder().encode(PASSWORD);
    Province province = province(jdbc, "BR", communes, APPRAISERS, hash);
    List<Province> warm = new ArrayList<>();
    for (int w = 0; w < warmUps; w++) {
      warm.add(province(jdbc, "W" + (char) ('A' + w), WARM_UP, 1, hash));
    }
    long provinceId = unitId(jdbc, "BR0");
    CurrentUser admin = user(jdbc, "br.admin", provinceId, hash, Role.ADMIN);
    jdbc.execute("analyze");
    return new RoundBenchData(set, province, warm, admin);
  }

  private static CriteriaSet criteriaSet() {
    List<Criterion> criteria = new ArrayList<>();
    int position = 0;
    for (int a = 1; a <= 8; a++) {
      BigDecimal areaMax = BigDecimal.valueOf(a % 2 == 0 ? 15 : 10);
      criteria.add(
          new Criterion(CriterionCode.of("" + a), "Lĩnh vực " + a, areaMax, null, ++position));
      for (int l = 1; l <= 10; l++) {
        criteria.add(
            new Criterion(
                CriterionCode.of(a + "." + l),
                "Tiêu chí " + a + "." + l + " về công tác cải cách hành chính",
                areaMax.divide(BigDecimal.TEN),
                switch (l % 3) {
                  case 0 -> new Scoring.Binary();
                  case 1 -> new Scoring.Manual();
                  default -> new Scoring.Proportional(null);
                },
                ++position));
      }
    }
    return CriteriaSet.create(
        null,
        "Bộ chỉ số bench " + YEAR,
        YEAR,
        UnitType.COMMUNE,
        1,
        false,
        "bench",
        criteria,
        List.of(
            new ClassificationBand(new BigDecimal("90"), "Xuất sắc"),
            new ClassificationBand(new BigDecimal("80"), "Tốt"),
            new ClassificationBand(new BigDecimal("65"), "Khá"),
            new ClassificationBand(BigDecimal.ZERO, "Trung bình")));
  }

  private static Province province(
      JdbcTemplate jdbc, String prefix, int communes, int appraisers, String hash) {
    jdbc.update(
        "insert into unit (code, name, type, demo) values (?, ?, 'PROVINCE', false)",
        prefix + "0",
        "Tỉnh " + prefix);
    long provinceId = unitId(jdbc, prefix + "0");
    List<Object[]> rows = new ArrayList<>();
    for (int i = 1; i <= communes; i++) {
      rows.add(new Object[] {prefix + i, "Xã " + prefix + " " + i, provinceId});
    }
    jdbc.batchUpdate(
        "insert into unit (code, name, type, parent_id, demo) values (?, ?, 'COMMUNE', ?, false)",
        rows);
    String lower = prefix.toLowerCase();
    List<CurrentUser> appraiserUsers = new ArrayList<>();
    for (int i = 1; i <= appraisers; i++) {
      appraiserUsers.add(user(jdbc, lower + ".thamdinh" + i, provinceId, hash, Role.APPRAISER));
    }
    Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    List<Commune> list = new ArrayList<>();
    for (int i = 1; i <= communes; i++) {
      String code = prefix + i;
      long unit = unitId(jdbc, code);
      CurrentUser officer = user(jdbc, lower + ".cchc" + i, unit, hash, Role.PAR_OFFICER);
      CurrentUser chair = user(jdbc, lower + ".ct" + i, unit, hash, Role.LEADER);
      List<Object[]> docs = new ArrayList<>();
      for (int d = 1; d <= DOCUMENTS; d++) {
        docs.add(
            new Object[] {
              unit,
              String.format("%064x", (long) unit * 100 + d),
              "application/pdf",
              "van-ban-" + d + ".pdf",
              d + "/KH-UBND",
              Date.valueOf(LocalDate.of(YEAR, 1, d)),
              "UBND xã " + code,
              "Văn bản số " + d + " về cải cách hành chính năm " + YEAR,
              officer.id(),
              now
            });
      }
      jdbc.batchUpdate(
          "insert into evidence_document (unit_id, sha256, size_bytes, content_type,"
              + " original_name, doc_number, doc_date, issuer, title, uploaded_by, uploaded_at)"
              + " values (?, ?, 1024, ?, ?, ?, ?, ?, ?, ?, ?)",
          docs);
      List<Long> ids =
          jdbc.queryForList(
              "select id from evidence_document where unit_id = ? order by id", Long.class, unit);
      list.add(new Commune(code, officer, chair, ids));
    }
    return new Province(prefix + "0", list, appraiserUsers.get(0));
  }

  private static long unitId(JdbcTemplate jdbc, String code) {
    return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
  }

  private static CurrentUser user(
      JdbcTemplate jdbc, String username, long unitId, String hash, Role role) {
    jdbc.update(
        "insert into app_user (username, display_name, password_hash, unit_id, enabled, demo,"
            + " created_at) values (?, ?, ?, ?, true, false, ?)",
        username,
        username,
        hash,
        unitId,
        Timestamp.valueOf(LocalDateTime.now()));
    long id =
        jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    jdbc.update("insert into user_role (user_id, role) values (?, ?)", id, role.name());
    return new CurrentUser(id, username, username, unitId, null, Set.of(role));
  }
}
