package vn.parindex.document;

import java.util.List;

/**
 * An official document in the Decree 30/2020 layout as a list of blocks, written alike to Word
 * ({@link OfficialDocx}) and to PDF ({@link OfficialPdf}): one composition, two prints that agree.
 */
public record Official(List<Block> blocks) {

  /** One block of the document, in reading order. */
  public sealed interface Block permits Heading, Title, Para, Table, Signature, Landscape {}

  /**
   * The heading: issuing authority (upper line, the body itself), nation and motto, number, date.
   */
  public record Heading(
      String upper, String body, String nation, String motto, String number, String placeDate)
      implements Block {}

  /**
   * The kind of document ("BÁO CÁO", "QUYẾT ĐỊNH") and its subject, with the short rule under it.
   */
  public record Title(String title, String subject) implements Block {}

  /** A paragraph; a {@code HEADING} is never the last line of a page. */
  public record Para(String text, Style style) implements Block {}

  /** How a paragraph is set. */
  public enum Style {
    /** Justified, first-line indent. */
    BODY,
    /** Justified, indented, in italics (the legal bases). */
    ITALIC,
    /** Bold, kept with what follows. */
    HEADING,
    /** Bold and centred, kept with what follows (an annex's title). */
    CENTERED,
    /** Italic and centred (the line citing the decision under an annex's title). */
    CITE,
    /** The large "DỰ THẢO" above a document not issued yet. */
    DRAFT
  }

  /**
   * A ruled table: {@code widths} in millimetres, header rows repeated on each page, {@code center}
   * the columns set centred (figures), the rest left.
   */
  public record Table(
      float[] widths, List<Row> header, List<Row> rows, boolean[] center, float size)
      implements Block {}

  /** A row of a table; a bold row is an area or a total. */
  public record Row(List<String> cells, boolean bold) {}

  /** "Nơi nhận" on the left (none: left empty), the signer on the right. */
  public record Signature(
      String recipientsLabel, List<String> recipients, String authority, String title, String name)
      implements Block {}

  /** What follows is on landscape pages (a wide annex). */
  public record Landscape() implements Block {}
}
