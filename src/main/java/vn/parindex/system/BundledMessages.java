package vn.parindex.system;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's messages ({@code spring.messages.*}), each text and each pattern looked up once
 * per language: a page asks for dozens, and every lookup otherwise walks the fifteen feature
 * bundles in turn. The bundles do not change while the application runs. Bounded: a few languages,
 * a few thousand texts each; past that, texts are looked up as before.
 *
 * <p>A number given to a pattern whose arguments are all plain ({@code {0}}, no {@code number} or
 * {@code choice}) is written with the language's number format before the pattern is applied, as
 * {@link MessageFormat} writes it, from a format made once per language: {@link MessageFormat}
 * makes a new {@link NumberFormat} for every number it writes (2 % of the appraiser's page under
 * load, bench/README.md).
 */
final class BundledMessages extends ResourceBundleMessageSource {

  private static final int MAX_LANGUAGES = 8;
  private static final int MAX_TEXTS = 5_000;

  private final Map<Locale, Map<String, Optional<String>>> resolved = new ConcurrentHashMap<>();
  private final Map<Locale, Map<String, Optional<MessageFormat>>> patterns =
      new ConcurrentHashMap<>();
  private final Map<Locale, NumberFormat> numbers = new ConcurrentHashMap<>();

  @Override
  protected String resolveCodeWithoutArguments(String code, Locale locale) {
    return once(resolved, code, locale, super::resolveCodeWithoutArguments);
  }

  @Override
  protected MessageFormat resolveCode(String code, Locale locale) {
    return once(patterns, code, locale, super::resolveCode);
  }

  @Override
  protected String getMessageInternal(String code, Object[] args, Locale locale) {
    if (args == null || locale == null || !anyNumber(args)) {
      return super.getMessageInternal(code, args, locale);
    }
    MessageFormat format = resolveCode(code, locale);
    if (format == null || !allPlain(format)) {
      return super.getMessageInternal(code, args, locale);
    }
    Object[] written = args.clone();
    NumberFormat number = null;
    for (int i = 0; i < written.length; i++) {
      if (written[i] instanceof Number n) {
        if (number == null) {
          number = numberFormat(locale);
        }
        written[i] = number.format(n);
      }
    }
    return super.getMessageInternal(code, written, locale);
  }

  /** A copy of the language's number format, as {@link MessageFormat} would make it. */
  private NumberFormat numberFormat(Locale locale) {
    NumberFormat made = numbers.get(locale);
    if (made == null) {
      made = NumberFormat.getInstance(locale);
      if (numbers.size() < MAX_LANGUAGES) {
        numbers.put(locale, made);
      }
    }
    return (NumberFormat) made.clone();
  }

  /** The code's text or pattern in the language, looked up once (an unknown code as well). */
  private static <T> T once(
      Map<Locale, Map<String, Optional<T>>> all,
      String code,
      Locale locale,
      BiFunction<String, Locale, T> lookUp) {
    Map<String, Optional<T>> known = all.get(locale);
    if (known == null) {
      if (all.size() >= MAX_LANGUAGES) {
        return lookUp.apply(code, locale);
      }
      known = all.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
    }
    Optional<T> found = known.get(code);
    if (found == null) {
      found = Optional.ofNullable(lookUp.apply(code, locale));
      if (known.size() < MAX_TEXTS) {
        known.put(code, found);
      }
    }
    return found.orElse(null);
  }

  private static boolean anyNumber(Object[] args) {
    for (Object arg : args) {
      if (arg instanceof Number) {
        return true;
      }
    }
    return false;
  }

  private static boolean allPlain(MessageFormat format) {
    for (Format f : format.getFormats()) {
      if (f != null) {
        return false;
      }
    }
    return true;
  }
}
