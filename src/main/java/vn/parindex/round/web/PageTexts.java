package vn.parindex.round.web;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.parindex.page.Page;

/**
 * The texts of one rendering of a page, each resolved once however many rows ask for it: a unit's
 * page shows 80 leaves, each with a dozen texts, most with arguments, and every {@link
 * Page#t(String, Object...)} walks the feature bundles and compiles its pattern again. Per
 * rendering (one thread, not shared), so it needs no locking; the same pattern and formatting as
 * {@link Page#t}.
 */
final class PageTexts {

  private final Page page;
  private final Map<String, String> plain = new HashMap<>();
  private final Map<String, Pattern> patterns = new HashMap<>();

  PageTexts(Page page) {
    this.page = page;
  }

  String t(String key) {
    return plain.computeIfAbsent(key, page::t);
  }

  /** As {@link Page#t(String, Object...)}: the message's pattern with its arguments. */
  String t(String key, Object... args) {
    return patterns.computeIfAbsent(key, k -> Pattern.of(page.t(k), page.locale())).format(args);
  }

  /**
   * A message's pattern. Most of a page's (a leaf's title, its points, a document) are only {@code
   * {0}}-style places filled with text, which {@link MessageFormat} writes as they are: those are
   * filled by joining the pieces, without a formatter per text; any other pattern, or an argument
   * that is not text (a number MessageFormat writes the locale's way), goes through one
   * MessageFormat as before.
   */
  static final class Pattern {

    private final String source;
    private final Locale locale;
    private final String[] pieces;
    private final int[] places;
    private MessageFormat format;

    private Pattern(String source, Locale locale, String[] pieces, int[] places) {
      this.source = source;
      this.locale = locale;
      this.pieces = pieces;
      this.places = places;
    }

    static Pattern of(String source, Locale locale) {
      if (source.indexOf('\'') >= 0) {
        return new Pattern(source, locale, null, null);
      }
      List<String> pieces = new ArrayList<>();
      List<Integer> places = new ArrayList<>();
      int from = 0;
      for (int open = source.indexOf('{'); open >= 0; open = source.indexOf('{', from)) {
        int close = source.indexOf('}', open);
        String place = close < 0 ? "" : source.substring(open + 1, close);
        if (!place.matches("\\d{1,2}")) {
          return new Pattern(source, locale, null, null); // {0,number}, {1,date}…
        }
        pieces.add(source.substring(from, open));
        places.add(Integer.parseInt(place));
        from = close + 1;
      }
      if (source.indexOf('}', from) >= 0) {
        return new Pattern(source, locale, null, null);
      }
      pieces.add(source.substring(from));
      return new Pattern(
          source,
          locale,
          pieces.toArray(String[]::new),
          places.stream().mapToInt(Integer::intValue).toArray());
    }

    String format(Object... args) {
      if (pieces == null || !allText(args)) {
        if (format == null) {
          format = new MessageFormat(source, locale);
        }
        return format.format(args);
      }
      StringBuilder text = new StringBuilder(source.length() + 32);
      for (int i = 0; i < places.length; i++) {
        text.append(pieces[i]);
        int n = places[i];
        // MessageFormat leaves a place without its argument as written: {3}
        text.append(n < args.length ? (String) args[n] : "{" + n + "}");
      }
      return text.append(pieces[places.length]).toString();
    }

    private boolean allText(Object[] args) {
      for (int n : places) {
        if (n < args.length && !(args[n] instanceof String)) {
          return false;
        }
      }
      return true;
    }
  }
}
