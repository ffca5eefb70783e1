package vn.parindex.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;

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
