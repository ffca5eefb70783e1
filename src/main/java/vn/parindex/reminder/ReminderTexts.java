package vn.parindex.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Vietnamese subject lines and texts of the reminders (the job has no request locale). */
@Component
class ReminderTexts {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MessageSource messages;

  ReminderTexts(MessageSource messages) {
    this.messages = messages;
  }

  String get(String key, Object... args) {
    return messages.getMessage(key, args, key, VIETNAMESE);
  }

  static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
