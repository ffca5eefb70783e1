package vn.parindex.round.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A page's texts filled without a formatter write exactly what MessageFormat writes. */
class PageTextsTest {

  static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  void writesWhatMessageFormatWrites() {
    String[] patterns = {
      "Tiêu chí {0}. {1}",
      "{0} điểm",
      "{0} {1} ({2})",
      "Kết thúc thẩm định lần {0}",
      "no place",
      "{1} before {0}, twice {1}",
      "a quoted '{0}' place",
      "It''s {0}",
      "{0,number} units",
      "{0} and a missing {3}",
      "",
    };
    Object[][] arguments = {
      {"1.2", "Tiêu chí về cải cách"},
      {"1,00"},
      {"1/KH-UBND", "Kế hoạch", "15/01/2031"},
      {2},
      {1234567},
      {"a", "b"},
      {"x", null},
      {},
    };
    for (String pattern : patterns) {
      for (Object[] args : arguments) {
        assertThat(written(() -> PageTexts.Pattern.of(pattern, VI).format(args)))
            .as("%s with %s", pattern, java.util.Arrays.toString(args))
            .isEqualTo(written(() -> new MessageFormat(pattern, VI).format(args)));
      }
    }
  }

  /** The text, or the refusal's class when the pattern does not take the arguments. */
  private static String written(java.util.function.Supplier<String> format) {
    try {
      return format.get();
    } catch (IllegalArgumentException e) {
      return e.getClass().getName();
    }
  }

  @Test
  void aNumberIsWrittenTheLocalesWay() {
    assertThat(PageTexts.Pattern.of("{0} điểm", VI).format(1234567)).isEqualTo("1.234.567 điểm");
  }
}
