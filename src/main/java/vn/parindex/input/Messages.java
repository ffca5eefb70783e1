package vn.parindex.input;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves message keys in the caller's language (Vietnamese by default). */
@Component
public class Messages {

  private final MessageSource source;

  Messages(MessageSource source) {
    this.source = source;
  }

  public String get(String key, Object... args) {
    return source.getMessage(key, args, key, locale());
  }

  public String get(String key, List<Object> args) {
    return get(key, args.toArray());
  }

  /**
   * "Dòng 4, cột «max_points»: …" — the row and column first, as a user looks for them. A form
   * field (no row) is named by its label ({@code input.field.comment} = "Ý kiến"), never by its
   * internal name; a file's column (with its row) keeps the header its author wrote.
   */
  public String describe(InputProblem problem) {
    String message = get(problem.messageKey(), problem.args());
    String column = problem.row() > 0 ? problem.column() : label(problem.column());
    if (problem.row() > 0 && column != null) {
      return get("input.at.row.column", problem.row(), column, message);
    }
    if (problem.row() > 0) {
      return get("input.at.row", problem.row(), message);
    }
    if (column != null) {
      return get("input.at.column", column, message);
    }
    return message;
  }

  private String label(String column) {
    if (column == null) {
      return null;
    }
    String label = source.getMessage("input.field." + column, null, null, locale());
    return label == null ? column : label;
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
