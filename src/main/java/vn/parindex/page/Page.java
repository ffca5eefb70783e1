package vn.parindex.page;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriUtils;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Navigation;

/**
 * What the frame of a page shows: its language and texts, the signed-in user (or null) and what the
 * navigation offers them, the demo banner, the CSRF token that htmx requests and the logout form
 * carry, the confirmation of the action that led here (or null; see {@link ActionNotices}), and the
 * largest upload the server takes (bytes), which the page's script checks before a file is sent.
 */
public record Page(
    Locale locale,
    MessageSource messages,
    CurrentUser user,
    Navigation nav,
    boolean demo,
    CsrfToken csrf,
    String notice,
    long uploadLimit) {

  private static final Navigation NOTHING = Navigation.of(Set.of());

  public Page {
    nav = nav == null ? NOTHING : nav;
  }

  /** The language code of the page ({@code <html lang>}). */
  public String lang() {
    return locale.getLanguage();
  }

  /** The text of a message key in the page's language (the key itself when it is missing). */
  public String t(String key) {
    return messages.getMessage(key, null, key, locale);
  }

  /** The text of a message key with its arguments. */
  public String t(String key, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }

  /** The header htmx sends with every request: the CSRF token, as JSON. */
  public String hxHeaders() {
    return csrf == null ? "{}" : "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}";
  }

  /** The upload limit in whole megabytes, as its message states it. */
  public long uploadLimitMegabytes() {
    return uploadLimit / (1024 * 1024);
  }

  /** The CSRF form field's name, for the forms that post. */
  public String csrfParameter() {
    return csrf == null ? "_csrf" : csrf.getParameterName();
  }

  /** The CSRF form field's value. */
  public String csrfToken() {
    return csrf == null ? "" : csrf.getToken();
  }

  /**
   * A value as a link's query parameter ("Xã Vĩnh Chấp" → "X%C3%A3%20V%C4%A9nh%20Ch%E1%BA%A5p").
   */
  public static String param(String value) {
    return UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
  }
}
