package vn.parindex.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Generates the demo commune's one-stop dossiers, deterministically: a fixed seed, no clock, so the
 * same call gives the same records byte for byte. The year 2024 follows the catalogue's ledger
 * ({@link DemoProcedure}) exactly, so its indicators reproduce the seed's published rates (94%
 * digitised, 99.6% electronic results, 90.78% paid online, 88.6% fully online, 90% of online
 * services used, 83% online); the weeks before the load day are drawn from the same catalogue at
 * better rates, as a commune fixing what cost it points would show.
 */
final class DemoDossiers {

  static final int YEAR = 2024;

  /** Weeks of the current year's records before the load day. */
  static final int RECENT_DAYS = 91;

  private static final long SEED = 19372L;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  private DemoDossiers() {}

  /** The 2024 dossiers of the catalogue's ledger, plus a few refused and withdrawn ones. */
  static List<DemoDossier> year2024(List<DemoProcedure> catalogue) {
    Random random = new Random(SEED);
    List<Plan> plans = new ArrayList<>();
    for (DemoProcedure p : catalogue) {
      for (int i = 0; i < p.dossiers(); i++) {
        plans.add(ledger(p, i));
      }
    }
    List<DemoProcedure> common = catalogue.stream().filter(p -> p.dossiers() >= 100).toList();
    for (int i = 0; i < 17; i++) {
      int status = i < 12 ? DemoDossier.REFUSED : DemoDossier.WITHDRAWN;
      plans.add(
          new Plan(
              common.get(i % common.size()), i % 2 == 0, true, false, true, false, false, status));
    }
    Collections.shuffle(plans, random);
    List<LocalDate> days = DemoDays.between(LocalDate.of(YEAR, 1, 2), LocalDate.of(YEAR, 12, 31));
    List<Timed> timed = new ArrayList<>();
    for (int k = 0; k < plans.size(); k++) {
      Plan plan = plans.get(k);
      // spread evenly over the year, early enough to finish within it
      int last = days.size() - 1 - plan.procedure().days() - 5;
      LocalDate day = days.get(Math.min((int) ((long) k * days.size() / plans.size()), last));
      timed.add(new Timed(plan, day.atTime(receptionTime(random, plan.online()))));
    }
    return number(timed, random, null);
  }

  /**
   * The dossiers received in the {@value #RECENT_DAYS} days before {@code now} (the load moment),
   * none after it: the live figures of the current year. Those not yet due are still processing.
   */
  static List<DemoDossier> recent(List<DemoProcedure> catalogue, LocalDateTime now) {
    Random random = new Random(SEED + now.toLocalDate().toEpochDay());
    List<DemoProcedure> weighted = new ArrayList<>();
    catalogue.forEach(p -> weighted.addAll(Collections.nCopies(p.dossiers(), p)));
    List<Timed> timed = new ArrayList<>();
    LocalDate today = now.toLocalDate();
    int late = 0;
    for (LocalDate day : DemoDays.between(today.minusDays(RECENT_DAYS), today.minusDays(1))) {
      for (int n = 4 + random.nextInt(5); n > 0; n--) {
        DemoProcedure p = weighted.get(random.nextInt(weighted.size()));
        boolean online = p.onlineCapable() && p.online() > 0 && random.nextInt(100) < 93;
        boolean isLate = p.days() <= 10 && random.nextInt(100) < 2;
        late += isLate ? 1 : 0;
        Plan plan =
            new Plan(
                p,
                online,
                online && p.fee() > 0 && random.nextInt(100) < 97,
                online || random.nextInt(100) < 85,
                random.nextInt(1000) < 998,
                isLate,
                isLate && late % 2 == 1,
                DemoDossier.RETURNED);
        timed.add(new Timed(plan, day.atTime(receptionTime(random, online))));
      }
    }
    return number(timed, random, now);
  }

  /** The i-th 2024 dossier of a procedure, its flags read off the ledger's counts. */
  private static Plan ledger(DemoProcedure p, int i) {
    boolean online = i < p.online();
    int inPerson = i - p.online();
    boolean digitised = online || inPerson >= p.notDigitised();
    boolean eResult = i < p.dossiers() - p.noEResult();
    int lateFrom = p.dossiers() - p.noEResult() - p.late();
    boolean late = i >= lateFrom && i < lateFrom + p.late();
    boolean apologised = late && i < lateFrom + p.apologised();
    return new Plan(
        p, online, i < p.paid(), digitised, eResult, late, apologised, DemoDossier.RETURNED);
  }

  private static LocalTime receptionTime(Random random, boolean online) {
    int minutes =
        online ? 6 * 60 + 30 + random.nextInt(15 * 60) : 7 * 60 + 30 + random.nextInt(8 * 60);
    return LocalTime.of(minutes / 60, minutes % 60, random.nextInt(60));
  }

  /** Sorts by reception, numbers each day's dossiers and times their processing. */
  private static List<DemoDossier> number(List<Timed> timed, Random random, LocalDateTime now) {
    timed.sort(Comparator.comparing(Timed::receivedAt));
    List<DemoDossier> dossiers = new ArrayList<>();
    LocalDate day = null;
    int seq = 0;
    for (Timed t : timed) {
      LocalDate received = t.receivedAt().toLocalDate();
      seq = received.equals(day) ? seq + 1 : 1;
      day = received;
      String code = "DEMO-VC-" + DAY.format(received) + "-" + String.format("%04d", seq);
      dossiers.add(DemoDossierTimes.process(code, t.plan(), t.receivedAt(), random, now));
    }
    return List.copyOf(dossiers);
  }

  /** What a dossier is to be, before its times are drawn. */
  record Plan(
      DemoProcedure procedure,
      boolean online,
      boolean paid,
      boolean digitised,
      boolean eResult,
      boolean late,
      boolean apologised,
      int status) {}

  private record Timed(Plan plan, LocalDateTime receivedAt) {}
}
