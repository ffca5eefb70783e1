package vn.parindex.round.document;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.parindex.input.DecimalText;
import vn.parindex.input.Text;

/**
 * The wording of the round's official documents, from the round bundle in Vietnamese whatever the
 * reader's language (they are issued in Vietnamese); figures with a decimal comma, days dd/MM/yyyy.
 */
final class DocWords {

  static final Locale VI = Locale.forLanguageTag("vi");
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n/round", VI);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private DocWords() {}

  /**
   * The text of {@code round.doc.<key>} in NFC, arguments inserted as plain strings and as they
   * are: the blanks left for a number or a day to be written by hand are kept.
   */
  static String get(String key, Object... args) {
    String pattern = Text.clean(BUNDLE.getString("round.doc." + key));
    Object[] strings = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(pattern, Locale.ROOT).format(strings);
  }

  /** key.1, key.2 … until one is missing. */
  static List<String> list(String key, Object... args) {
    List<String> texts = new ArrayList<>();
    for (int i = 1; BUNDLE.containsKey("round.doc." + key + "." + i); i++) {
      texts.add(get(key + "." + i, args));
    }
    return texts;
  }

  /** Points as published: 2 decimals with a comma ("18,61"); empty for none. */
  static String points(BigDecimal value) {
    return DecimalText.points(value, VI);
  }

  static String day(LocalDate day) {
    return day == null ? "" : day.format(DAY);
  }

  /** The change of rank against last year: "tăng 3 bậc", "giảm 1 bậc", "giữ nguyên", "—". */
  static String change(Integer previous, int rank) {
    if (previous == null) {
      return get("change.none");
    }
    int gained = previous - rank;
    return gained > 0
        ? get("change.up", gained)
        : gained < 0 ? get("change.down", -gained) : get("change.same");
  }
}
