package vn.parindex.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.account.Actor;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.StatedRank;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.assessment.imports.ImportCommand;
import vn.parindex.assessment.imports.ImportResult;
import vn.parindex.framework.CriteriaSetImporter;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanService;
import vn.parindex.plan.Signature;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Loads the demo on the first start of an empty database: the seed's province, district and commune
 * (flagged demo, codes prefixed "DEMO-") with Vĩnh Chấp's 2024 table and a drafted plan. The
 * figures are those of the seed document, through the same import a user runs. The plan's tasks and
 * the commune's obligations are dated relative to the load day (see {@link DemoStory}): each step
 * is taken by its demo person at its past moment, so the board, the dashboard and the calendar show
 * a year in progress rather than one long past, and no row is rewritten afterwards. The current
 * year's round is under way beside it ({@link DemoRound}). Its 2024 table is scored against a 2024
 * set made from the table whose area 2 takes its rates from the commune's one-stop dossiers, which
 * the demo pushes through the dossier import ({@link DemoDossierLoad}); its 17 peers' 2024 results
 * ({@link DemoPeers}, invented and labelled demo) put it 11th of 18, as the seed states.
 */
@Component
@org.springframework.core.annotation.Order(100)
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  static final String COMMUNE_CODE = "DEMO-VINHCHAP";
  static final String SEED_SET = "demo/bo-chi-so-xa-2024-vinh-chap.yaml";

  private final boolean enabled;
  private final Units units;
  private final AssessmentImport imports;
  private final PlanService plans;
  private final DemoAccounts accounts;
  private final DemoTasks tasks;
  private final DemoObligations obligations;
  private final DemoRound round;
  private final CriteriaSetImporter setImporter;
  private final DemoDossierLoad dossiers;
  private final DemoPeers peers;
  private final Clock clock;

  DemoData(
      @Value("${parindex.demo.enabled:false}") boolean enabled,
      Units units,
      AssessmentImport imports,
      PlanService plans,
      DemoAccounts accounts,
      DemoTasks tasks,
      DemoObligations obligations,
      DemoRound round,
      CriteriaSetImporter setImporter,
      DemoDossierLoad dossiers,
      DemoPeers peers,
      Clock clock) {
    this.peers = peers;
    this.round = round;
    this.setImporter = setImporter;
    this.dossiers = dossiers;
    this.clock = clock;
    this.obligations = obligations;
    this.accounts = accounts;
    this.tasks = tasks;
    this.enabled = enabled;
    this.units = units;
    this.imports = imports;
    this.plans = plans;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) throws IOException {
    if (!enabled || !units.all().isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    Unit province = units.save(demoUnit("DEMO-QT", "Quảng Trị", UnitType.PROVINCE, null));
    Unit district = units.save(demoUnit("DEMO-VL", "Vĩnh Linh", UnitType.DISTRICT, province.id()));
    Unit commune = units.save(demoUnit(COMMUNE_CODE, "Vĩnh Chấp", UnitType.COMMUNE, district.id()));
    accounts.create(province.id(), commune.id());
    Actor officer = new Actor(tasks.person(DemoTasks.OFFICER), clock.instant());
    ImportResult imported = imports.importTable(officer, seedTable(seedSet()));
    Plan plan = plans.draft(officer, imported.id());
    plan.edit(
        new Plan.PlanText(
            List.of(
                "Căn cứ Quyết định số 4316/QĐ-UBND ngày 31/12/2024 về việc phê duyệt và công bố"
                    + " chỉ số cải cách hành chính các xã, thị trấn năm 2024."),
            plan.opening(),
            plan.sections(),
            plan.closing(),
            plan.recipients(),
            plan.appendixTitle()));
    Signature signature = plan.signature();
    plan.edit(
        plan.header(), new Signature(signature.authority(), signature.title(), "Võ Văn Tuấn"));
    Plan saved = plans.save(officer, plan);
    LocalDate today = LocalDate.now(clock);
    tasks.create(saved.id(), commune.id(), today);
    // the year's set first: the obligations calendar follows it
    long roundId = round.play(province, commune, round.yearSet(today.getYear()), today);
    // after the round opened: the 2024 peers that rank Vĩnh Chấp take no part in it
    peers.publish(district, new Actor(tasks.person(DemoRound.APPRAISER), clock.instant()));
    obligations.record(commune.id(), today);
    long beforeDossiers = System.nanoTime();
    int pushed = dossiers.load(commune.id(), LocalDateTime.now(clock));
    long dossiersMs = (System.nanoTime() - beforeDossiers) / 1_000_000;
    log.info(
        "Demo data loaded (DỮ LIỆU MINH HỌA): xã Vĩnh Chấp 2024, assessment {}, tasks,"
            + " obligations, round {} and {} one-stop dossiers ({} ms) dated from {}, in {} ms",
        imported.id(),
        roundId,
        pushed,
        dossiersMs,
        today,
        (System.nanoTime() - started) / 1_000_000);
  }

  private static Unit demoUnit(String code, String name, UnitType type, Long parentId) {
    return new Unit(null, code, name, type, parentId, null, null, true);
  }

  /**
   * The 2024 criteria set the seed's table is scored against: its criteria, codes and maxima, with
   * area 2's rates taken from the commune's one-stop dossiers (labelled demo).
   */
  private long seedSet() throws IOException {
    try (InputStream in = new ClassPathResource(SEED_SET).getInputStream()) {
      return setImporter
          .importFile(
              "bo-chi-so-xa-2024-vinh-chap.yaml",
              in.readAllBytes(),
              new CriteriaSetImporter.Fields(null, null, null))
          .id();
    }
  }

  private static ImportCommand seedTable(long setId) throws IOException {
    try (InputStream in = new ClassPathResource("demo/vinh-chap-2024.csv").getInputStream()) {
      return new ImportCommand(
          COMMUNE_CODE,
          2024,
          setId,
          AssessmentStage.PUBLISHED,
          "vinh-chap-2024.csv",
          in.readAllBytes(),
          new BigDecimal("6.47"),
          new StatedRank(11, 18, 3));
    }
  }
}
