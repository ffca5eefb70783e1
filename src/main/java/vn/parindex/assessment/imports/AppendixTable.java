package vn.parindex.assessment.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;

/**
 * The appendix table found among the rows of a file: the header row (not necessarily the first),
 * which column is which, and the lines below it. A row with an empty STT right after a line is the
 * rest of that line (a Word table split it) and is joined to it; a row with an empty STT whose
 * content starts with "Tổng" is the reported total.
 */
record AppendixTable(
    int headerRow,
    Map<AppendixColumn, String> headers,
    List<AppendixLine> lines,
    AppendixLine total,
    String planText) {

  /** A header stands under at most a title and a few lines of text. */
  private static final int HEADER_WITHIN = 30;

  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern MARKUP = Pattern.compile("(?i)</?(b|i|u|strong|em)>");
  private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(\\d+\\)");

  /** The first table with a recognisable header, or problems naming what is missing. */
  static AppendixTable find(List<RawTable> tables) {
    List<InputProblem> problems = new ArrayList<>();
    for (RawTable table : tables) {
      for (RawTable.Row row :
          table.rows().subList(0, Math.min(HEADER_WITHIN, table.rows().size()))) {
        Map<AppendixColumn, Integer> found = headerOf(row);
        if (found.size() >= 3 && found.containsKey(AppendixColumn.CODE)) {
          for (AppendixColumn column : AppendixColumn.values()) {
            if (column.required() && !found.containsKey(column)) {
              problems.add(
                  InputProblem.of(
                      row.number(),
                      column.header(),
                      "assessment.import.column.missing",
                      column.header()));
            }
          }
          if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
          }
          return read(table, row, found);
        }
      }
    }
    throw new InvalidInputException(InputProblem.ofFile("assessment.import.header.missing"));
  }

  private static Map<AppendixColumn, Integer> headerOf(RawTable.Row row) {
    Map<AppendixColumn, Integer> found = new EnumMap<>(AppendixColumn.class);
    for (int i = 0; i < row.cells().size(); i++) {
      int index = i;
      AppendixColumn.match(row.cell(i)).ifPresent(c -> found.putIfAbsent(c, index));
    }
    return found;
  }

  private static AppendixTable read(
      RawTable table, RawTable.Row header, Map<AppendixColumn, Integer> columns) {
    Map<AppendixColumn, String> headers = new EnumMap<>(AppendixColumn.class);
    columns.forEach((c, i) -> headers.put(c, Text.clean(header.cell(i))));
    List<AppendixLine> lines = new ArrayList<>();
    List<AppendixLine> rest = new ArrayList<>(); // rows continuing the last line
    AppendixLine total = null;
    boolean below = false;
    for (RawTable.Row row : table.rows()) {
      if (row == header) {
        below = true;
        continue;
      }
      if (!below || row.blank()) {
        continue;
      }
      AppendixLine line = line(row, columns);
      if (line.code() == null) {
        if (isTotal(line.content())) {
          total = line;
        } else if (!lines.isEmpty() && !isColumnNumbers(line)) {
          rest.add(line);
        } else if (!isColumnNumbers(line)) {
          lines.add(line);
        }
        continue;
      }
      if (isColumnNumbers(line)) {
        continue;
      }
      joinRest(lines, rest);
      lines.add(line);
    }
    joinRest(lines, rest);
    return new AppendixTable(header.number(), headers, lines, total, table.planText());
  }

  /** Joins the rows a Word table split off to their line, all at once (not one by one). */
  private static void joinRest(List<AppendixLine> lines, List<AppendixLine> rest) {
    if (!rest.isEmpty()) {
      lines.set(lines.size() - 1, join(lines.get(lines.size() - 1), rest));
      rest.clear();
    }
  }

  private static AppendixLine line(RawTable.Row row, Map<AppendixColumn, Integer> columns) {
    return new AppendixLine(
        row.number(),
        cell(row, columns, AppendixColumn.CODE),
        cell(row, columns, AppendixColumn.CONTENT),
        cell(row, columns, AppendixColumn.MAX),
        cell(row, columns, AppendixColumn.POINTS),
        cell(row, columns, AppendixColumn.REASON),
        cell(row, columns, AppendixColumn.MEASURE),
        cell(row, columns, AppendixColumn.NOTE));
  }

  /** NFC, simple markup ({@code <b>}, {@code <i>}, {@code <br>}) removed, empty as null. */
  static String cell(RawTable.Row row, Map<AppendixColumn, Integer> columns, AppendixColumn c) {
    Integer index = columns.get(c);
    if (index == null) {
      return null;
    }
    String raw = row.cell(index);
    if (raw == null) {
      return null;
    }
    if (raw.indexOf('<') >= 0) {
      raw = MARKUP.matcher(BREAK.matcher(raw).replaceAll("\n")).replaceAll("");
    }
    return Text.cleanOrNull(raw);
  }

  private static boolean isTotal(String content) {
    String text = AppendixColumn.fold(content);
    return text.startsWith("tong") || text.startsWith("total");
  }

  /** A row "(1) (2) (3) …" numbering the columns. */
  private static boolean isColumnNumbers(AppendixLine line) {
    String code = line.code() == null ? "" : line.code();
    return COLUMN_NUMBER.matcher(code).matches() || "(2)".equals(line.content());
  }

  private static AppendixLine join(AppendixLine first, List<AppendixLine> rest) {
    return new AppendixLine(
        first.row(),
        first.code(),
        append(first.content(), rest.stream().map(AppendixLine::content).toList()),
        append(first.max(), rest.stream().map(AppendixLine::max).toList()),
        append(first.points(), rest.stream().map(AppendixLine::points).toList()),
        append(first.reason(), rest.stream().map(AppendixLine::reason).toList()),
        append(first.measure(), rest.stream().map(AppendixLine::measure).toList()),
        append(first.note(), rest.stream().map(AppendixLine::note).toList()));
  }

  private static String append(String first, List<String> rest) {
    StringJoiner joined = new StringJoiner(" ");
    joined.setEmptyValue("");
    if (first != null) {
      joined.add(first);
    }
    rest.stream().filter(Objects::nonNull).forEach(joined::add);
    String text = joined.toString();
    return text.isEmpty() ? null : text;
  }

  Optional<String> header(AppendixColumn column) {
    return Optional.ofNullable(headers.get(column));
  }

  /** The column name as the user wrote it, for problems. */
  String columnName(AppendixColumn column) {
    return header(column).orElse(column.header());
  }
}
