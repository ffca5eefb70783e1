package vn.parindex.round.document;

import java.util.ArrayList;
import java.util.List;
import vn.parindex.document.Official;
import vn.parindex.document.Official.Block;
import vn.parindex.document.Official.Para;
import vn.parindex.document.Official.Style;
import vn.parindex.document.OfficialDocx;
import vn.parindex.document.OfficialPdf;
import vn.parindex.plan.IssueDate;

/**
 * The decision approving and publishing the index (Quyết định phê duyệt và công bố) in the Decree
 * 30 layout: heading, legal bases, three articles, the chair's signature and "Nơi nhận" on a
 * portrait page; the annex table on landscape pages.
 */
public final class DecisionDocument {

  private DecisionDocument() {}

  public static String fileName(Decision decision) {
    return DocWords.get("decision.file", decision.year());
  }

  /** The units a parent's decision names ("xã, phường"), by the parent's kind. */
  public static String peers(String parentType) {
    return DocWords.get(
        "peers."
            + ("PROVINCE".equals(parentType) || "DISTRICT".equals(parentType)
                ? parentType
                : "OTHER"));
  }

  public static byte[] docx(Decision decision) {
    return OfficialDocx.render(compose(decision));
  }

  public static byte[] pdf(Decision decision) {
    return OfficialPdf.render(compose(decision));
  }

  static Official compose(Decision d) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Official.Heading(
            DocWords.get("authority.upper"),
            d.parentLabel(),
            DocWords.get("nation"),
            DocWords.get("motto"),
            DocWords.get("number", d.number()),
            DocWords.get("placeDate", d.place(), IssueDate.of(d.date()).words())));
    blocks.add(
        new Official.Title(
            DocWords.get("decision.title"),
            DocWords.get("decision.subject", d.year(), d.peers(), d.parentLabel())));
    blocks.add(new Para(DocWords.get("decision.issuer", d.parentLabel()), Style.CENTERED));
    for (String basis :
        DocWords.list("decision.legal", d.setName(), d.year(), d.parentLabel(), d.peers())) {
      blocks.add(new Para(basis, Style.ITALIC));
    }
    blocks.add(new Para(DocWords.get("decision.decides"), Style.CENTERED));
    for (String article :
        DocWords.list(
            "decision.article",
            d.year(),
            d.lines().size(),
            d.peers(),
            d.parentLabel(),
            d.year() + 1)) {
      blocks.add(new Para(article, Style.BODY));
    }
    blocks.add(
        new Official.Signature(
            DocWords.get("recipients"),
            DocWords.list("decision.recipient"),
            DocWords.get("decision.signer"),
            "",
            ""));
    blocks.add(new Official.Landscape());
    blocks.add(new Para(DocWords.get("annex.title"), Style.CENTERED));
    blocks.add(new Para(annexSubject(d), Style.CENTERED));
    blocks.add(new Para(cite(d), Style.CITE));
    blocks.add(table(d));
    for (String line : legend(d)) {
      blocks.add(new Para(line, Style.BODY));
    }
    return new Official(blocks);
  }

  /**
   * Which column is which area, below the annex in every format: the header names an area by its
   * code only, so the reader needs its name and maximum beside it.
   */
  public static List<String> legend(Decision d) {
    List<String> lines = new ArrayList<>();
    for (Decision.Area area : d.areas()) {
      lines.add(
          DocWords.get("annex.legend", area.code(), area.name(), DocWords.points(area.max())));
    }
    return lines;
  }

  static String annexSubject(Decision d) {
    return DocWords.get("annex.subject", d.year(), d.peers(), d.parentLabel());
  }

  static String cite(Decision d) {
    return DocWords.get("annex.cite", d.number(), DocWords.day(d.date()), d.parentLabel());
  }

  /** The annex's header: STT, unit, one column per area, total, %, rank, band, change. */
  static List<String> headers(Decision d) {
    List<String> headers = new ArrayList<>();
    headers.add(DocWords.get("annex.col.position"));
    headers.add(DocWords.get("annex.col.unit"));
    for (Decision.Area area : d.areas()) {
      headers.add(DocWords.get("annex.col.area", area.code(), DocWords.points(area.max())));
    }
    headers.add(DocWords.get("annex.col.total"));
    headers.add(DocWords.get("annex.col.percent"));
    headers.add(DocWords.get("annex.col.rank"));
    headers.add(DocWords.get("annex.col.band"));
    headers.add(DocWords.get("annex.col.change", d.year() - 1));
    return headers;
  }

  /** One unit's cells as printed: figures with a decimal comma, the change in words. */
  static List<String> cells(Decision.Line line, int position) {
    List<String> cells = new ArrayList<>();
    cells.add(String.valueOf(position));
    cells.add(line.unit());
    line.areaPoints().forEach(p -> cells.add(DocWords.points(p)));
    cells.add(DocWords.points(line.total()));
    cells.add(DocWords.points(line.percent()));
    cells.add(String.valueOf(line.rank()));
    cells.add(line.band() == null ? "" : line.band());
    cells.add(DocWords.change(line.previousRank(), line.rank()));
    return cells;
  }

  private static Official.Table table(Decision d) {
    int areas = d.areas().size();
    // 257 mm of landscape text: the unit and the band take what the area columns leave
    float area = areas == 0 ? 0 : Math.min(20, 112f / areas);
    float unit = 257 - 12 - areas * area - 18 - 15 - 14 - 24 - 22;
    float[] widths = new float[areas + 7];
    boolean[] center = new boolean[areas + 7];
    widths[0] = 12;
    widths[1] = unit;
    for (int i = 0; i < areas; i++) {
      widths[2 + i] = area;
    }
    float[] tail = {18, 15, 14, 24, 22};
    System.arraycopy(tail, 0, widths, 2 + areas, 5);
    java.util.Arrays.fill(center, true);
    center[1] = false;
    List<Official.Row> rows = new ArrayList<>();
    int position = 1;
    for (Decision.Line line : d.lines()) {
      rows.add(new Official.Row(cells(line, position++), false));
    }
    return new Official.Table(
        widths, List.of(new Official.Row(headers(d), true)), rows, center, 11);
  }
}
