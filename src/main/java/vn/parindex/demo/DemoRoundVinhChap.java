package vn.parindex.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.Actor;
import vn.parindex.round.RoundActions.SelfEntry;
import vn.parindex.round.RoundSteps;
import vn.parindex.unit.Unit;

/**
 * Vĩnh Chấp's part of the demo round: the PAR officer uploads the year's documents (PDF reports,
 * PNG photos) and self-assesses six criteria with them, the chairman submits before the deadline,
 * and the appraiser's round 1 cuts the propaganda criterion (1.3) with a note and asks for an
 * explanation: on the load day the commune is awaiting its explanation, due within a week.
 */
@Component
class DemoRoundVinhChap {

  static final String CUT = "1.3";
  static final String CUT_NOTE =
      "Chỉ có ảnh chụp, chưa có kế hoạch và báo cáo kết quả tuyên truyền: chưa đủ căn cứ chấm"
          + " mức Tốt.";

  private final RoundSteps steps;
  private final DemoTasks people;

  DemoRoundVinhChap(RoundSteps steps, DemoTasks people) {
    this.steps = steps;
    this.people = people;
  }

  void play(long round, Unit commune, LocalDate today) {
    int year = today.getYear();
    Actor uploads = DemoRound.at(people, DemoTasks.OFFICER, today, 66, 9);
    LocalDate planDay = LocalDate.of(year, 1, 15);
    if (!planDay.isBefore(today.minusDays(66))) {
      planDay = today.minusDays(80);
    }
    long plan =
        pdf(
            commune,
            "08/KH-UBND",
            planDay,
            "UBND xã Vĩnh Chấp",
            "Kế hoạch cải cách hành chính năm " + year,
            uploads);
    long report =
        pdf(
            commune,
            "45/BC-UBND",
            today.minusDays(68),
            "UBND xã Vĩnh Chấp",
            "Báo cáo kết quả thực hiện kế hoạch cải cách hành chính năm " + year,
            uploads);
    long photo =
        png(
            commune,
            "TT-01/" + year,
            today.minusDays(70),
            "Văn hóa – Xã hội xã Vĩnh Chấp",
            "Ảnh tuyên truyền cải cách hành chính tại nhà văn hóa thôn",
            uploads);
    long oneStop =
        pdf(
            commune,
            "12/BC-MC",
            today.minusDays(67),
            "Bộ phận một cửa xã Vĩnh Chấp",
            "Báo cáo tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính",
            uploads);
    long board =
        png(
            commune,
            "NY-02/" + year,
            today.minusDays(67),
            "Bộ phận một cửa xã Vĩnh Chấp",
            "Ảnh bảng niêm yết thủ tục hành chính tại Bộ phận một cửa",
            uploads);
    self(
        round,
        commune,
        "1.1.1",
        done("Ban hành Kế hoạch số 08/KH-UBND đúng thời hạn.", plan),
        today,
        60);
    self(
        round,
        commune,
        "1.1.2",
        rate("95", "Hoàn thành 95% nhiệm vụ của kế hoạch.", report),
        today,
        55);
    self(round, commune, CUT, level("Tốt", "Tổ chức tuyên truyền tại các thôn.", photo), today, 50);
    self(round, commune, "2.1", ratio("412", "418", "412/418 hồ sơ đúng hạn.", oneStop), today, 45);
    self(round, commune, "2.6", done("Niêm yết đầy đủ thủ tục hành chính.", board), today, 45);
    self(round, commune, "3.1", done("Thực hiện đúng đề án vị trí việc làm.", null), today, 40);
    steps.submit(round, commune, DemoRound.at(people, DemoTasks.LEADER, today, 32, 15));
    Actor appraiser = DemoRound.at(people, DemoRound.APPRAISER, today, 14, 10);
    steps.appraise(round, commune, CUT, 1, BigDecimal.ONE, CUT_NOTE, true, appraiser);
    steps.complete(round, commune, DemoRound.at(people, DemoRound.APPRAISER, today, 13, 16));
  }

  private void self(
      long round, Unit commune, String code, SelfEntry entry, LocalDate today, int daysAgo) {
    steps.writeSelf(
        round, commune, code, entry, DemoRound.at(people, DemoTasks.OFFICER, today, daysAgo, 9));
  }

  private long pdf(
      Unit unit, String number, LocalDate date, String issuer, String title, Actor by) {
    return steps.evidence(
        unit,
        DemoFiles.ascii(number).replace('/', '-') + ".pdf",
        DemoFiles.pdf(number, title),
        new RoundSteps.Document(number, date, issuer, title),
        by);
  }

  private long png(
      Unit unit, String number, LocalDate date, String issuer, String title, Actor by) {
    return steps.evidence(
        unit,
        DemoFiles.ascii(number).replace('/', '-') + ".png",
        DemoFiles.png(title),
        new RoundSteps.Document(number, date, issuer, title),
        by);
  }

  static SelfEntry done(String note, Long evidence) {
    return new SelfEntry(null, true, null, null, null, null, null, note, ids(evidence), null);
  }

  static SelfEntry rate(String rate, String note, long evidence) {
    return new SelfEntry(
        null, null, null, new BigDecimal(rate), null, null, null, note, ids(evidence), null);
  }

  static SelfEntry level(String level, String note, long evidence) {
    return new SelfEntry(null, null, level, null, null, null, null, note, ids(evidence), null);
  }

  static SelfEntry ratio(String numerator, String denominator, String note, long evidence) {
    return new SelfEntry(
        null,
        null,
        null,
        null,
        new BigDecimal(numerator),
        new BigDecimal(denominator),
        null,
        note,
        ids(evidence),
        null);
  }

  private static List<Long> ids(Long evidence) {
    return evidence == null ? List.of() : List.of(evidence);
  }
}
