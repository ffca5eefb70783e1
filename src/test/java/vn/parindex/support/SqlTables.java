package vn.parindex.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which tables a source file's SQL names, for {@link TablesOwnedByFeaturesTest}: the text of
 * every string literal and text block of a Java file (comments and code left out), or a whole
 * {@code .sql} file, searched for a table name after FROM, JOIN, INTO, UPDATE or TABLE.
 */
final class SqlTables {

  /** A table one feature's SQL names while another feature owns it. */
  record Violation(String file, String feature, String table, String owner) {

    @Override
    public String toString() {
      return "%s (feature %s) names table %s, owned by %s: ask %s through a public read method"
              .formatted(file, feature, table, owner, owner)
          + " (records in, records out) instead of reading its table";
    }
  }

  private static final Pattern NAMED =
      Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");

  // After FROM, further tables of a comma list: "from task t, unit u".
  private static final Pattern LISTED =
      Pattern.compile(
          "(?i)\\bfrom\\s+[a-z_][a-z0-9_]*(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?((?:\\s*,\\s*[a-z_][a-z0-9_]*(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?)+)");

  private static final Pattern CREATED =
      Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

  private SqlTables() {}

  /** The tables {@code sql} names that are among {@code known}, lower case. */
  static Set<String> named(String sql, Set<String> known) {
    Set<String> tables = new TreeSet<>();
    Matcher m = NAMED.matcher(sql);
    while (m.find()) {
      add(tables, m.group(1), known);
    }
    Matcher list = LISTED.matcher(sql);
    while (list.find()) {
      for (String item : list.group(1).split(",")) {
        String name = item.strip().split("\\s+")[0];
        add(tables, name, known);
      }
    }
    return tables;
  }

  private static void add(Set<String> tables, String name, Set<String> known) {
    String table = name.toLowerCase(Locale.ROOT);
    if (known.contains(table)) {
      tables.add(table);
    }
  }

  /** The tables a migration creates, lower case, in order. */
  static List<String> created(String migration) {
    List<String> tables = new ArrayList<>();
    Matcher m = CREATED.matcher(stripSqlComments(migration));
    while (m.find()) {
      tables.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return tables;
  }

  /**
   * The tables of other features that one file's SQL names: {@code owners} maps each table to its
   * feature; {@code text} is Java source when {@code file} ends with {@code .java}, SQL otherwise.
   */
  static List<Violation> violations(
      Map<String, String> owners, String feature, String file, String text) {
    String sql = file.endsWith(".java") ? literals(text) : stripSqlComments(text);
    List<Violation> found = new ArrayList<>();
    for (String table : named(sql, owners.keySet())) {
      String owner = owners.get(table);
      if (!owner.equals(feature)) {
        found.add(new Violation(file, feature, table, owner));
      }
    }
    return found;
  }

  /**
   * The contents of a Java file's string literals and text blocks, one after the other with a space
   * between (so that {@code "... from" + " task t"} reads as one statement), escapes such as {@code
   * \n} read as a space; comments and character literals are skipped.
   */
  static String literals(String java) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = java.length();
    while (i < n) {
      char c = java.charAt(i);
      if (java.startsWith("//", i)) {
        i = indexOrEnd(java, "\n", i);
      } else if (java.startsWith("/*", i)) {
        i = indexOrEnd(java, "*/", i + 2) + 2;
      } else if (java.startsWith("\"\"\"", i)) {
        i = literal(java, i + 3, "\"\"\"", out);
      } else if (c == '"') {
        i = literal(java, i + 1, "\"", out);
      } else if (c == '\'') {
        i = literal(java, i + 1, "'", new StringBuilder());
      } else {
        i++;
      }
    }
    return out.toString();
  }

  /** Copies a literal's text from {@code i} up to its unescaped {@code end}; the index after it. */
  private static int literal(String java, int i, String end, StringBuilder out) {
    int n = java.length();
    while (i < n && !java.startsWith(end, i)) {
      char c = java.charAt(i);
      if (c == '\\' && i + 1 < n) {
        char e = java.charAt(i + 1);
        out.append("ntrsf\n".indexOf(e) >= 0 ? ' ' : e);
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    out.append(' ');
    return Math.min(n, i + end.length());
  }

  private static int indexOrEnd(String text, String what, int from) {
    int at = text.indexOf(what, from);
    return at < 0 ? text.length() : at;
  }

  private static String stripSqlComments(String sql) {
    return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ");
  }
}
