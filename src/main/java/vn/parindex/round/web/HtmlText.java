package vn.parindex.round.web;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;

/**
 * A text the page repeats (a stage's heading on each of 80 leaves, "1,00 điểm"), escaped and
 * encoded once a page and then copied into the page as bytes, not escaped and encoded again each
 * time. Written in an element's body by the page's own output; anywhere else (an attribute) as the
 * text, escaped there as any text is.
 */
final class HtmlText implements Content {

  private final String text;
  private final byte[] html;

  private HtmlText(String text, byte[] html) {
    this.text = text;
    this.html = html;
  }

  static HtmlText of(String text) {
    StringOutput escaped = new StringOutput(text.length() + 16);
    Escape.htmlContent(text, escaped);
    return new HtmlText(text, escaped.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An element the page repeats, as {@code open} + the attribute value {@code link} + {@code
   * between} + the body {@code text} + {@code close}: the two texts escaped for where they stand,
   * the rest as written. Anywhere but in an element's body it writes its text alone.
   */
  static HtmlText element(String open, String link, String between, String text, String close) {
    StringOutput html = new StringOutput(open.length() + link.length() + text.length() + 64);
    html.writeContent(open);
    Escape.htmlAttribute(link, html);
    html.writeContent(between);
    Escape.htmlContent(text, html);
    html.writeContent(close);
    return new HtmlText(text, html.toString().getBytes(StandardCharsets.UTF_8));
  }

  String text() {
    return text;
  }

  @Override
  public void writeTo(TemplateOutput out) {
    // the page's output hands itself to a text in an element's body, where it escapes as here
    if (out instanceof OwaspHtmlTemplateOutput) {
      out.writeBinaryContent(html);
    } else {
      out.writeUserContent(text);
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
