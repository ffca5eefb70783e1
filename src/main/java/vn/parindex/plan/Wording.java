package vn.parindex.plan;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import vn.parindex.input.Text;

/**
 * The wording of the official document, from the plan bundle in Vietnamese whatever the reader's
 * language: a Kế hoạch is issued in Vietnamese. Plain Java so the exports run without Spring.
 */
public final class Wording {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("i18n/plan", Locale.forLanguageTag("vi"));

  private Wording() {}

  /** The text for a key, arguments inserted as plain strings (no number formatting), in NFC. */
  public static String get(String key, Object... args) {
    String pattern = BUNDLE.getString(key);
    if (args.length == 0) {
      return Text.clean(pattern);
    }
    Object[] strings = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = String.valueOf(args[i]);
    }
    MessageFormat format =
        (MessageFormat)
            FORMATS.computeIfAbsent(key, k -> new MessageFormat(pattern, Locale.ROOT)).clone();
    return Text.clean(format.format(strings));
  }

  // Each pattern parsed once (a publication drafts a plan per unit, some 30 texts each); a
  // MessageFormat is not safe to share between threads, so each use formats with its own clone.
  private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

  /** key.1, key.2 … until one is missing. */
  public static List<String> list(String key, Object... args) {
    List<String> texts = new ArrayList<>();
    for (int i = 1; BUNDLE.containsKey(key + "." + i); i++) {
      texts.add(get(key + "." + i, args));
    }
    return texts;
  }
}
