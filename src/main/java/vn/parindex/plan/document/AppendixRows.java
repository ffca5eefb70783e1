package vn.parindex.plan.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.parindex.input.DecimalText;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.Wording;

/**
 * The appendix table as the three exports print it: headers, one row per plan line and a total row;
 * the citing line. An area whose stated loss differs from the sum of its items' losses says so in
 * its note (the seed's area 1 states 2.39, its items lose 2.80): shown, never corrected.
 */
final class AppendixRows {

  static final Locale VI = Locale.forLanguageTag("vi");
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** STT | Nội dung | Điểm chuẩn | Số điểm | Lí do | Biện pháp | Ghi chú. */
  static final List<String> KEYS =
      List.of("position", "content", "max", "points", "reason", "measure", "note");

  private AppendixRows() {}

  static List<String> headers() {
    return KEYS.stream().map(k -> Wording.get("doc.col." + k)).toList();
  }

  /** The plan's lines as printed, then the total of the top-level rows (if any has figures). */
  static List<AppendixRow> rows(Plan plan) {
    List<PlanLine> lines = plan.lines();
    int[] parents = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      parents[i] = parent(lines, i);
    }
    List<AppendixRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      PlanLine line = lines.get(i);
      List<String> notes = new ArrayList<>();
      if (line.note() != null) {
        notes.add(text(line.note()));
      }
      if (line.area()) {
        subtotalNote(line, childLosses(lines, parents, i)).ifPresent(notes::add);
      }
      rows.add(
          new AppendixRow(
              line.area(),
              line.area(),
              line.code() == null ? String.valueOf(line.position()) : line.code(),
              text(line.content()),
              line.maxPoints(),
              line.points(),
              reason(line),
              text(line.measure()),
              line.area() ? null : line.responsible(),
              line.area() ? null : line.deadline(),
              notes));
    }
    total(lines, parents).ifPresent(rows::add);
    return rows;
  }

  /**
   * The line's nearest area row above it that contains its code ("1" for "1.1"); without codes, the
   * nearest area row above. -1 for a top-level row.
   */
  private static int parent(List<PlanLine> lines, int i) {
    String code = code(lines.get(i));
    for (int j = i - 1; j >= 0; j--) {
      PlanLine above = lines.get(j);
      if (!above.area()) {
        continue;
      }
      String area = code(above);
      if (code == null || area == null || code.startsWith(area + ".")) {
        return j;
      }
    }
    return -1;
  }

  private static String code(PlanLine line) {
    String code = line.code();
    if (code == null) {
      return null;
    }
    code = code.strip();
    while (code.endsWith(".")) {
      code = code.substring(0, code.length() - 1);
    }
    return code.isEmpty() ? null : code;
  }

  /** The losses of an area's direct items; null when it has none or one is unknown. */
  private static BigDecimal childLosses(List<PlanLine> lines, int[] parents, int area) {
    BigDecimal sum = null;
    for (int i = area + 1; i < lines.size(); i++) {
      if (parents[i] != area) {
        continue;
      }
      BigDecimal lost = lines.get(i).lost();
      if (lost == null) {
        return null;
      }
      sum = sum == null ? lost : sum.add(lost);
    }
    return sum;
  }

  private static Optional<String> subtotalNote(PlanLine area, BigDecimal items) {
    BigDecimal stated = area.lost();
    if (items == null || stated == null || published(items).compareTo(published(stated)) == 0) {
      return Optional.empty();
    }
    return Optional.of(
        Wording.get(
            "doc.subtotal.differs", DecimalText.points(items, VI), DecimalText.points(stated, VI)));
  }

  private static Optional<AppendixRow> total(List<PlanLine> lines, int[] parents) {
    boolean areas = lines.stream().anyMatch(PlanLine::area);
    BigDecimal max = null;
    BigDecimal points = null;
    for (int i = 0; i < lines.size(); i++) {
      PlanLine line = lines.get(i);
      if (parents[i] >= 0 || line.area() != areas) {
        continue;
      }
      max = add(max, line.maxPoints());
      points = add(points, line.points());
    }
    if (max == null && points == null) {
      return Optional.empty();
    }
    List<String> notes = new ArrayList<>();
    if (max != null && points != null) {
      notes.add(Wording.get("doc.total.lost", DecimalText.points(max.subtract(points), VI)));
    }
    return Optional.of(
        new AppendixRow(
            false, true, "", Wording.get("doc.total"), max, points, "", "", null, null, notes));
  }

  private static BigDecimal add(BigDecimal sum, BigDecimal value) {
    return value == null ? sum : sum == null ? value : sum.add(value);
  }

  private static BigDecimal published(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /** "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/02/2025 của UBND xã Vĩnh Chấp)". */
  static String cite(Plan plan) {
    return Wording.get(
        "doc.appendix.cite",
        plan.header().citedNumber(),
        plan.header().issueDate().numeric(),
        plan.header().unitLabel());
  }

  /** "Vĩnh Chấp, ngày 05 tháng 02 năm 2025". */
  static String placeDate(Plan plan) {
    return Wording.get("doc.place.date", plan.header().place(), plan.header().issueDate().words());
  }

  /** "- TT Đảng ủy, TT HĐND, UBND;" … the last one ends with a full stop. */
  static List<String> recipients(Plan plan) {
    List<String> out = new ArrayList<>();
    List<String> all = plan.recipients();
    for (int i = 0; i < all.size(); i++) {
      String r = all.get(i);
      boolean last = i == all.size() - 1;
      String end = r.endsWith(".") || r.endsWith(";") ? "" : last ? "." : ";";
      out.add("- " + r + end);
    }
    return out;
  }

  /** Free text as a Vietnamese document prints it (decimal commas); empty for none. */
  /** The reason as printed, after the kinds of the loss when the line was drafted from a round. */
  static String reason(PlanLine line) {
    if (line.lossKinds().isEmpty()) {
      return text(line.reason());
    }
    String kinds =
        String.join(
            "; ", line.lossKinds().stream().map(k -> Wording.get("plan.loss." + k)).toList());
    return line.reason() == null
        ? kinds
        : Wording.get("doc.reason.kind", kinds, text(line.reason()));
  }

  static String text(String s) {
    return s == null ? "" : DecimalText.inText(s, VI);
  }
}
