package vn.parindex.plan.document;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.Wording;

/** The appendix table as the three exports print it: headers, cell texts, the citing line. */
final class AppendixRows {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** STT | Nội dung | Điểm chuẩn | Số điểm | Lí do | Biện pháp | Ghi chú. */
  static final List<String> KEYS =
      List.of("position", "content", "max", "points", "reason", "measure", "note");

  private AppendixRows() {}

  static List<String> headers() {
    return KEYS.stream().map(k -> Wording.get("doc.col." + k)).toList();
  }

  /** The seven cells of a line; the note column also says who is responsible and by when. */
  static List<String> cells(PlanLine line) {
    return List.of(
        line.code() == null ? String.valueOf(line.position()) : line.code(),
        line.content(),
        PlanLine.published(line.maxPoints()),
        PlanLine.published(line.points()),
        text(line.reason()),
        text(line.measure()),
        String.join("\n", noteLines(line)));
  }

  static List<String> noteLines(PlanLine line) {
    List<String> lines = new ArrayList<>();
    if (line.responsible() != null) {
      lines.add(Wording.get("doc.note.responsible", line.responsible()));
    }
    if (line.deadline() != null) {
      lines.add(Wording.get("doc.note.deadline", line.deadline().format(DATE)));
    }
    if (line.note() != null) {
      lines.add(line.note());
    }
    return lines;
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

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
