package vn.parindex.dossier;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of dossier records, as local times in Asia/Ho_Chi_Minh: the portal's yyyyMMddHHmmss,
 * and in a CSV or XLSX file also dd/MM/yyyy HH:mm[:ss] and dd/MM/yyyy (the start of that day) as
 * people type them, or a date cell of Excel (a serial day number). A date that does not exist
 * (31/02) is no date.
 */
final class DossierDates {

  private static final Pattern PORTAL = Pattern.compile("\\d{14}");
  private static final Pattern TYPED =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
  private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private DossierDates() {}

  /** The packed time (see {@link Stamps}); -1 when the text is no date; 0 when it is empty. */
  static long read(String text, boolean typedToo) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    long packed = parse(text, typedToo);
    // the years of real records: a year 0002 or 20240 is a typo, and packs into other digits
    return packed > 0 && (packed < 1900_00_00_000000L || packed > 2999_12_31_235959L) ? -1 : packed;
  }

  private static long parse(String text, boolean typedToo) {
    try {
      if (text.length() == 14 && PORTAL.matcher(text).matches()) {
        return portal(text);
      }
      if (!typedToo) {
        return -1;
      }
      Matcher typed = TYPED.matcher(text);
      if (typed.matches()) {
        return Stamps.pack(
            LocalDateTime.of(
                Integer.parseInt(typed.group(3)),
                Integer.parseInt(typed.group(2)),
                Integer.parseInt(typed.group(1)),
                typed.group(4) == null ? 0 : Integer.parseInt(typed.group(4)),
                typed.group(5) == null ? 0 : Integer.parseInt(typed.group(5)),
                typed.group(6) == null ? 0 : Integer.parseInt(typed.group(6))));
      }
      if (SERIAL.matcher(text).matches()) {
        return serial(new BigDecimal(text));
      }
    } catch (DateTimeException e) {
      return -1;
    }
    return -1;
  }

  private static long portal(String t) {
    LocalDateTime time =
        LocalDateTime.of(
            Integer.parseInt(t, 0, 4, 10),
            Integer.parseInt(t, 4, 6, 10),
            Integer.parseInt(t, 6, 8, 10),
            Integer.parseInt(t, 8, 10, 10),
            Integer.parseInt(t, 10, 12, 10),
            Integer.parseInt(t, 12, 14, 10));
    return Stamps.pack(time);
  }

  /** Excel's day number with the time as its fraction, to the nearest second. */
  private static long serial(BigDecimal days) {
    long seconds =
        days.multiply(BigDecimal.valueOf(86_400))
            .setScale(0, java.math.RoundingMode.HALF_UP)
            .longValueExact();
    return Stamps.pack(EXCEL_EPOCH.atStartOfDay().plusSeconds(seconds));
  }
}
