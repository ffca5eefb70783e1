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
 * Builds a page's frame from what the controller advice put in its model ({@code currentUser},
 * {@code nav}, {@code demo}; a page may set {@code demo} itself). A page rendered by an exception
 * handler gets none of the advice, so the signed-in user and the banner are then read from the
 * request's sign-in and from {@link DemoBanner}: a "not found" page still shows who is signed in.
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

  Page frame(Locale locale, CurrentUser user, Navigation nav, Boolean demo, CsrfToken csrf) {
    if (user == null) {
      user = accounts.currentIfAny().orElse(null);
      nav = user == null ? nav : Navigation.of(user.roles());
    }
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
