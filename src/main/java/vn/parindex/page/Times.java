package vn.parindex.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one way pages show dates and times: "dd/MM/yyyy" and "dd/MM/yyyy HH:mm", in Vietnam's time
 * (Asia/Ho_Chi_Minh) whatever the server's zone.
 */
public final class Times {

  /** Where our readers are. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private Times() {}

  /**
   * A stored moment as Vietnam reads it. Stored times are the server's wall clock (the Clock bean's
   * moment in {@code ZoneId.systemDefault()} where they are written), so they are read in the
   * server's zone.
   */
  public static String dateTime(LocalDateTime stored) {
    return stored == null ? "" : dateTime(stored.atZone(ZoneId.systemDefault()).toInstant());
  }

  public static String dateTime(Instant at) {
    return at == null ? "" : MINUTE.format(at.atZone(ZONE));
  }

  public static String date(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  /** A day written as ISO text (how the audit trail stores dates), else the text as it is. */
  public static String date(String isoDay) {
    if (isoDay == null) {
      return "";
    }
    try {
      return date(LocalDate.parse(isoDay));
    } catch (java.time.format.DateTimeParseException notADay) {
      return isoDay;
    }
  }
}
