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
    if (problem.row() > 0 && problem.column() != null) {
      return get("input.at.row.column", problem.row(), problem.column(), message);
    }
    if (problem.row() > 0) {
      return get("input.at.row", problem.row(), message);
    }
    if (problem.column() != null) {
      return get("input.at.column", problem.column(), message);
    }
    return message;
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
