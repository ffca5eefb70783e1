package vn.parindex.input;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The tables of a Word document and the text of its paragraphs, read as a stream of SAX events:
 * POI's document model walks a table's rows by index through XMLBeans, which took minutes for a few
 * thousand rows. As POI reads them: the tables of the body (not nested ones), a cell's text from
 * its own paragraphs (here one line each), a paragraph's text from its runs (tabs and breaks
 * included, deleted text and field codes not).
 */
final class DocxTables {

  private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** Text in these is not the paragraph's own (POI leaves it out too). */
  private static final Set<String> SKIPPED = Set.of("txbxContent", "drawing", "pict", "object");

  /** The document's text is searched for a few statements near its start: a bound on memory. */
  private static final int MAX_TEXT = 1_000_000;

  private DocxTables() {}

  static List<FileTable> read(byte[] content, ReadBudget budget) throws Exception {
    try (OPCPackage pkg = OfficePackage.open(content, budget)) {
      PackageRelationshipCollection main =
          pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
      if (main.size() == 0) {
        throw new IllegalStateException("no main document");
      }
      PackagePart part = pkg.getPart(main.getRelationship(0));
      Handler handler = new Handler(budget);
      try (InputStream in = part.getInputStream()) {
        XlsxTables.parse(in, handler);
      }
      String text = handler.text.toString();
      List<FileTable> tables = new ArrayList<>();
      for (List<FileTable.Row> rows : handler.tables) {
        tables.add(new FileTable(null, rows, text));
      }
      if (tables.isEmpty()) {
        tables.add(new FileTable(null, List.of(), text));
      }
      return tables;
    }
  }

  private static final class Handler extends DefaultHandler {

    final List<List<FileTable.Row>> tables = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    private final ReadBudget budget;
    private final Deque<String> path = new ArrayDeque<>();
    private final StringBuilder paragraph = new StringBuilder();
    private List<String> cells;
    private StringBuilder cell;
    private int tableDepth;
    private int rowNumber;
    private int skipped; // inside text boxes, drawings and alternate content
    private boolean kept; // the current paragraph is a body or top-level cell paragraph
    private boolean inText;
    private boolean tableKept;

    Handler(ReadBudget budget) {
      this.budget = budget;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      String parent = path.isEmpty() ? "" : path.peek();
      path.push(WORD.equals(uri) ? local : "?" + local);
      if (skips(uri, local)) {
        skipped++;
        return;
      }
      if (skipped > 0 || !WORD.equals(uri)) {
        return;
      }
      switch (local) {
        case "tbl" -> {
          tableDepth++;
          if (tableDepth == 1) {
            tableKept = "body".equals(parent);
            if (tableKept) {
              tables.add(new ArrayList<>());
              rowNumber = 0;
            }
          }
        }
        case "tr" -> {
          if (tableDepth == 1 && tableKept && "tbl".equals(parent)) {
            budget.row(++rowNumber);
            cells = new ArrayList<>();
          }
        }
        case "tc" -> {
          if (tableDepth == 1 && "tr".equals(parent) && cells != null) {
            budget.column(rowNumber, cells.size());
            cell = new StringBuilder();
          }
        }
        case "p" -> {
          kept = "body".equals(parent) || (tableDepth == 1 && "tc".equals(parent) && cell != null);
          paragraph.setLength(0);
        }
        case "t" -> inText = kept && "r".equals(parent);
        case "tab" -> append("r".equals(parent) ? "\t" : "");
        case "br", "cr" -> append("r".equals(parent) ? "\n" : "");
        default -> {}
      }
    }

    private static boolean skips(String uri, String local) {
      return WORD.equals(uri) ? SKIPPED.contains(local) : "AlternateContent".equals(local);
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      path.pop();
      if (skips(uri, local)) {
        skipped--;
        return;
      }
      if (skipped > 0 || !WORD.equals(uri)) {
        return;
      }
      String parent = path.isEmpty() ? "" : path.peek();
      switch (local) {
        case "t" -> inText = false;
        case "p" -> endParagraph(parent);
        case "tc" -> {
          if (tableDepth == 1 && "tr".equals(parent) && cell != null) {
            if (!cell.isEmpty()) {
              budget.cell(rowNumber, cells.size());
            }
            cells.add(cell.toString());
            cell = null;
          }
        }
        case "tr" -> {
          if (tableDepth == 1 && "tbl".equals(parent) && cells != null) {
            tables.get(tables.size() - 1).add(new FileTable.Row(rowNumber, cells));
            cells = null;
          }
        }
        case "tbl" -> tableDepth--;
        default -> {}
      }
    }

    private void endParagraph(String parent) {
      if (!kept) {
        return;
      }
      if ("body".equals(parent)) {
        if (text.length() < MAX_TEXT) {
          text.append(paragraph).append('\n');
        }
      } else if (cell != null) {
        if (!cell.isEmpty()) {
          cell.append('\n');
        }
        cell.append(paragraph);
        budget.chars(rowNumber, cell.length());
      }
      kept = false;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText && skipped == 0) {
        paragraph.append(ch, start, length);
        budget.chars(rowNumber, paragraph.length());
      }
    }

    private void append(String s) {
      if (kept && skipped == 0) {
        paragraph.append(s);
      }
    }
  }
}
