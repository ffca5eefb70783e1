package vn.parindex.page;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The texts a page frame reads ({@link Page#t(String)}), each looked up once per language and key:
 * a page asks for a few dozen (a task board several per row), and each lookup otherwise goes
 * through the message source's argument and fallback handling before its own cache. The bundles do
 * not change while the application runs (the application's message source keeps them the same way).
 * Texts with arguments are formatted by the message source each time. Bounded as that cache is.
 */
final class PageTexts implements MessageSource {

  private static final int MAX_LANGUAGES = 8;
  private static final int MAX_TEXTS = 5_000;

  private final MessageSource messages;
  private final Map<Locale, Map<String, Optional<String>>> texts = new ConcurrentHashMap<>();

  PageTexts(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
    if (code == null || locale == null || (args != null && args.length > 0)) {
      return messages.getMessage(code, args, defaultMessage, locale);
    }
    Map<String, Optional<String>> language = texts.get(locale);
    if (language == null) {
      if (texts.size() >= MAX_LANGUAGES) {
        return messages.getMessage(code, null, defaultMessage, locale);
      }
      language = texts.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
    }
    Optional<String> text = language.get(code);
    if (text == null) {
      text = Optional.ofNullable(messages.getMessage(code, null, null, locale));
      if (language.size() < MAX_TEXTS) {
        language.put(code, text);
      }
    }
    return text.orElse(defaultMessage);
  }

  @Override
  public String getMessage(String code, Object[] args, Locale locale)
      throws NoSuchMessageException {
    return messages.getMessage(code, args, locale);
  }

  @Override
  public String getMessage(MessageSourceResolvable resolvable, Locale locale)
      throws NoSuchMessageException {
    return messages.getMessage(resolvable, locale);
  }
}
