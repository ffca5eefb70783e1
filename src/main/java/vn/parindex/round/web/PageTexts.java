package vn.parindex.round.web;

import gg.jte.Content;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import vn.parindex.input.DecimalText;
import vn.parindex.page.Page;
import vn.parindex.page.Times;
import vn.parindex.round.RoundSheets;

/**
 * The texts of one rendering of a page, each resolved once however many rows ask for it: a unit's
 * page shows 80 leaves, each with a dozen texts, most with arguments, and every {@link
 * Page#t(String, Object...)} walks the feature bundles and compiles its pattern again. The texts
 * the leaves repeat (headings, points, documents) are formatted, escaped and encoded once a page
 * ({@link HtmlText}); a text each leaf has its own of is written piece by piece, without a string
 * of its own. Per rendering (one thread, not shared), so it needs no locking; the same patterns and
 * formatting as {@link Page#t}.
 */
final class PageTexts {

  private final Page page;
  private final Map<String, String> plain = new HashMap<>();
  private final Map<String, HtmlText> html = new HashMap<>();
  private final Map<String, TextPattern> patterns = new HashMap<>();
  private final Map<String, Map<String, HtmlText>> named = new HashMap<>();
  private final Map<String, Map<BigDecimal, HtmlText>> points = new HashMap<>();
  private final Map<BigDecimal, String> percents = new HashMap<>();
  private final Map<RoundSheets.Document, HtmlText> documents = new HashMap<>();

  PageTexts(Page page) {
    this.page = page;
  }

  String t(String key) {
    String text = plain.get(key);
    if (text == null) {
      text = page.t(key);
      plain.put(key, text);
    }
    return text;
  }

  /** As {@link Page#t(String, Object...)}: the message's pattern with its arguments. */
  String t(String key, Object... args) {
    return pattern(key).format(args);
  }

  /** The text of the key as {@link #t(String)}, for an element's body that each leaf repeats. */
  HtmlText h(String key) {
    HtmlText text = html.get(key);
    if (text == null) {
      text = HtmlText.of(t(key));
      html.put(key, text);
    }
    return text;
  }

  /**
   * As {@link #t(String, Object...)}, written where the page puts it piece by piece, each escaped
   * as the page escapes any text: for a text each leaf has its own of (its title), so no string is
   * built for it.
   */
  Content c(String key, String... args) {
    TextPattern pattern = pattern(key);
    return out -> pattern.writeTo(out, args);
  }

  /** The text of the key {@code prefix + name} (a kind of leaf). */
  HtmlText named(String prefix, String name) {
    Map<String, HtmlText> texts = named.computeIfAbsent(prefix, p -> new HashMap<>());
    HtmlText text = texts.get(name);
    if (text == null) {
      text = HtmlText.of(page.t(prefix + name));
      texts.put(name, text);
    }
    return text;
  }

  /** A text whose one argument is points as published ({@link DecimalText#points}). */
  HtmlText points(String key, BigDecimal value) {
    Map<BigDecimal, HtmlText> texts = points.computeIfAbsent(key, k -> new HashMap<>());
    HtmlText text = texts.get(value);
    if (text == null) {
      text = HtmlText.of(t(key, DecimalText.points(value, page.locale())));
      texts.put(value, text);
    }
    return text;
  }

  /** A rate or a figure in percent ({@link DecimalText#percent}); empty for null. */
  String percent(BigDecimal value) {
    if (value == null) {
      return "";
    }
    String text = percents.get(value);
    if (text == null) {
      text = DecimalText.percent(value, page.locale());
      percents.put(value, text);
    }
    return text;
  }

  /**
   * A document as a leaf lists it, whole: its link to where its file opens (the unit's evidence
   * route, which shows a PDF or an image in the browser and downloads any other type, not the
   * API's, which always downloads; {@code base} is the unit's page) around its number, title and
   * date. A unit's documents are cited by many leaves: each is escaped and encoded once a page.
   */
  HtmlText document(String base, RoundSheets.Document d) {
    HtmlText item = documents.get(d);
    if (item == null) {
      String text =
          t(
              "round.page.document",
              d.number() == null ? "" : d.number(),
              d.title() == null ? "" : d.title(),
              Times.date(d.date()));
      item =
          HtmlText.element(
              "<li><a href=\"",
              base + "/evidence/" + d.id() + "/file",
              "\" target=\"_blank\" rel=\"noopener\">",
              text,
              "</a></li>");
      documents.put(d, item);
    }
    return item;
  }

  private TextPattern pattern(String key) {
    TextPattern pattern = patterns.get(key);
    if (pattern == null) {
      pattern = TextPattern.of(page.t(key), page.locale());
      patterns.put(key, pattern);
    }
    return pattern;
  }
}
