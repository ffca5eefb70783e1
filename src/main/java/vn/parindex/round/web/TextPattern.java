package vn.parindex.round.web;

import gg.jte.TemplateOutput;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message's pattern. Most of a page's (a leaf's title, its points, a document) are only {@code
 * {0}}-style places filled with text, which {@link MessageFormat} writes as they are, or a year in
 * {@code {0,number,#}}, which it writes as its digits: those are filled by joining the pieces,
 * without a formatter per text; any other pattern, or another argument (a number MessageFormat
 * writes the locale's way), goes through one MessageFormat as before.
 */
final class TextPattern {

  private static final String WHOLE = ",number,#";

  private final String source;
  private final Locale locale;
  private final HtmlText[] pieces;
  private final int[] places;
  private final boolean[] whole;
  private MessageFormat format;

  private TextPattern(
      String source, Locale locale, HtmlText[] pieces, int[] places, boolean[] whole) {
    this.source = source;
    this.locale = locale;
    this.pieces = pieces;
    this.places = places;
    this.whole = whole;
  }

  static TextPattern of(String source, Locale locale) {
    TextPattern formatted = new TextPattern(source, locale, null, null, null);
    if (source.indexOf('\'') >= 0) {
      return formatted;
    }
    List<HtmlText> pieces = new ArrayList<>();
    List<Integer> places = new ArrayList<>();
    List<Boolean> whole = new ArrayList<>();
    int from = 0;
    for (int open = source.indexOf('{'); open >= 0; open = source.indexOf('{', from)) {
      int close = source.indexOf('}', open);
      String place = close < 0 ? "" : source.substring(open + 1, close);
      boolean number = place.endsWith(WHOLE);
      String n = number ? place.substring(0, place.length() - WHOLE.length()) : place;
      if (!place(n)) {
        return formatted; // {0,number}, {1,date}…
      }
      pieces.add(HtmlText.of(source.substring(from, open)));
      places.add(Integer.parseInt(n));
      whole.add(number);
      from = close + 1;
    }
    if (source.indexOf('}', from) >= 0) {
      return formatted;
    }
    pieces.add(HtmlText.of(source.substring(from)));
    boolean[] wholes = new boolean[whole.size()];
    for (int i = 0; i < wholes.length; i++) {
      wholes[i] = whole.get(i);
    }
    return new TextPattern(
        source,
        locale,
        pieces.toArray(HtmlText[]::new),
        places.stream().mapToInt(Integer::intValue).toArray(),
        wholes);
  }

  /** A place's number: one or two digits (checked without a regular expression a pattern). */
  private static boolean place(String n) {
    if (n.isEmpty() || n.length() > 2) {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  String format(Object... args) {
    if (pieces == null || !simple(args)) {
      if (format == null) {
        format = new MessageFormat(source, locale);
      }
      return format.format(args);
    }
    StringBuilder text = new StringBuilder(source.length() + 32);
    for (int i = 0; i < places.length; i++) {
      text.append(pieces[i].text()).append(argument(i, args));
    }
    return text.append(pieces[places.length].text()).toString();
  }

  /** What {@link #format} writes, piece by piece, each escaped as the page escapes text. */
  void writeTo(TemplateOutput out, Object[] args) {
    if (pieces == null || !simple(args)) {
      out.writeUserContent(format(args));
      return;
    }
    for (int i = 0; i < places.length; i++) {
      pieces[i].writeTo(out);
      String argument = argument(i, args);
      if (!argument.isEmpty()) {
        out.writeUserContent(argument);
      }
    }
    pieces[places.length].writeTo(out);
  }

  private String argument(int i, Object[] args) {
    int n = places[i];
    if (n >= args.length) {
      return "{" + n + "}"; // MessageFormat leaves a place without its argument as written
    }
    return whole[i] ? Long.toString(((Number) args[n]).longValue()) : (String) args[n];
  }

  /** Text for a text place, a whole number not below 0 for {@code {n,number,#}}. */
  private boolean simple(Object[] args) {
    for (int i = 0; i < places.length; i++) {
      int n = places[i];
      if (n >= args.length) {
        continue;
      }
      Object arg = args[n];
      boolean ok =
          whole[i]
              ? (arg instanceof Integer || arg instanceof Long) && ((Number) arg).longValue() >= 0
              : arg instanceof String;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
