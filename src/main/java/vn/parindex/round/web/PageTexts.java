package vn.parindex.round.web;

import java.text.MessageFormat;
import java.util.HashMap;
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
  private final Map<String, MessageFormat> formats = new HashMap<>();

  PageTexts(Page page) {
    this.page = page;
  }

  String t(String key) {
    return plain.computeIfAbsent(key, page::t);
  }

  /** As {@link Page#t(String, Object...)}: the message's pattern with its arguments. */
  String t(String key, Object... args) {
    return formats
        .computeIfAbsent(key, k -> new MessageFormat(page.t(k), page.locale()))
        .format(args);
  }
}
