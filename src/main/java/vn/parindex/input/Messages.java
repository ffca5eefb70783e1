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
   * internal name; a file's column keeps the header its author wrote.
   */
  public String describe(InputProblem problem) {
    String message = get(problem.messageKey(), problem.args());
    String column = problem.row() > 0 ? column(problem) : label(problem);
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

  /**
   * The column as a client names it: a heading read from the file as written, a request field by
   * its name; a field given by its label key ({@link InputProblem#ofField}) by that label.
   */
  public String column(InputProblem problem) {
    String column = problem.column();
    if (column != null && column.startsWith(InputProblem.LABEL)) {
      return get(column.substring(InputProblem.LABEL.length()));
    }
    return column;
  }

  /** A form field as its form labels it ({@code input.field.<name>}), else as {@link #column}. */
  private String label(InputProblem problem) {
    String column = column(problem);
    if (column == null || !column.equals(problem.column())) {
      return column;
    }
    String label = source.getMessage("input.field." + column, null, null, locale());
    return label == null ? column : label;
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
