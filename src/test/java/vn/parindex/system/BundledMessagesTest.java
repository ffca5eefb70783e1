package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

class BundledMessagesTest {

  private final BundledMessages messages = new BundledMessages();

  {
    messages.setBasenames("messages", "i18n/dashboard");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
  }

  @Test
  void aTextIsTheSameAskedOnceOrAgainInEachLanguage() {
    Locale vi = Locale.forLanguageTag("vi");
    String first = messages.getMessage("dashboard.province.fresh", null, vi);

    assertThat(messages.getMessage("dashboard.province.fresh", null, vi))
        .isEqualTo(first)
        .startsWith("Xếp hạng");
    assertThat(messages.getMessage("dashboard.province.fresh", null, Locale.ENGLISH))
        .startsWith("Rankings");
    assertThat(messages.getMessage("dashboard.province.year", new Object[] {2024}, vi))
        .contains("2024");
  }

  /**
   * Every text of every bundle, in both languages, given numbers for all its arguments, reads as
   * Spring's own message source writes it (numbers written from the format made once per language
   * where the pattern's arguments are all plain, by {@link java.text.MessageFormat} elsewhere).
   */
  @Test
  void everyTextWithNumbersReadsAsSpringWritesIt() throws Exception {
    Properties app = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
      app.load(in);
    }
    String[] basenames = app.getProperty("spring.messages.basename").split(",");
    BundledMessages bundled = new BundledMessages();
    ResourceBundleMessageSource plain = new ResourceBundleMessageSource();
    for (ResourceBundleMessageSource m : List.of(bundled, plain)) {
      m.setBasenames(basenames);
      m.setDefaultEncoding("UTF-8");
      m.setFallbackToSystemLocale(false);
    }
    int compared = 0;
    for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
      for (String basename : basenames) {
        ResourceBundle bundle =
            ResourceBundle.getBundle(
                basename,
                locale,
                ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : bundle.keySet()) {
          Object[] args = {1234567, new BigDecimal("1234.5678"), -5L, 0, 2, 3, 4, 5, 1, 12};
          for (int twice = 0; twice < 2; twice++) {
            assertThat(bundled.getMessage(key, args, locale))
                .as(key)
                .isEqualTo(plain.getMessage(key, args, locale));
          }
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(1000);
    assertThat(
            bundled.getMessage(
                "round.page.untouched.notice", new Object[] {12345, 2}, Locale.ENGLISH))
        .contains("12,345");
  }

  @Test
  void anUnknownCodeStaysUnknownWhenAskedAgain() {
    for (int i = 0; i < 2; i++) {
      Assertions.assertThatThrownBy(
              () -> messages.getMessage("no.such.text", null, Locale.forLanguageTag("vi")))
          .isInstanceOf(NoSuchMessageException.class);
    }
    assertThat(messages.getMessage("no.such.text", null, "mặc định", Locale.ENGLISH))
        .isEqualTo("mặc định");
  }
}
