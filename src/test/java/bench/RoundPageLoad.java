package bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The appraiser's page of one unit ({@code /rounds/{id}/units/{unit}}: 80 leaves, each with its
 * self-assessment and evidence list, round 1, the explanation with its evidence, and the link that
 * opens its round-2 form; a page counts only with those links, {@code class="appraise-open"}) under
 * {@value RoundBenchmark#SESSIONS} appraisers signed in through the login form, with {@link
 * DashboardLoad}'s driver: warm-up, one session alone, back to back against the static page in
 * alternating slices, then pausing about 1 s between pages like people reading.
 */
final class RoundPageLoad {

  static final int SLICES = 2;
  static final List<DashboardLoad.Kind> KINDS =
      List.of(
          new DashboardLoad.Kind("appraiser's unit page (80 leaves)", "class=\"appraise-open\""),
          new DashboardLoad.Kind("static /css/app.css", "--accent"));

  private final ExecutorService pool;
  private final String base;
  private final long round;
  private final int communes;

  RoundPageLoad(ExecutorService pool, String base, long round, int communes) {
    this.pool = pool;
    this.base = base;
    this.round = round;
    this.communes = communes;
  }

  void run(double warmUp, double seconds) throws Exception {
    long signInStart = System.nanoTime();
    List<DashboardLoad.Session> sessions = signIn();
    System.out.printf(
        "%d appraisers signed in through the login form in %.0f ms%n",
        sessions.size(), (System.nanoTime() - signInStart) / 1e6);
    Function<String, Integer> kind = path -> path.startsWith("/css") ? 1 : 0;
    DashboardLoad.run(pool, base, sessions, warmUp, null, kind, KINDS);
    DashboardLoad.warmUntilSteady(pool, base, sessions, kind, KINDS);
    CpuMeter before = CpuMeter.now();
    List<DashboardLoad.Series> alone =
        DashboardLoad.run(pool, base, List.of(sessions.get(0)), 5, null, kind, KINDS);
    CpuMeter after = CpuMeter.now();
    int served = alone.get(0).ms.size();
    System.out.printf(
        "One session alone: CPU per page %.2f ms in this JVM (app and client; %.2f ms and %.0f KB"
            + " on Tomcat's threads) + %.2f ms PostgreSQL%n",
        after.jvmMsSince(before) / served,
        after.tomcatMsSince(before) / served,
        after.tomcatKbSince(before) / served,
        after.postgresMsSince(before) / served);
    List<DashboardLoad.Series> statics = null;
    List<DashboardLoad.Series> pages = null;
    CpuMeter measuredStart = CpuMeter.now();
    long compilersStart = CpuMeter.compilersMs();
    long[] machineStart = CpuMeter.machineTicks();
    long[] gcStart = gc();
    for (int slice = 0; slice < SLICES; slice++) {
      statics =
          merge(
              statics,
              DashboardLoad.run(
                  pool, base, sessions, seconds / SLICES, r -> "/css/app.css", kind, KINDS));
      pages =
          merge(
              pages, DashboardLoad.run(pool, base, sessions, seconds / SLICES, null, kind, KINDS));
    }
    long[] gcEnd = gc();
    System.out.printf(
        "During the measured slices the compilers took %.1f %% of this JVM's CPU, the garbage"
            + " collector %d collections (%d ms), and the hypervisor %.1f %% of the machine's"
            + " (steal)%n",
        100.0
            * (CpuMeter.compilersMs() - compilersStart)
            / CpuMeter.now().jvmMsSince(measuredStart),
        gcEnd[0] - gcStart[0],
        gcEnd[1] - gcStart[1],
        100 * CpuMeter.stealShare(machineStart, CpuMeter.machineTicks()));
    DashboardLoad.Series reading =
        DashboardLoad.total(
            "pages, ~1000 ms think time",
            DashboardLoad.run(pool, base, sessions, seconds, 1000, null, kind, KINDS));
    System.out.println(DashboardLoad.Series.header());
    System.out.println(alone.get(0).row(5).replace("| appraiser's", "| 1 session: appraiser's"));
    System.out.println(statics.get(1).row(seconds));
    System.out.println(pages.get(0).row(seconds));
    System.out.println(reading.row(seconds));
    double p95 = pages.get(0).percentile(95);
    int failures = statics.get(1).failures + pages.get(0).failures + reading.failures;
    System.out.printf(
        "Appraiser's page, %d sessions: p95 back to back %.1f ms %s, with ~1 s think time %.1f ms"
            + " %s; pages/static throughput %.3f; failures %d%n",
        sessions.size(),
        p95,
        p95 < 150 ? "MET" : "NOT MET",
        reading.percentile(95),
        reading.percentile(95) < 150 ? "MET" : "NOT MET",
        pages.get(0).ms.size() / (double) statics.get(1).ms.size(),
        failures);
    if (failures > 0) {
      String first = pages.get(0).firstFailure;
      System.out.println("First failure: " + (first != null ? first : reading.firstFailure));
    }
  }

  private List<DashboardLoad.Session> signIn() throws Exception {
    List<Future<DashboardLoad.Session>> pending = new ArrayList<>();
    for (int s = 1; s <= RoundBenchmark.SESSIONS; s++) {
      String name = "br.thamdinh" + s;
      Random random = new Random(s);
      Function<Random, String> next =
          r -> "/rounds/" + round + "/units/BR" + (1 + r.nextInt(communes));
      pending.add(
          pool.submit(
              () ->
                  new DashboardLoad.Session(
                      name,
                      DashboardLoad.signIn(base, name, RoundBenchData.PASSWORD),
                      next,
                      random)));
    }
    List<DashboardLoad.Session> sessions = new ArrayList<>();
    for (Future<DashboardLoad.Session> f : pending) {
      sessions.add(f.get());
    }
    return sessions;
  }

  private static List<DashboardLoad.Series> merge(
      List<DashboardLoad.Series> into, List<DashboardLoad.Series> more) {
    if (into == null) {
      return more;
    }
    for (int i = 0; i < into.size(); i++) {
      into.get(i).ms.addAll(more.get(i).ms);
      into.get(i).failures += more.get(i).failures;
      if (into.get(i).firstFailure == null) {
        into.get(i).firstFailure = more.get(i).firstFailure;
      }
    }
    return into;
  }

  /** Collections so far and their time (ms), every collector of this JVM together. */
  private static long[] gc() {
    long count = 0;
    long ms = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, collector.getCollectionCount());
      ms += Math.max(0, collector.getCollectionTime());
    }
    return new long[] {count, ms};
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (Exception e) {
      return "n/a";
    }
  }
}
