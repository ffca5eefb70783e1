package bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.PlanSeed;
import vn.parindex.plan.document.PlanAppendixXlsx;
import vn.parindex.plan.document.PlanDocxDocument;
import vn.parindex.plan.document.PlanPdfDocument;

/**
 * Plan documents for an 80-line appendix (5 area rows + 75 lost criteria, seed-length texts):
 * median of 10 warm runs of DOCX, PDF and XLSX, each against a floor measured in the same run — a
 * bare POI document with the same 80×7 plain-text table written to bytes. Run with
 * bench/plan-docx.sh.
 */
public final class PlanDocxBenchmark {

  private static final int WARMUP = 5;
  private static final int RUNS = 10;

  private PlanDocxBenchmark() {}

  public static void main(String[] args) {
    Plan plan = PlanSeed.plan();
    plan.replaceLines(lines());
    List<List<String>> cells = cells(plan);
    checkAppendixRows(new PlanDocxDocument().render(plan), plan.lines().size());

    double floor = median(() -> bareDocx(cells));
    double docx = median(() -> new PlanDocxDocument().render(plan));
    double pdf = median(() -> new PlanPdfDocument().render(plan));
    double xlsx = median(() -> new PlanAppendixXlsx().render(plan));

    System.out.printf(
        Locale.ROOT,
        "Plan documents, %d appendix lines, median of %d warm runs (%d warm-up)%n",
        plan.lines().size(),
        RUNS,
        WARMUP);
    System.out.printf(Locale.ROOT, "floor (bare POI 80x7 DOCX): %8.1f ms%n", floor);
    report("PlanDocxDocument.render", docx, floor);
    report("PlanPdfDocument.render", pdf, floor);
    report("PlanAppendixXlsx.render", xlsx, floor);
    System.out.println(docx < 1000 ? "DOCX target (< 1 s warm): met" : "DOCX target: MISSED");
  }

  private static void report(String name, double ms, double floor) {
    System.out.printf(Locale.ROOT, "%-27s %8.1f ms  (%.1fx floor)%n", name + ":", ms, ms / floor);
  }

  private static double median(Supplier<byte[]> render) {
    long sink = 0;
    for (int i = 0; i < WARMUP; i++) {
      sink += render.get().length;
    }
    double[] times = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      byte[] bytes = render.get();
      times[i] = (System.nanoTime() - start) / 1e6;
      sink += bytes.length;
    }
    if (sink == 0) {
      throw new IllegalStateException("nothing rendered");
    }
    Arrays.sort(times);
    return (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;
  }

  /** The measured document really carries the whole appendix (header row + one per line). */
  private static void checkAppendixRows(byte[] docx, int lines) {
    try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
      List<XWPFTable> tables = doc.getTables();
      int rows = tables.get(tables.size() - 1).getRows().size();
      if (rows < lines + 1) {
        throw new IllegalStateException("appendix has " + rows + " rows for " + lines + " lines");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<PlanLine> lines() {
    List<PlanLine> lines = new ArrayList<>();
    for (int area = 1; area <= 5; area++) {
      lines.add(
          new PlanLine(
              0,
              true,
              String.valueOf(area),
              "Lĩnh vực " + area + ": Công tác chỉ đạo, điều hành cải cách hành chính",
              new BigDecimal("20"),
              new BigDecimal("17.25"),
              null,
              null,
              null,
              null,
              null));
      for (int leaf = 1; leaf <= 15; leaf++) {
        lines.add(
            new PlanLine(
                0,
                false,
                area + "." + leaf,
                "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình"
                    + " trên Cổng dịch vụ công quốc gia",
                BigDecimal.ONE,
                new BigDecimal("0.83"),
                "Tỷ lệ hồ sơ DVC trực tuyến đạt 83%; chưa đạt chỉ tiêu Ủy ban nhân dân huyện giao"
                    + " trong năm 2024, một số hồ sơ còn tiếp nhận trực tiếp.",
                "Bộ phận một cửa khắc phục nội dung này, phấn đấu tỷ lệ hồ sơ dịch vụ công trực"
                    + " tuyến đạt 100%; hướng dẫn người dân nộp hồ sơ trực tuyến.",
                "Công chức Văn phòng – Thống kê",
                LocalDate.of(2025, 6, 30),
                null));
      }
    }
    return lines;
  }

  private static List<List<String>> cells(Plan plan) {
    List<List<String>> rows = new ArrayList<>();
    for (PlanLine l : plan.lines()) {
      rows.add(
          List.of(
              l.code(),
              l.content(),
              PlanLine.published(l.maxPoints()),
              PlanLine.published(l.points()),
              l.reason() == null ? "" : l.reason(),
              l.measure() == null ? "" : l.measure(),
              l.responsible() == null ? "" : l.responsible()));
    }
    return rows;
  }

  /** The floor: the same 80×7 table of plain text in a bare POI document, written to bytes. */
  static byte[] bareDocx(List<List<String>> rows) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFTable table = doc.createTable(rows.size(), 7);
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < 7; c++) {
          table.getRow(r).getCell(c).setText(rows.get(r).get(c));
        }
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
