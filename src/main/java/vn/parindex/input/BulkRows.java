package vn.parindex.input;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Many rows into one table on PostgreSQL with {@code COPY … FROM STDIN} (CSV), on the connection of
 * the transaction under way (so a rollback takes them back like any insert): a publication stores
 * some 25,000 rows, and binding them as parameters of multi-row inserts cost more than the database
 * writing them. On another database (H2) nothing is written and the caller inserts as before.
 *
 * <p>Values are written as PostgreSQL reads them back unchanged: every text quoted (so an empty
 * text stays empty, a null stays null, and quotes, commas, line breaks, tabs, backslashes and a
 * lone {@code \.} are data), decimals in plain notation, booleans, whole numbers and dates in their
 * canonical form. Other types are refused rather than guessed.
 */
@Component
public class BulkRows {

  /**
   * Characters sent to the server at a time (the rows are not held twice whole; the dossiers' sync
   * sent 256 KB before it shared this stream).
   */
  private static final int SEND_AT = 1 << 18;

  private final JdbcTemplate jdbc;

  BulkRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Writes the rows (values in the order of {@code columns}) into {@code table} by COPY and answers
   * true; answers false, writing nothing, when the database is not PostgreSQL. Table and column
   * names are the caller's constants, never user input.
   */
  public boolean copy(String table, List<String> columns, List<Object[]> rows) {
    return Boolean.TRUE.equals(
        jdbc.execute(
            (ConnectionCallback<Boolean>)
                connection -> {
                  if (!connection.isWrapperFor(PGConnection.class)) {
                    return false;
                  }
                  if (!rows.isEmpty()) {
                    send(connection.unwrap(PGConnection.class), table, columns, rows);
                  }
                  return true;
                }));
  }

  private static void send(
      PGConnection connection, String table, List<String> columns, List<Object[]> rows)
      throws SQLException {
    stream(
        connection,
        "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)",
        rows,
        (text, row) -> {
          if (row.length != columns.size()) {
            throw new IllegalArgumentException(
                "row of " + row.length + " values for " + columns.size() + " columns");
          }
          line(text, row);
        });
  }

  /**
   * Streams the rows into a {@code copy … from stdin} statement on this connection, each row
   * written as its line(s) by {@code line} in the statement's format, {@value #SEND_AT} bytes sent
   * at a time (the rows are never held twice whole); a failure cancels the copy.
   */
  public static <T> void stream(
      PGConnection connection, String copy, Iterable<T> rows, BiConsumer<StringBuilder, T> line)
      throws SQLException {
    CopyIn in = connection.getCopyAPI().copyIn(copy);
    try {
      StringBuilder text = new StringBuilder(SEND_AT + 4096);
      for (T row : rows) {
        line.accept(text, row);
        if (text.length() >= SEND_AT) {
          flush(in, text);
        }
      }
      flush(in, text);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private static void flush(CopyIn copy, StringBuilder text) throws SQLException {
    if (text.isEmpty()) {
      return;
    }
    byte[] encoded = text.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(encoded, 0, encoded.length);
    text.setLength(0);
  }

  /** One row as a CSV line (PostgreSQL's CSV: an unquoted empty field is null). */
  static void line(StringBuilder out, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      value(out, row[i]);
    }
    out.append('\n');
  }

  private static void value(StringBuilder out, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof String text) {
      out.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"') {
          out.append('"');
        }
        out.append(c);
      }
      out.append('"');
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.toPlainString());
    } else if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof LocalDate day) {
      out.append(day);
    } else if (value instanceof java.sql.Date day) {
      out.append(day.toLocalDate());
    } else {
      throw new IllegalArgumentException("no COPY form for " + value.getClass().getName());
    }
  }
}
