package vn.parindex.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Vietnamese subject lines and texts of the reminders (the job has no request locale). */
@Component
class ReminderTexts {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MessageSource messages;
  private final String baseUrl;

  ReminderTexts(
      MessageSource messages, @Value("${parindex.base-url:http://localhost:8080}") String baseUrl) {
    this.messages = messages;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** "Xem chi tiết: https://…/tasks/12" under a mail's text. */
  String link(String path) {
    return get("reminder.mail.link", baseUrl + path);
  }

  String get(String key, Object... args) {
    return messages.getMessage(key, args, key, VIETNAMESE);
  }

  static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
