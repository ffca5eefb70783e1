package vn.parindex.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The small page of a 503 written before any of the app's pages can be (starting, busy): its title
 * and text in the reader's language, a {@code Retry-After}, and, when asked, a reload after that
 * many seconds.
 */
final class UnavailablePage {

  private UnavailablePage() {}

  static void write(
      HttpServletResponse response,
      MessageSource messages,
      Locale locale,
      String key,
      long retryAfterSeconds,
      boolean reload)
      throws IOException {
    String title = HtmlUtils.htmlEscape(messages.getMessage(key + ".title", null, locale), "UTF-8");
    String text = HtmlUtils.htmlEscape(messages.getMessage(key + ".wait", null, locale), "UTF-8");
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
    response.setContentType("text/html;charset=UTF-8");
    response
        .getOutputStream()
        .write(
            ("<!DOCTYPE html><html lang=\""
                    + locale.getLanguage()
                    + "\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\""
                    + " content=\"width=device-width, initial-scale=1\">"
                    + (reload
                        ? "<meta http-equiv=\"refresh\" content=\"" + retryAfterSeconds + "\">"
                        : "")
                    + "<title>"
                    + title
                    + "</title></head><body><h1>"
                    + title
                    + "</h1><p>"
                    + text
                    + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
  }
}
