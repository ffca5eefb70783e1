package bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * What one page costs the machine, next to the static page in the same run: the data of {@link
 * DashboardBenchmark}, one officer's and one appraiser's session, each page requested {@code
 * BENCH_REQUESTS} (500) times after as many for warm-up, by {@code BENCH_PARALLEL} (1) clients at
 * once. Per request: wall time, CPU of this JVM (the app and the HTTP client) and CPU of the local
 * PostgreSQL's processes (read from /proc; "n/a" when the server is elsewhere), and the page's
 * total CPU over the static page's. On a saturated machine throughput goes as the inverse of CPU
 * per request, so the last column predicts the pages/static throughput ratio of {@code
 * bench/dashboard.sh} without its queueing and without other builds' noise.
 */
public final class PageCostBenchmark {

  record Page(boolean appraiser, String path, String marker) {}

  static final List<Page> PAGES =
      List.of(
          new Page(false, "/css/app.css", "--accent"),
          new Page(false, "/dashboard", "id=\"chart-departments\""),
          new Page(false, "/tasks", "id=\"count-ontime\""),
          new Page(false, "/tasks/mine", "class=\"tasks cards\""),
          new Page(true, "/dashboard/province?unit=BD0", "id=\"children\""),
          new Page(true, "/dashboard?unit=BD7", "id=\"chart-departments\""));

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(BenchApp.env("BENCH_REQUESTS", "500"));
    // BENCH_PAGES: a regular expression on the paths to measure (the static page always is).
    java.util.regex.Pattern only =
        java.util.regex.Pattern.compile(BenchApp.env("BENCH_PAGES", ".*"));
    List<Page> pages =
        PAGES.stream().filter(p -> p == PAGES.get(0) || only.matcher(p.path()).find()).toList();
    try (BenchApp app = BenchApp.start("bench_cost_")) {
      HttpClient officer = DashboardLoad.signIn(app.base, "bd.cchc1", DashboardBenchmark.PASSWORD);
      HttpClient appraiser =
          DashboardLoad.signIn(app.base, "bd.thamdinh1", DashboardBenchmark.PASSWORD);
      for (Page page : pages) {
        measure(app.base, page.appraiser() ? appraiser : officer, page, n);
      }
      System.out.printf(
          "PostgreSQL; %d requests per page by %s client(s) at once, after %d for warm-up%n",
          n, BenchApp.env("BENCH_PARALLEL", "1"), n);
      System.out.println(
          "| page                             |  bytes | wall ms | JVM CPU ms | PostgreSQL CPU ms"
              + " | CPU ÷ static |");
      System.out.println(
          "|----------------------------------|-------:|--------:|-----------:|------------------:|-------------:|");
      double staticCpu = 0;
      for (Page page : pages) {
        Cost c = measure(app.base, page.appraiser() ? appraiser : officer, page, n);
        double cpu = c.jvmMs() + Math.max(0, c.pgMs());
        if (staticCpu == 0) {
          staticCpu = cpu;
        }
        System.out.printf(
            "| %-32s | %6d | %7.2f | %10.2f | %17s | %12.2f |%n",
            page.path(),
            c.bytes(),
            c.wallMs(),
            c.jvmMs(),
            c.pgMs() < 0 ? "n/a" : String.format("%.2f", c.pgMs()),
            cpu / staticCpu);
      }
    }
  }

  record Cost(int bytes, double wallMs, double jvmMs, double pgMs) {}

  static Cost measure(String base, HttpClient client, Page page, int n) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + page.path())).GET().build();
    int parallel = Integer.parseInt(BenchApp.env("BENCH_PARALLEL", "1"));
    long wall = System.nanoTime();
    CpuMeter before = CpuMeter.now();
    java.util.concurrent.atomic.AtomicInteger bytes =
        new java.util.concurrent.atomic.AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < parallel; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < n / parallel; i++) {
                    HttpResponse<String> response =
                        client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200 || !response.body().contains(page.marker())) {
                      throw new IllegalStateException(page.path() + " → " + response.statusCode());
                    }
                    bytes.set(response.body().length());
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    CpuMeter after = CpuMeter.now();
    double pg = after.postgresMsSince(before);
    return new Cost(
        bytes.get(),
        (System.nanoTime() - wall) / 1e6 / n,
        after.jvmMsSince(before) / n,
        pg < 0 ? -1 : pg / n);
  }

  private PageCostBenchmark() {}
}
