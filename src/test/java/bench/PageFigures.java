package bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.framework.CriteriaSets;
import vn.parindex.support.StatementCounter;

/**
 * What one request of each page of {@link DashboardBenchmark} costs the app, in figures that do not
 * depend on the machine's load: SQL statements sent, bytes allocated and CPU time on Tomcat's
 * threads, per request (one session at a time, {@code BENCH_REQUESTS} (300) requests per page after
 * as many for warm-up). Same data as the dashboard benchmark.
 */
public final class PageFigures {

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(BenchApp.env("BENCH_REQUESTS", "300"));
    // BENCH_PAGES: a regular expression on the paths to measure.
    java.util.regex.Pattern only =
        java.util.regex.Pattern.compile(BenchApp.env("BENCH_PAGES", ".*"));
    List<PageCostBenchmark.Page> pages =
        PageCostBenchmark.PAGES.stream().filter(p -> only.matcher(p.path()).find()).toList();
    try (BenchApp app =
        BenchApp.start(
            "bench_fig_",
            context ->
                DashboardBenchmark.generate(
                    context.getBean(JdbcTemplate.class), context.getBean(CriteriaSets.class)),
            StatementCounter.class)) {
      HttpClient officer = DashboardLoad.signIn(app.base, "bd.cchc1", DashboardBenchmark.PASSWORD);
      HttpClient appraiser =
          DashboardLoad.signIn(app.base, "bd.thamdinh1", DashboardBenchmark.PASSWORD);
      for (int round = 0; round < 2; round++) {
        if (round == 1) {
          System.out.printf("%d requests per page, one at a time, after %d for warm-up%n", n, n);
          System.out.println(
              "| page                             |  bytes | SQL statements | KB allocated | CPU ms |");
          System.out.println(
              "|----------------------------------|-------:|---------------:|-------------:|-------:|");
        }
        for (PageCostBenchmark.Page page : pages) {
          HttpClient client = page.appraiser() ? appraiser : officer;
          HttpRequest request =
              HttpRequest.newBuilder(URI.create(app.base + page.path())).GET().build();
          long sql = StatementCounter.sum(t -> t.startsWith("http-nio-"));
          long bytes = tomcat(true);
          long cpu = tomcat(false);
          int length = 0;
          for (int i = 0; i < n; i++) {
            HttpResponse<String> response =
                client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains(page.marker())) {
              throw new IllegalStateException(page.path() + " → " + response.statusCode());
            }
            length = response.body().length();
          }
          if (round == 1) {
            System.out.printf(
                "| %-32s | %6d | %14.2f | %12.1f | %6.3f |%n",
                page.path(),
                length,
                (StatementCounter.sum(t -> t.startsWith("http-nio-")) - sql) / (double) n,
                (tomcat(true) - bytes) / 1024.0 / n,
                (tomcat(false) - cpu) / 1e6 / n);
          }
        }
      }
    }
  }

  /** Tomcat's threads' CPU time (ns) or, with {@code bytes}, the bytes they allocated. */
  private static long tomcat(boolean bytes) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("http-nio-")) {
        long id = info.getThreadId();
        sum +=
            Math.max(0, bytes ? threads.getThreadAllocatedBytes(id) : threads.getThreadCpuTime(id));
      }
    }
    return sum;
  }

  private PageFigures() {}
}
