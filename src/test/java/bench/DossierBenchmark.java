package bench;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.dossier.DossierImport;
import vn.parindex.dossier.IndicatorCode;
import vn.parindex.dossier.IndicatorFigure;
import vn.parindex.dossier.Indicators;

/**
 * One-stop dossier import on PostgreSQL (or, with BENCH_DB=h2, on the embedded H2 file database
 * against H2's own CSVREAD bulk load of the same CSV files, see {@link DossierH2Floor}) ({@code
 * bash bench/dossiers.sh}): BENCH_DOSSIERS records (default 1,000,000) over BENCH_DOSSIER_UNITS
 * units (4), generated as CSV and JSON files, imported through {@link DossierImport} (the service
 * the API calls, in this JVM capped by the script), against PostgreSQL's COPY of the same rows into
 * the same (partitioned, indexed) table in the same run. Then the live figure: 100 pushes of a
 * 1,000-record batch, each timed until the indicators of its unit count it.
 */
public final class DossierBenchmark {

  public static void main(String[] args) throws Exception {
    int total = Integer.parseInt(BenchApp.env("BENCH_DOSSIERS", "1000000"));
    int unitCount = Integer.parseInt(BenchApp.env("BENCH_DOSSIER_UNITS", "4"));
    int perUnit = total / unitCount;
    Path dir = Files.createDirectories(Path.of("target/bench-dossiers"));
    List<Long> units = new ArrayList<>();
    boolean h2 = BenchApp.env("BENCH_DB", "postgresql").equals("h2");
    BenchApp.Seeder seeder =
        context -> {
          JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
          for (int u = 0; u < unitCount + 1; u++) {
            jdbc.update(
                "insert into unit (code, name, type) values (?, ?, 'COMMUNE')",
                "BENCH-MC-" + u,
                "Xã Thử " + u);
            units.add(
                jdbc.queryForObject(
                    "select id from unit where code = ?", Long.class, "BENCH-MC-" + u));
          }
        };
    try (BenchApp app =
        h2
            ? BenchApp.startH2("bench_dossier_", seeder)
            : BenchApp.start("bench_dossier_", seeder)) {
      JdbcTemplate jdbc = app.context.getBean(JdbcTemplate.class);
      DossierImport imports = app.context.getBean(DossierImport.class);
      long g0 = System.nanoTime();
      Path marker = dir.resolve("generated-" + perUnit + "x" + unitCount);
      if (!Files.exists(marker)) {
        // the files are shared by every size: a marker of another size no longer tells the truth
        try (var old = Files.newDirectoryStream(dir, "generated-*")) {
          for (Path m : old) {
            Files.delete(m);
          }
        }
      }
      for (int u = 0; u < unitCount && !Files.exists(marker); u++) {
        DossierBenchData.csv(dir.resolve("u" + u + ".csv"), u, perUnit);
        DossierBenchData.json(dir.resolve("u" + u + ".json"), u, perUnit);
        DossierBenchData.copyRows(dir.resolve("u" + u + ".copy"), u, units.get(u), perUnit);
      }
      Files.writeString(marker, "");
      System.out.printf(
          "Generated %,d records over %d units in %d ms (CSV %,d MB, JSON %,d MB)%n",
          perUnit * unitCount,
          unitCount,
          ms(g0),
          size(dir, ".csv", unitCount) >> 20,
          size(dir, ".json", unitCount) >> 20);
      int runs = Integer.parseInt(BenchApp.env("BENCH_RUNS", "2"));
      String truncate = h2 ? "truncate table dossier" : "truncate dossier";
      for (int run = 1; run <= runs; run++) {
        jdbc.execute(truncate);
        long floor =
            h2
                ? DossierH2Floor.load(jdbc, dir, units, unitCount)
                : copyFloor(app.context.getBean(DataSource.class), dir, unitCount);
        String floorRows = h2 ? DossierH2Floor.fingerprint(jdbc) : null;
        jdbc.execute(truncate);
        long csv = importAll(imports, units, dir, ".csv", unitCount);
        if (h2) {
          DossierH2Floor.compare(floorRows, DossierH2Floor.fingerprint(jdbc));
        }
        long resync = importAll(imports, units, dir, ".csv", unitCount);
        jdbc.execute(truncate);
        long json = importAll(imports, units, dir, ".json", unitCount);
        long rows = jdbc.queryForObject("select count(*) from dossier", Long.class);
        System.out.printf(
            (h2 ? "H2 file: run %d: CSVREAD floor" : "run %d: COPY floor")
                + " %,d ms | CSV import %,d ms (%.2f×) | CSV re-sync, all unchanged"
                + " %,d ms (%.2f×) | JSON import %,d ms (%.2f×) | rows %,d | heap max %d MB%n",
            run,
            floor,
            csv,
            csv / (double) floor,
            resync,
            resync / (double) floor,
            json,
            json / (double) floor,
            rows,
            Runtime.getRuntime().maxMemory() >> 20);
      }
      live(imports, app.context.getBean(Indicators.class), units.get(unitCount));
      if (h2) {
        System.out.printf("H2 file database at the end: %,d MB%n", app.h2Megabytes());
      }
    }
  }

