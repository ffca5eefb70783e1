package vn.parindex.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.parindex.account.Actor;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.CriteriaSetImporter;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.round.RoundActions;
import vn.parindex.round.RoundSteps;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;

/**
 * The current year's round under way on the day the demo loads, beside the seed's published 2024
 * table: opened by the province's appraiser over the demo province for the year's commune criteria
 * set (made from the sample set when the year has none), its windows placed around the load day so
 * that the self-assessment closes within days, round 1 is due right after and the explanations
 * within a week. Vĩnh Chấp ({@link DemoRoundVinhChap}) submitted early, was appraised and awaits
 * its explanation of a cut criterion; the other demo communes ({@link DemoRoundOthers}) stand at
 * other steps, one still self-assessing. Every step goes through the round's services, by its demo
 * person at its past moment.
 */
@Component
class DemoRound {

  static final String APPRAISER = "tham.dinh";

  /** Days before the load day of each step of the year's calendar (negative: days after it). */
  static final int OPENED = 75;

  static final int SELF_FROM = 70;

  /**
   * Days ahead, so that one commune (Gio Quang) is still self-assessing on the load day and its
   * people see the deadline coming; the others submitted early and went on.
   */
  static final int SELF_TO = -4;

  static final int ROUND1_DUE = -5;
  static final int EXPLANATION_DUE = -7;
  static final int ROUND2_DUE = -21;
  static final int PUBLICATION = -30;

  private final CriteriaSets sets;
  private final CriteriaSetImporter importer;
  private final RoundSteps steps;
  private final DemoTasks people;
  private final DemoRoundVinhChap vinhChap;
  private final DemoRoundOthers others;

  DemoRound(
      CriteriaSets sets,
      CriteriaSetImporter importer,
      RoundSteps steps,
      DemoTasks people,
      DemoRoundVinhChap vinhChap,
      DemoRoundOthers others) {
    this.sets = sets;
    this.importer = importer;
    this.steps = steps;
    this.people = people;
    this.vinhChap = vinhChap;
    this.others = others;
  }

  /**
   * The commune criteria set of {@code year}: the newest complete one, else the sample set made
   * that year's (labelled demo). Read before the obligations calendar, which follows the year's
   * set.
   */
  long yearSet(int year) throws IOException {
    var current = sets.findCurrent(year, UnitType.COMMUNE).filter(s -> !s.partial());
    if (current.isPresent()) {
      return current.get().id();
    }
    try (InputStream in =
        new ClassPathResource("samples/bo-chi-so-xa-2025.yaml").getInputStream()) {
      CriteriaSet made =
          importer.importFile(
              "bo-chi-so-xa-" + year + "-demo.yaml",
              in.readAllBytes(),
              new CriteriaSetImporter.Fields(
                  "Bộ chỉ số CCHC cấp xã năm " + year + " (DỮ LIỆU MINH HỌA – DEMO)",
                  String.valueOf(year),
                  null));
      return made.id();
    }
  }

  /** Opens the round over the province and plays each commune's part; the round's id. */
  long play(Unit province, Unit commune, long setId, LocalDate today) {
    List<DemoRoundOthers.Commune> communes = others.create(province);
    Actor appraiser = at(people, APPRAISER, today, OPENED, 8);
    long round =
        steps.open(
            today.getYear(),
            province,
            setId,
            new RoundActions.Dates(
                today.minusDays(SELF_FROM),
                today.minusDays(SELF_TO),
                today.minusDays(ROUND1_DUE),
                today.minusDays(EXPLANATION_DUE),
                today.minusDays(ROUND2_DUE),
                today.minusDays(PUBLICATION)),
            appraiser);
    // Sở Tài chính appraises the public-finance criteria; Sở Nội vụ (no department given) the rest
    steps.assignAppraisers(round, Map.of("5", "Sở Tài chính"), appraiser);
    vinhChap.play(round, commune, today);
    others.play(round, communes, today);
    return round;
  }

  /** The demo person acting {@code daysAgo} before the load day at {@code hour}:00. */
  static Actor at(DemoTasks people, String username, LocalDate today, int daysAgo, int hour) {
    return new Actor(
        people.person(username), DemoStory.moment(today, daysAgo, LocalTime.of(hour, 0)));
  }
}
