package bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.parindex.ParIndexApplication;
import vn.parindex.assessment.AssessmentStage;
import vn.parindex.assessment.StatedRank;
import vn.parindex.assessment.imports.AssessmentImport;
import vn.parindex.assessment.imports.ImportCommand;
import vn.parindex.assessment.results.NewUnits;
import vn.parindex.assessment.results.ResultImport;
import vn.parindex.framework.CriteriaSetImporter;
import vn.parindex.input.InvalidInputException;
import vn.parindex.unit.Unit;
import vn.parindex.unit.UnitType;
import vn.parindex.unit.Units;

/**
 * Score-table imports of 10,000, 50,000 and 100,000 rows as CSV, XLSX and DOCX through {@link
 * AssessmentImport} (read, check, partial criteria set and assessment written to PostgreSQL), each
 * against a floor measured in the same run: the bare parse of the same file (commons-csv records;
 * POI's XSSFReader with an empty SAX handler; the DOCX main part through an empty SAX handler).
 * Prints each time per row and the ratio of the largest to the smallest per row (1 is linear). With
 * "--hostile MB": the hostile corpus at that scale (bombs expanding to MB) through the three
 * importers, each of which must refuse every file. Run with bench/imports.sh.
 */
public final class ImportBenchmark {

  private static final int[] SIZES = {10_000, 50_000, 100_000};

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    String url =
        BenchApp.env("PARINDEX_TEST_PG_URL", "jdbc:postgresql://localhost:5432/parindex_test");
    String user = BenchApp.env("PARINDEX_TEST_PG_USER", "parindex");
    String password = BenchApp.env("PARINDEX_TEST_PG_PASSWORD", "parindex");
    String schema = "bench_imp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    }
    System.setProperty("spring.main.banner-mode", "off");
    String sep = url.contains("?") ? "&" : "?";
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(ParIndexApplication.class)
            .web(WebApplicationType.SERVLET)
            .profiles("postgres")
            .run(
                "--spring.datasource.url=" + url + sep + "currentSchema=" + schema,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema,
                "--parindex.demo.enabled=false",
                "--parindex.reminders.enabled=false",
                "--logging.level.root=WARN",
                "--server.port=0")) {
      if (args.length > 0 && args[0].equals("--hostile")) {
        hostile(app, args.length > 1 ? Integer.parseInt(args[1]) : 300);
      } else {
        linear(app);
      }
    } finally {
      try (Connection c = DriverManager.getConnection(url, user, password);
          Statement s = c.createStatement()) {
        s.execute("drop schema if exists " + schema + " cascade");
      }
    }
  }

  private static void linear(ConfigurableApplicationContext app) throws Exception {
    AssessmentImport imports = app.getBean(AssessmentImport.class);
    Units units = app.getBean(Units.class);
    Map<String, IntFunction<byte[]>> kinds =
        Map.of("csv", ImportTables::csv, "xlsx", ImportTables::xlsx, "docx", ImportTables::docx);
    for (String kind : List.of("csv", "xlsx", "docx")) { // warm-up: JIT, caches, connections
      byte[] file = kinds.get(kind).apply(SIZES[0]);
      importOnce(imports, units, kind, "warm", file);
      floor(kind, file);
    }
    System.out.printf(
        Locale.ROOT,
        "Score-table import (parse + check + write to PostgreSQL), one run each after a warm-up%n");
    System.out.printf(
        Locale.ROOT,
        "%-5s %8s %8s %10s %9s %10s %9s %7s%n",
        "kind",
        "rows",
        "MB",
        "import ms",
        "µs/row",
        "floor ms",
        "µs/row",
        "ratio");
    for (String kind : List.of("csv", "xlsx", "docx")) {
      double first = 0;
      double last = 0;
      for (int rows : SIZES) {
        byte[] file = kinds.get(kind).apply(rows);
        System.gc();
        double floor = floor(kind, file);
        double ms = importOnce(imports, units, kind, String.valueOf(rows), file);
        double perRow = ms * 1000 / rows;
        first = first == 0 ? perRow : first;
        last = perRow;
        System.out.printf(
            Locale.ROOT,
            "%-5s %8d %8.1f %10.0f %9.1f %10.0f %9.1f %6.1fx%n",
            kind,
            rows,
            file.length / 1e6,
            ms,
            perRow,
            floor,
            floor * 1000 / rows,
            ms / floor);
      }
      System.out.printf(
          Locale.ROOT,
          "%-5s per row, 100,000 ÷ 10,000 rows: %.2f (1 = linear)%n",
          kind,
          last / first);
    }
  }

  private static double importOnce(
      AssessmentImport imports, Units units, String kind, String tag, byte[] file) {
    String code = "BI-" + kind + "-" + tag;
    units.save(new Unit(null, code, "Xã " + code, UnitType.COMMUNE, null, null, null, false));
    long start = System.nanoTime();
    imports.importTable(
        vn.parindex.support.TestActors.fixture(),
        new ImportCommand(
            code,
            2024,
            null,
            AssessmentStage.PUBLISHED,
            "bang-diem." + kind,
            file,
            null,
            StatedRank.none()));
    return (System.nanoTime() - start) / 1e6;
  }

  /** The bare parse of the same file: what any reader of it must pay. */
  static double floor(String kind, byte[] file) throws Exception {
    long start = System.nanoTime();
    long seen = 0;
    switch (kind) {
      case "csv" -> {
        for (CSVRecord r :
            CSVFormat.DEFAULT.parse(new StringReader(new String(file, StandardCharsets.UTF_8)))) {
          seen += r.size();
        }
      }
      case "xlsx" -> {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
          XSSFReader reader = new XSSFReader(pkg);
          seen += reader.getSharedStringsTable().getCount();
          var sheets = reader.getSheetsData();
          while (sheets.hasNext()) {
            try (InputStream in = sheets.next()) {
              sax(in);
            }
          }
        }
      }
      default -> {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
          PackagePart main =
              pkg.getPart(
                  pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                      .getRelationship(0));
          try (InputStream in = main.getInputStream()) {
            sax(in);
          }
        }
      }
    }
    if (seen < 0) {
      throw new IllegalStateException();
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static void sax(InputStream in) throws Exception {
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(new DefaultHandler());
    xml.parse(new InputSource(in));
  }

  /** Every hostile file through the three importers: each must be refused, none may throw else. */
  private static void hostile(ConfigurableApplicationContext app, int scaleMb) {
    AssessmentImport imports = app.getBean(AssessmentImport.class);
    CriteriaSetImporter sets = app.getBean(CriteriaSetImporter.class);
    ResultImport results = app.getBean(ResultImport.class);
    Units units = app.getBean(Units.class);
    Unit parent =
        units.save(new Unit(null, "BH", "Huyện Thử", UnitType.DISTRICT, null, null, null, false));
    units.save(new Unit(null, "BH-1", "Xã Thử", UnitType.COMMUNE, parent.id(), null, null, false));
    HeapPeak.reset();
    long built = System.nanoTime();
    Map<String, byte[]> files = new java.util.LinkedHashMap<>(HostileFiles.all(scaleMb));
    files.put("rows-bomb.xlsx", HostileFiles.rowsBomb(scaleMb, false));
    files.put("rows-bomb.docx", HostileFiles.rowsBomb(scaleMb, true));
    // the bombs are streamed into their zips: building them never holds what they expand to
    System.out.printf(
        Locale.ROOT,
        "Corpus built in %.1f s, heap peak %.0f MB%n",
        (System.nanoTime() - built) / 1e9,
        HeapPeak.peakMb());
    System.out.printf(
        Locale.ROOT,
        "Hostile corpus, bombs expanding to %d MB (heap max %.0f MB)%n",
        scaleMb,
        HeapPeak.maxMb());
    int failures = 0;
    double worstPeak = 0;
    for (var file : files.entrySet()) {
      String name = file.getKey();
      byte[] content = file.getValue();
      List<Runnable> endpoints =
          List.of(
              () ->
                  imports.importTable(
                      vn.parindex.support.TestActors.fixture(),
                      new ImportCommand(
                          "BH-1", 2024, null, null, name, content, null, StatedRank.none())),
              () ->
                  sets.importFile(
                      name, content, new CriteriaSetImporter.Fields("Bộ thử", "2025", "COMMUNE")),
              () ->
                  results.importTable(
                      vn.parindex.support.TestActors.fixture(),
                      "BH",
                      2024,
                      name,
                      content,
                      NewUnits.NONE));
      for (int e = 0; e < endpoints.size(); e++) {
        HeapPeak.reset();
        long start = System.nanoTime();
        String outcome;
        try {
          endpoints.get(e).run();
          outcome = "ACCEPTED";
          failures++;
        } catch (InvalidInputException refused) {
          outcome = "422 " + refused.problems().get(0).messageKey();
        } catch (RuntimeException other) {
          outcome = "ERROR " + other;
          failures++;
        }
        double elapsed = (System.nanoTime() - start) / 1e6;
        double peak = HeapPeak.peakMb();
        worstPeak = Math.max(worstPeak, peak);
        System.out.printf(
            Locale.ROOT,
            "%-26s %9.1f KB  %-10s %6.0f ms  heap peak %6.0f MB  %s%n",
            name,
            content.length / 1024.0,
            List.of("score", "criteria", "results").get(e),
            elapsed,
            peak,
            outcome);
      }
    }
    System.out.println(failures == 0 ? "every file refused (422)" : failures + " NOT REFUSED");
    System.out.printf(Locale.ROOT, "highest heap peak during an import: %.0f MB%n", worstPeak);
  }
}
