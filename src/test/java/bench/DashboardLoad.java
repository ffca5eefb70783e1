package bench;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import vn.parindex.support.HttpLogin;

/**
 * Closed-loop load: signed-in sessions (each its own connection ({@link PlainHttp}) with the
 * cookies its sign-in got, one thread each from a fixed pool: Java 17 has no virtual threads) send
 * requests for a fixed time, back to back or pausing like a reader between pages (a think time
 * drawn uniformly from ½ to 1½ times the given one); latencies per kind of request. A response
 * counts only when it is a 200 carrying its kind's marker and not the login form; anything else is
 * a failure.
 */
final class DashboardLoad {

  private static final String LOGIN_FORM = "name=\"password\"";
  private static final int SLICE_SECONDS = 5;
  private static final double STEADY_SHARE = 0.03;
  private static final int STATIC_SECONDS = 1;
  private static final double COMPILERS_SHARE = 0.03;
  private static final int MAX_SLICES = 48;

  /** A kind of request: its name in the table and a text its page must contain. */
  record Kind(String name, String marker) {}

  /** One signed-in session: its client, what it requests next, its random. */
  record Session(String user, HttpClient client, Function<Random, String> next, Random random) {}

  /** Latencies (ms) of one kind of request and the failures seen. */
  static final class Series {
    final String name;
    final List<Double> ms = new ArrayList<>();
    int failures;
    String firstFailure;

    Series(String name) {
      this.name = name;
    }

    synchronized void add(double millis, boolean ok, String why) {
      if (ok) {
        ms.add(millis);
      } else {
        failures++;
        if (firstFailure == null) {
          firstFailure = why;
        }
      }
    }

    double percentile(double p) {
      double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    String row(double seconds) {
      return String.format(
          "| %-34s | %7d | %8.1f | %8.1f | %8.1f | %8.1f | %8d |",
          name,
          ms.size(),
          ms.size() / seconds,
          percentile(50),
          percentile(95),
          percentile(99),
          failures);
    }

    static String header() {
      return String.format(
              "| %-34s | %7s | %8s | %8s | %8s | %8s | %8s |",
              "requests", "ok", "req/s", "p50 ms", "p95 ms", "p99 ms", "failures")
          + System.lineSeparator()
          + "|------------------------------------|--------:|---------:|---------:|---------:|---------:|---------:|";
    }
  }

  private DashboardLoad() {}

  static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .cookieHandler(new CookieManager())
        .build();
  }

  /** A fresh client signed in through the login form (see {@link HttpLogin#signIn}). */
  static HttpClient signIn(String base, String username, String password) throws Exception {
    return HttpLogin.signIn(client(), base, username, password);
  }

  /**
   * Runs every session for {@code seconds}, back to back; each request's path comes from the
   * session's {@code next} unless {@code override} is given, its kind from {@code kindOf}.
   */
  /**
   * Goes on warming in slices of {@value #SLICE_SECONDS} s of pages and {@value #STATIC_SECONDS} s
   * of the static page until the pages served in a slice are within {@value #STEADY_SHARE} of the
   * slice before <em>and</em> the just-in-time compilers took at most {@value #COMPILERS_SHARE} of
   * this JVM's CPU in it (at most {@value #MAX_SLICES} slices): a server is measured as it runs for
   * hours, its pages compiled by C2. Used by the round's and the dashboards' benchmarks after their
   * fixed warm-up. On two shared cores the compilers get little time under load: after a fixed 20 s
   * warm-up the unit page's template was still running C1 code for a minute (JFR, 7/12/2026), and
   * with the pages' count alone as the guide the compilers still took a third of a core all through
   * the measured slices (their threads' CPU from /proc, 8/12/2026), about a sixth of what the app
   * itself had.
   */
  static void warmUntilSteady(
      ExecutorService pool,
      String base,
      List<Session> sessions,
      Function<String, Integer> kind,
      List<Kind> kinds)
      throws Exception {
    int slices = 0;
    int before = 0;
    int served;
    double compilers;
    boolean steady;
    do {
      CpuMeter start = CpuMeter.now();
      long compilersStart = CpuMeter.compilersMs();
      served =
          run(pool, base, sessions, SLICE_SECONDS, null, kind, kinds).stream()
              .mapToInt(s -> s.ms.size())
              .sum();
      // the static page too: the measured slices alternate it with the pages
      run(pool, base, sessions, STATIC_SECONDS, r -> "/css/app.css", kind, kinds);
      compilers = (CpuMeter.compilersMs() - compilersStart) / CpuMeter.now().jvmMsSince(start);
      steady =
          before > 0
              && Math.abs(served - before) <= STEADY_SHARE * before
              && compilers <= COMPILERS_SHARE;
      before = served;
      slices++;
    } while (!steady && slices < MAX_SLICES);
    System.out.printf(
        "Warmed until steady: %d more slices of %d s, the last %d pages, the compilers %.1f %% of"
            + " this JVM's CPU (%s)%n",
        slices, SLICE_SECONDS, served, 100 * compilers, steady ? "steady" : "still moving");
  }

  static List<Series> run(
      ExecutorService pool,
      String base,
      List<Session> sessions,
      double seconds,
      Function<Random, String> override,
      Function<String, Integer> kindOf,
      List<Kind> kinds)
      throws Exception {
    return run(pool, base, sessions, seconds, 0, override, kindOf, kinds);
  }

  /** As {@link #run}, each session pausing about {@code thinkMs} after each response. */
  static List<Series> run(
      ExecutorService pool,
      String base,
      List<Session> sessions,
      double seconds,
      long thinkMs,
      Function<Random, String> override,
      Function<String, Integer> kindOf,
      List<Kind> kinds)
      throws Exception {
    List<Series> series = new ArrayList<>();
    kinds.forEach(k -> series.add(new Series(k.name())));
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Future<?>> running = new ArrayList<>();
    for (Session session : sessions) {
      running.add(
          pool.submit(
              () -> {
                try (PlainHttp http = PlainHttp.of(base, session.client())) {
                  loop(http, session, end, thinkMs, override, kindOf, kinds, series);
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    return series;
  }

  /** One session's requests until {@code end}. */
  private static void loop(
      PlainHttp http,
      Session session,
      long end,
      long thinkMs,
      Function<Random, String> override,
      Function<String, Integer> kindOf,
      List<Kind> kinds,
      List<Series> series)
      throws InterruptedException {
    while (System.nanoTime() < end) {
      String path = (override != null ? override : session.next()).apply(session.random());
      int kind = kindOf.apply(path);
      long start = System.nanoTime();
      String why = null;
      try {
        PlainHttp.Response response = http.get(path);
        String body = response.body();
        if (response.status() != 200) {
          why = path + " → " + response.status();
        } else if (body.contains(LOGIN_FORM)) {
          why = path + " → the login page";
        } else if (!body.contains(kinds.get(kind).marker())) {
          why = path + " → no '" + kinds.get(kind).marker() + "'";
        }
      } catch (Exception e) {
        why = path + " → " + e;
      }
      long stop = System.nanoTime();
      if (stop <= end) {
        series.get(kind).add((stop - start) / 1e6, why == null, why);
      }
      if (thinkMs > 0) {
        Thread.sleep(thinkMs / 2 + (long) (session.random().nextDouble() * thinkMs));
      }
    }
  }

  static Series total(String name, List<Series> parts) {
    Series all = new Series(name);
    for (Series s : parts) {
      all.ms.addAll(s.ms);
      all.failures += s.failures;
      if (all.firstFailure == null) {
        all.firstFailure = s.firstFailure;
      }
    }
    return all;
  }
}
