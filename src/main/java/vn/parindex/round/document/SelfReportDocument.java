package vn.parindex.round.document;

import java.util.ArrayList;
import java.util.List;
import vn.parindex.document.Official;
import vn.parindex.document.Official.Block;
import vn.parindex.document.Official.Para;
import vn.parindex.document.Official.Style;
import vn.parindex.document.OfficialDocx;
import vn.parindex.document.OfficialPdf;

/**
 * The self-assessment report (Báo cáo tự đánh giá, chấm điểm Chỉ số CCHC) in the Decree 30 layout:
 * heading, the summary table, the explanation of every leaf below its maximum, difficulties,
 * proposals and the chairman's signature. "DỰ THẢO" above it until the chairman submits.
 */
public final class SelfReportDocument {

  private static final float[] WIDTHS = {12, 45, 16, 17, 36, 39};
  private static final boolean[] CENTER = {true, false, true, true, false, false};

  private SelfReportDocument() {}

  /** "Báo cáo tự đánh giá xã Vĩnh Chấp năm 2025". */
  public static String fileName(SelfReport report) {
    return DocWords.get("report.file", report.unitLabel(), report.year());
  }

  public static byte[] docx(SelfReport report) {
    return OfficialDocx.render(compose(report));
  }

  public static byte[] pdf(SelfReport report) {
    return OfficialPdf.render(compose(report));
  }

  static Official compose(SelfReport r) {
    List<Block> blocks = new ArrayList<>();
    if (r.draft()) {
      blocks.add(new Para(DocWords.get("draft"), Style.DRAFT));
    }
    blocks.add(
        new Official.Heading(
            DocWords.get("authority.upper"),
            r.unitLabel(),
            DocWords.get("nation"),
            DocWords.get("motto"),
            DocWords.get("number", "      " + DocWords.get("report.number")),
            DocWords.get("placeDate", r.place(), r.date().words())));
    blocks.add(
        new Official.Title(
            DocWords.get("report.title"), DocWords.get("report.subject", r.year(), r.unitLabel())));
    blocks.add(
        new Para(
            DocWords.get("report.opening", r.parentLabel(), r.year(), r.unitLabel()), Style.BODY));
    blocks.add(new Para(DocWords.get("report.section1"), Style.HEADING));
    blocks.add(
        new Para(
            DocWords.get(
                "report.summary",
                DocWords.points(r.self()),
                DocWords.points(r.max()),
                DocWords.points(r.percent())),
            Style.BODY));
    blocks.add(table(r));
    blocks.add(new Para(DocWords.get("report.section2"), Style.HEADING));
    List<String> lost = lost(r);
    if (lost.isEmpty()) {
      blocks.add(new Para(DocWords.get("report.allMax"), Style.BODY));
    }
    lost.forEach(text -> blocks.add(new Para(text, Style.BODY)));
    blocks.add(new Para(DocWords.get("report.section3"), Style.HEADING));
    paragraphs(r.difficulties()).forEach(text -> blocks.add(new Para(text, Style.BODY)));
    blocks.add(new Para(DocWords.get("report.section4"), Style.HEADING));
    paragraphs(r.proposals()).forEach(text -> blocks.add(new Para(text, Style.BODY)));
    blocks.add(
        new Official.Signature(
            DocWords.get("recipients"),
            DocWords.list("report.recipient", r.parentLabel()),
            DocWords.get("signer.authority"),
            DocWords.get("signer.chair"),
            ""));
    return new Official(blocks);
  }

  private static Official.Table table(SelfReport r) {
    List<Official.Row> rows = new ArrayList<>();
    for (SelfReport.Line line : r.lines()) {
      List<String> evidence =
          line.evidence().stream()
              .map(
                  e ->
                      DocWords.get(
                          "report.evidence", e.number(), DocWords.day(e.date()), e.title()))
              .toList();
      rows.add(
          new Official.Row(
              List.of(
                  line.code(),
                  line.name(),
                  DocWords.points(line.max()),
                  DocWords.points(line.self()),
                  line.note() == null ? "" : line.note(),
                  String.join("\n", evidence)),
              line.area()));
    }
    rows.add(
        new Official.Row(
            List.of(
                "",
                DocWords.get("report.total"),
                DocWords.points(r.max()),
                DocWords.points(r.self()),
                "",
                ""),
            true));
    Official.Row header =
        new Official.Row(
            List.of(
                DocWords.get("report.col.code"),
                DocWords.get("report.col.name"),
                DocWords.get("report.col.max"),
                DocWords.get("report.col.self"),
                DocWords.get("report.col.note"),
                DocWords.get("report.col.evidence")),
            true);
    return new Official.Table(WIDTHS, List.of(header), rows, CENTER, 11);
  }

  /** Each leaf claimed below its maximum (or not claimed), with what the unit said of it. */
  private static List<String> lost(SelfReport r) {
    List<String> texts = new ArrayList<>();
    for (SelfReport.Line line : r.lines()) {
      if (line.area()
          || line.surveyed()
          || (line.self() != null && line.self().compareTo(line.max()) >= 0)) {
        continue;
      }
      String note =
          line.note() == null ? DocWords.get("report.noNote") : sentence(line.note().strip());
      texts.add(
          line.self() == null
              ? DocWords.get(
                  "report.notScored", line.code(), line.name(), DocWords.points(line.max()), note)
              : DocWords.get(
                  "report.lost",
                  line.code(),
                  line.name(),
                  DocWords.points(line.self()),
                  DocWords.points(line.max()),
                  note));
    }
    return texts;
  }

  /** The unit's note as a sentence of the report: ended by a full stop when it has none. */
  private static String sentence(String note) {
    return note.isEmpty() || ".!?…".indexOf(note.charAt(note.length() - 1)) >= 0
        ? note
        : note + ".";
  }

  /** The chairman's text, one paragraph per line; "Không có." when none was written. */
  private static List<String> paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return List.of(DocWords.get("report.none"));
    }
    return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
