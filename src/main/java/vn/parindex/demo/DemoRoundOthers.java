package vn.parindex.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.parindex.account.Actor;
import vn.parindex.round.RoundSteps;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * The other demo communes of the round, under a second demo district (Gio Linh), each at another
 * step on the load day: Gio Mai submitted and waits for round 1; Gio Hải was cut in round 1, agreed
 * and has submitted its explanations; Gio Quang is still self-assessing, its deadline days ahead,
 * some criteria scored with evidence, one without, the rest not yet. Their officers and chairmen
 * are demo accounts of their own (cchc.giomai, chu.tich.giomai…).
 */
@Component
class DemoRoundOthers {

  /** A demo commune of the round: its unit and the slug of its accounts (null: none). */
  record Commune(Unit unit, String slug) {}

  /** Gio Quang's departments: its officer gives area 2 and area 5 to two of them. */
  static final List<String> QUANG_DEPARTMENTS =
      List.of("Văn phòng – Thống kê", "Tài chính – Kế toán", "Bộ phận một cửa");

  private final Units units;
  private final DemoAccounts accounts;
  private final DemoTasks people;
  private final RoundSteps steps;

  DemoRoundOthers(Units units, DemoAccounts accounts, DemoTasks people, RoundSteps steps) {
    this.units = units;
    this.accounts = accounts;
    this.people = people;
    this.steps = steps;
  }

  /** Gio Linh and its three communes under the province; Gio Mai and Gio Hải get accounts. */
  List<Commune> create(Unit province) {
    Unit district =
        units.save(
            new Unit(
                null, "DEMO-GL", "Gio Linh", UnitType.DISTRICT, province.id(), null, null, true));
    List<Commune> communes = new ArrayList<>();
    communes.add(commune(district, "DEMO-GIOMAI", "Gio Mai", "giomai"));
    communes.add(commune(district, "DEMO-GIOHAI", "Gio Hải", "giohai"));
    Commune quang = commune(district, "DEMO-GIOQUANG", "Gio Quang", "gioquang");
    accounts.departments(quang.unit().id(), "gioquang", "Gio Quang", QUANG_DEPARTMENTS);
    communes.add(quang);
    return communes;
  }

  void play(long round, List<Commune> communes, LocalDate today) {
    Commune mai = communes.get(0);
    Actor maiOfficer = person(mai, "cchc.", today, 50);
    long maiPlan =
        document(mai.unit(), "05/KH-UBND", today.minusDays(90), "Kế hoạch CCHC năm", maiOfficer);
    steps.writeSelf(
        round,
        mai.unit(),
        "1.1.1",
        DemoRoundVinhChap.done("Đã ban hành kế hoạch.", maiPlan),
        maiOfficer);
    steps.writeSelf(
        round,
        mai.unit(),
        "2.1",
        DemoRoundVinhChap.ratio("300", "310", "300/310 hồ sơ đúng hạn.", maiPlan),
        maiOfficer);
    steps.submit(round, mai.unit(), person(mai, "chu.tich.", today, 31));

    Commune hai = communes.get(1);
    Actor haiOfficer = person(hai, "cchc.", today, 55);
    long haiPlan =
        document(hai.unit(), "11/KH-UBND", today.minusDays(95), "Kế hoạch CCHC năm", haiOfficer);
    steps.writeSelf(
        round,
        hai.unit(),
        "1.1.1",
        DemoRoundVinhChap.done("Đã ban hành kế hoạch.", haiPlan),
        haiOfficer);
    steps.writeSelf(
        round,
        hai.unit(),
        "2.6",
        DemoRoundVinhChap.done("Đã niêm yết thủ tục hành chính.", null),
        haiOfficer);
    steps.submit(round, hai.unit(), person(hai, "chu.tich.", today, 34));
    Actor appraiser = DemoRound.at(people, DemoRound.APPRAISER, today, 20, 10);
    steps.appraise(
        round,
        hai.unit(),
        "2.6",
        1,
        BigDecimal.ZERO,
        "Không có tài liệu kiểm chứng việc niêm yết công khai thủ tục hành chính.",
        false,
        appraiser);
    steps.complete(round, hai.unit(), DemoRound.at(people, DemoRound.APPRAISER, today, 19, 16));
    steps.explain(
        round,
        hai.unit(),
        "2.6",
        true,
        "Xã thống nhất với kết quả thẩm định; đã niêm yết bổ sung để khắc phục năm sau.",
        List.of(),
        person(hai, "cchc.", today, 6));
    steps.submitExplanations(round, hai.unit(), person(hai, "chu.tich.", today, 5));
    selfAssessing(round, communes.get(2), today);
  }

  /**
   * Gio Quang, mid-way through its self-assessment on the load day: its officer gave area 2 to the
   * one-stop shop and area 5 to the finance department (whose official scored 5.2 with its document
   * and has 5.1 still to fill); two criteria scored with their documents, one scored without a
   * document yet (the warning its chairman will read), every other one still empty; nothing
   * submitted.
   */
  private void selfAssessing(long round, Commune quang, LocalDate today) {
    steps.assignFillers(
        round,
        quang.unit(),
        Map.of("2", "Bộ phận một cửa", "5", "Tài chính – Kế toán"),
        person(quang, "cchc.", today, 14));
    Actor officer = person(quang, "cchc.", today, 12);
    long plan =
        document(quang.unit(), "07/KH-UBND", today.minusDays(85), "Kế hoạch CCHC năm", officer);
    long oneStop =
        document(
            quang.unit(),
            "09/BC-UBND",
            today.minusDays(15),
            "Báo cáo kết quả giải quyết thủ tục hành chính năm",
            officer);
    steps.writeSelf(
        round,
        quang.unit(),
        "1.1.1",
        DemoRoundVinhChap.done("Đã ban hành kế hoạch.", plan),
        officer);
    steps.writeSelf(
        round,
        quang.unit(),
        "2.1",
        DemoRoundVinhChap.ratio("188", "195", "188/195 hồ sơ đúng hạn.", oneStop),
        person(quang, "cchc.", today, 8));
    steps.writeSelf(
        round,
        quang.unit(),
        "2.6",
        DemoRoundVinhChap.done("Đã niêm yết thủ tục hành chính; ảnh chụp sẽ bổ sung.", null),
        person(quang, "cchc.", today, 3));
    Actor finance = person(quang, "tai.chinh.", today, 4);
    long budget =
        document(
            quang.unit(),
            "15/TB-UBND",
            today.minusDays(40),
            "Thông báo công khai dự toán ngân sách xã",
            finance);
    steps.writeSelf(
        round,
        quang.unit(),
        "5.2",
        DemoRoundVinhChap.done("Đã công khai dự toán ngân sách tại trụ sở và trên cổng.", budget),
        finance);
  }

  private Commune commune(Unit district, String code, String name, String slug) {
    Unit unit =
        units.save(new Unit(null, code, name, UnitType.COMMUNE, district.id(), null, null, true));
    if (slug != null) {
      accounts.commune(unit.id(), slug, name);
    }
    return new Commune(unit, slug);
  }

  private Actor person(Commune commune, String role, LocalDate today, int daysAgo) {
    return DemoRound.at(people, role + commune.slug(), today, daysAgo, 9);
  }

  private long document(Unit unit, String number, LocalDate date, String title, Actor by) {
    String full = title + " " + date.getYear();
    return steps.evidence(
        unit,
        DemoFiles.ascii(number).replace('/', '-') + ".pdf",
        DemoFiles.pdf(number, full),
        new RoundSteps.Document(number, date, "UBND xã " + unit.name(), full),
        by);
  }
}