  private static long importAll(
      DossierImport imports, List<Long> units, Path dir, String ext, int unitCount)
      throws Exception {
    long t0 = System.nanoTime();
    for (int u = 0; u < unitCount; u++) {
      Path file = dir.resolve("u" + u + ext);
      try (InputStream in = Files.newInputStream(file)) {
        // as a file: a JSON push is bounded at parindex.dossiers.max-body-mb, a year is not pushed
        DossierImport.Result r = imports.file(units.get(u), file.getFileName().toString(), in);
        if (r.added() + r.updated() + r.unchanged() == 0) {
          throw new IllegalStateException("nothing imported");
        }
      }
    }
    return ms(t0);
  }

  /** COPY of the same rows, in the table's own format, into the same table. */
  private static long copyFloor(DataSource ds, Path dir, int unitCount) throws Exception {
    try (Connection c = ds.getConnection()) {
      var copy = c.unwrap(PGConnection.class).getCopyAPI();
      long t0 = System.nanoTime();
      for (int u = 0; u < unitCount; u++) {
        try (Reader in =
            Files.newBufferedReader(dir.resolve("u" + u + ".copy"), StandardCharsets.UTF_8)) {
          copy.copyIn("copy dossier from stdin", in);
        }
      }
      return ms(t0);
    }
  }

  /** 100 pushes of 1,000 new records, each until the unit's indicators count them. */
  private static void live(DossierImport imports, Indicators indicators, long unit) {
    List<Double> times = new ArrayList<>();
    LocalDate from = LocalDate.of(2025, 1, 1);
    LocalDate to = LocalDate.of(2025, 12, 31);
    for (int push = 0; push < 100; push++) {
      byte[] batch = DossierBenchData.json(99, push * 1000, 1000).getBytes(StandardCharsets.UTF_8);
      long expected = received(indicators.of(unit, from, to)) + received1000(push);
      long t0 = System.nanoTime();
      imports.json(unit, new java.io.ByteArrayInputStream(batch));
      while (received(indicators.of(unit, from, to)) < expected) {
        Thread.onSpinWait();
      }
      times.add((System.nanoTime() - t0) / 1e6);
    }
    Collections.sort(times);
    System.out.printf(
        "live: 100 pushes of 1,000 records until visible in Indicators.of: p50 %.0f ms, p95 %.0f ms,"
            + " max %.0f ms%n",
        times.get(49), times.get(94), times.get(99));
  }

  /** Of a batch of 1,000, those the ONLINE indicator counts as received (status 2 and 4 … 10). */
  private static long received1000(int push) {
    long n = 0;
    for (int i = push * 1000; i < push * 1000 + 1000; i++) {
      int status = DossierBenchData.Row.of(99, i).status();
      n += status == 1 || status == 3 || status == 7 ? 0 : 1;
    }
    return n;
  }

  private static long received(List<IndicatorFigure> figures) {
    return figures.stream()
        .filter(f -> f.code() == IndicatorCode.ONLINE)
        .mapToLong(IndicatorFigure::denominator)
        .sum();
  }

  private static long size(Path dir, String ext, int unitCount) throws Exception {
    long n = 0;
    for (int u = 0; u < unitCount; u++) {
      n += Files.size(dir.resolve("u" + u + ext));
    }
    return n;
  }

  private static long ms(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
