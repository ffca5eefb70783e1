package vn.parindex.system;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's messages ({@code spring.messages.*}), each text looked up once per language: a
 * page asks for dozens, and every lookup otherwise walks the eleven feature bundles in turn. The
 * bundles do not change while the application runs. Bounded: a few languages, a few thousand texts
 * each; past that, texts are looked up as before.
 */
final class BundledMessages extends ResourceBundleMessageSource {

  private static final int MAX_LANGUAGES = 8;
  private static final int MAX_TEXTS = 5_000;

  private final Map<Locale, Map<String, Optional<String>>> resolved = new ConcurrentHashMap<>();

  @Override
  protected String resolveCodeWithoutArguments(String code, Locale locale) {
    Map<String, Optional<String>> texts = resolved.get(locale);
    if (texts == null) {
      if (resolved.size() >= MAX_LANGUAGES) {
        return super.resolveCodeWithoutArguments(code, locale);
      }
      texts = resolved.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
    }
    Optional<String> text = texts.get(code);
    if (text == null) {
      text = Optional.ofNullable(super.resolveCodeWithoutArguments(code, locale));
      if (texts.size() < MAX_TEXTS) {
        texts.put(code, text);
      }
    }
    return text.orElse(null);
  }
}
