package vn.parindex.round.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.Content;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A page's texts filled without a formatter write exactly what MessageFormat writes, and written
 * straight into the page (piece by piece, or as bytes escaped once) exactly what the page writes
 * for the same text.
 */
class PageTextsTest {

  static final Locale VI = Locale.forLanguageTag("vi");

  static final String[] PATTERNS = {
    "Tiêu chí {0}. {1}",
    "{0} điểm",
    "{0} {1} ({2})",
    "Kết thúc thẩm định lần {0}",
    "no place",
    "{1} before {0}, twice {1}",
    "a quoted '{0}' place",
    "It''s {0}",
    "{0,number} units",
    "Đợt đánh giá năm {0,number,#} – {1}",
    "{0,number,#}{1,number,#}",
    "{0} and a missing {3}",
    "{0} and a missing {3,number,#}",
    "<b>{0}</b> & \"{1}\"",
    "",
  };

  static final Object[][] ARGUMENTS = {
    {"1.2", "Tiêu chí về cải cách"},
    {"1,00"},
    {"1/KH-UBND", "Kế hoạch", "15/01/2031"},
    {2},
    {1234567},
    {2045, "Tỉnh <Đo> & \"Thử\""},
    {2045L, 0},
    {-2045, "x"},
    {Integer.MAX_VALUE, Long.MAX_VALUE},
    {(short) 7, "x"},
    {2.5, "x"},
    {"a", "b"},
    {"x", null},
    {"<script>", "a & b"},
    {},
  };

  @Test
  void writesWhatMessageFormatWrites() {
    for (Locale locale : new Locale[] {VI, Locale.ENGLISH}) {
      for (String pattern : PATTERNS) {
        for (Object[] args : ARGUMENTS) {
          assertThat(written(() -> TextPattern.of(pattern, locale).format(args)))
              .as("%s with %s in %s", pattern, java.util.Arrays.toString(args), locale)
              .isEqualTo(written(() -> new MessageFormat(pattern, locale).format(args)));
        }
      }
    }
  }

  @Test
  void writtenPieceByPieceIntoThePageItIsTheTextAsThePageWritesIt() {
    for (String pattern : PATTERNS) {
      for (Object[] args : ARGUMENTS) {
        String text = written(() -> TextPattern.of(pattern, VI).format(args));
        if (text.startsWith("java.lang.")) {
          continue; // a pattern that does not take these arguments is refused either way
        }
        Content pieces = out -> TextPattern.of(pattern, VI).writeTo(out, args);
        assertThat(inBody(pieces)).as("%s in a body", pattern).isEqualTo(inBody(text));
        assertThat(inAttribute(pieces))
            .as("%s in an attribute", pattern)
            .isEqualTo(inAttribute(text));
      }
    }
  }

  @Test
  void aTextEscapedOnceIsWrittenAsThePageWritesIt() {
    for (String text :
        new String[] {"Tự đánh giá", "<b>a & b</b>", "\"quoted\" 'single'", "", "😀 ký tự"}) {
      HtmlText once = HtmlText.of(text);
      assertThat(inBody(once)).isEqualTo(inBody(text));
      assertThat(inAttribute(once)).isEqualTo(inAttribute(text));
    }
  }

  @Test
  void aNumberIsWrittenTheLocalesWay() {
    assertThat(TextPattern.of("{0} điểm", VI).format(1234567)).isEqualTo("1.234.567 điểm");
  }

  /** What the page's output writes for the value in a paragraph. */
  private static String inBody(Object value) {
    StringOutput page = new StringOutput();
    OwaspHtmlTemplateOutput html = new OwaspHtmlTemplateOutput(page);
    html.setContext("p", null);
    if (value instanceof Content c) {
      html.writeUserContent(c);
    } else {
      html.writeUserContent((String) value);
    }
    return page.toString();
  }

  /** What the page's output writes for the value in a title attribute. */
  private static String inAttribute(Object value) {
    StringOutput page = new StringOutput();
    OwaspHtmlTemplateOutput html = new OwaspHtmlTemplateOutput(page);
    html.setContext("p", "title");
    if (value instanceof Content c) {
      html.writeUserContent(c);
    } else {
      html.writeUserContent((String) value);
    }
    return page.toString();
  }

  /** The text, or the refusal's class when the pattern does not take the arguments. */
  private static String written(java.util.function.Supplier<String> format) {
    try {
      return format.get();
    } catch (IllegalArgumentException e) {
      return e.getClass().getName();
    }
  }
}
