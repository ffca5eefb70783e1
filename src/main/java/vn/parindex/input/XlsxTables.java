package vn.parindex.input;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sheets of a workbook read as a stream of SAX events (POI's {@link XSSFReader}), never as a
 * workbook in memory: numbers exactly as stored (18.61 → "18.61", 3.0 → "3"), text as typed,
 * booleans TRUE/FALSE, errors as Excel shows them.
 */
final class XlsxTables {

  private XlsxTables() {}

  static List<FileTable> read(
      byte[] content, ReadBudget budget, BiPredicate<Integer, String> wanted) throws Exception {
    List<FileTable> tables = new ArrayList<>();
    try (OPCPackage pkg = OfficePackage.open(content, budget)) {
      XSSFReader reader = new XSSFReader(pkg);
      List<String> strings = null;
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      int index = 0;
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          String name = sheets.getSheetName();
          if (!wanted.test(index++, name)) {
            continue;
          }
          if (strings == null) {
            strings = sharedStrings(reader, budget);
          }
          SheetHandler handler = new SheetHandler(strings, budget);
          parse(sheet, handler);
          tables.add(new FileTable(name, handler.rows, null));
        }
      }
    }
    return tables;
  }

  static void parse(InputStream in, DefaultHandler handler) throws Exception {
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(handler);
    xml.parse(new InputSource(in));
  }

  private static List<String> sharedStrings(XSSFReader reader, ReadBudget budget) throws Exception {
    List<String> strings = new ArrayList<>();
    try (InputStream in = reader.getSharedStringsData()) {
      parse(in, new StringsHandler(strings, budget));
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      return strings; // a workbook without text has no shared strings part
    }
    return strings;
  }

  /** {@code <si>} items: the text of their runs, phonetic hints left out. */
  private static final class StringsHandler extends DefaultHandler {

    private final List<String> strings;
    private final ReadBudget budget;
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private int phonetic;

    StringsHandler(List<String> strings, ReadBudget budget) {
      this.strings = strings;
      this.budget = budget;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      switch (local) {
        case "si" -> text.setLength(0);
        case "rPh" -> phonetic++;
        case "t" -> inText = phonetic == 0;
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "si" -> {
          strings.add(text.toString());
          budget.cell(0, 0);
        }
        case "rPh" -> phonetic--;
        case "t" -> inText = false;
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText) {
        text.append(ch, start, length);
        budget.chars(0, text.length());
      }
    }
  }

  /** {@code <row>}s of {@code <c>}ells, each a value, a shared string or an inline string. */
  private static final class SheetHandler extends DefaultHandler {

    final List<FileTable.Row> rows = new ArrayList<>();
    private final List<String> strings;
    private final ReadBudget budget;
    private final StringBuilder value = new StringBuilder();
    private List<String> cells;
    private int rowNumber;
    private int column;
    private String type;
    private boolean inValue;
    private int phonetic;

    SheetHandler(List<String> strings, ReadBudget budget) {
      this.strings = strings;
      this.budget = budget;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
      switch (local) {
        case "row" -> {
          String r = attributes.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
          budget.row(rowNumber);
          cells = new ArrayList<>();
          column = -1;
        }
        case "c" -> {
          String r = attributes.getValue("r");
          column = r == null ? column + 1 : columnOf(r);
          budget.column(rowNumber, column);
          type = attributes.getValue("t");
          value.setLength(0);
        }
        case "v" -> inValue = true;
        case "t" -> inValue = phonetic == 0;
        case "rPh" -> phonetic++;
        default -> {}
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "v", "t" -> inValue = false;
        case "rPh" -> phonetic--;
        case "c" -> cell();
        case "row" -> {
          if (!cells.isEmpty()) {
            rows.add(new FileTable.Row(rowNumber, cells));
          }
        }
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        value.append(ch, start, length);
        budget.chars(rowNumber, value.length());
      }
    }

    private void cell() {
      String text = text();
      if (text == null || text.isEmpty() || cells == null) {
        return;
      }
      budget.cell(rowNumber, column);
      while (cells.size() < column) {
        cells.add(null);
      }
      cells.add(text);
    }

    private String text() {
      String raw = value.toString();
      if (type == null || type.equals("n")) {
        return raw.isEmpty() ? null : number(raw);
      }
      return switch (type) {
        case "s" -> strings.get(Integer.parseInt(raw.strip()));
        case "b" -> "1".equals(raw.strip()) ? "TRUE" : "FALSE";
        default -> raw; // str (a formula's text), inlineStr, e (an error such as #DIV/0!), d
      };
    }

    /** As Excel shows a number in General format, without its float noise: 18.61, 3, 1000. */
    private static String number(String raw) {
      try {
        double d = Double.parseDouble(raw);
        BigDecimal value = BigDecimal.valueOf(d).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
      } catch (NumberFormatException e) {
        return raw; // not a finite number: left as written, the column's reader names it
      }
    }

    /** "B7" → 1. */
    static int columnOf(String reference) {
      int column = 0;
      for (int i = 0; i < reference.length(); i++) {
        char c = reference.charAt(i);
        if (c < 'A' || c > 'Z') {
          break;
        }
        column = column * 26 + (c - 'A' + 1);
        if (column > 100_000) {
          break;
        }
      }
      return column - 1;
    }
  }
}
