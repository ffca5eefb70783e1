package vn.parindex.page;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.parindex.account.Accounts;
import vn.parindex.account.CurrentUser;
import vn.parindex.account.Navigation;

/**
 * Builds a page's frame: the signed-in user (read from the request's sign-in), what the navigation
 * offers them, the demo banner ({@link DemoBanner}; a page may set {@code demo} in its model
 * itself), the CSRF token and the notice a redirect left. Read here, once, when a page is rendered
 * (not by a controller advice before every handler: its reflective call and model factory cost ~4 %
 * of a page's CPU, bench/README.md), so a page rendered by an exception handler ("not found") shows
 * who is signed in too.
 */
@Component
class PageFrames {

  private final MessageSource texts;
  private final Accounts accounts;
  private final DemoBanner banner;
  private final long uploadLimit;

  PageFrames(
      MessageSource texts, Accounts accounts, DemoBanner banner, MultipartProperties uploads) {
    this.texts = texts;
    this.accounts = accounts;
    this.banner = banner;
    this.uploadLimit = uploads.getMaxRequestSize().toBytes();
  }

  Page frame(Locale locale, Boolean demo, CsrfToken csrf) {
    CurrentUser user = accounts.currentIfAny().orElse(null);
    Navigation nav = user == null ? null : Navigation.of(user.roles());
    return new Page(
        locale,
        texts,
        user,
        nav,
        demo == null ? banner.demo() : demo.booleanValue(),
        csrf,
        notice(locale),
        uploadLimit);
  }

  /** The confirmation a redirect after a posted form left for this page, in its language. */
  private String notice(Locale locale) {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
      return null;
    }
    Map<String, ?> flash = RequestContextUtils.getInputFlashMap(attrs.getRequest());
    Object key = flash == null ? null : flash.get(ActionNotices.NOTICE);
    return key == null ? null : texts.getMessage(key.toString(), null, null, locale);
  }

  /** A frame with texts only (the {@code <head>}). */
  Page texts(Locale locale) {
    return new Page(locale, texts, null, null, false, null, null, uploadLimit);
  }
}
