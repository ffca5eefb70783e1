package vn.parindex.plan.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.input.DecimalText;
import vn.parindex.plan.Wording;

/**
 * One printed row of the appendix table: a plan line (an area row is bold) or the total row. Texts
 * are as printed; figures stay numbers so the workbook can keep them as numbers.
 */
record AppendixRow(
    boolean bold,
    String code,
    String content,
    BigDecimal max,
    BigDecimal points,
    String reason,
    String measure,
    String responsible,
    LocalDate deadline,
    List<String> notes) {

  /** The seven cells of the printed table; the note column also says who and by when. */
  List<String> cells() {
    return List.of(
        code,
        content,
        DecimalText.points(max, AppendixRows.VI),
        DecimalText.points(points, AppendixRows.VI),
        reason,
        measure,
        String.join("\n", noteLines()));
  }

  List<String> noteLines() {
    List<String> lines = new ArrayList<>();
    if (responsible != null) {
      lines.add(Wording.get("doc.note.responsible", responsible));
    }
    if (deadline != null) {
      lines.add(Wording.get("doc.note.deadline", deadline.format(AppendixRows.DATE)));
    }
    lines.addAll(notes);
    return lines;
  }

  /** The notes alone ("Ghi chú" of the workbook, which has its own responsible and date). */
  String note() {
    return String.join("\n", notes);
  }
}
