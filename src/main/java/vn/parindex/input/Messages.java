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

  /** "Dòng 4, cột «max_points»: …" — the row and column first, as a user looks for them. */
  public String describe(InputProblem problem) {
    String message = get(problem.messageKey(), problem.args());
    String column = column(problem);
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
   * The column or field as the user sees it: a heading read from the file is shown as written; a
   * field's label key ({@link InputProblem#ofField}) is looked up in the bundles.
   */
  public String column(InputProblem problem) {
    if (problem.column() == null) {
      return null;
    }
    return problem.column().startsWith(InputProblem.LABEL)
        ? get(problem.column().substring(InputProblem.LABEL.length()))
        : problem.column();
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
