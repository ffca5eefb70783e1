package vn.parindex.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The user name typed at a refused sign-in, kept in the session for the login page to fill in again
 * (only the password is typed twice).
 */
public final class LoginName {

  private static final String ATTRIBUTE = LoginName.class.getName();

  private LoginName() {}

  /** Keeps the name of the sign-in form just refused. */
  public static void remember(HttpServletRequest request) {
    String name = request.getParameter("username");
    if (name != null && !name.isBlank() && name.length() <= 100) {
      request.getSession().setAttribute(ATTRIBUTE, name.strip());
    }
  }

  /** The name kept, once; null when none. */
  static String take(HttpSession session) {
    if (session == null) {
      return null;
    }
    Object name = session.getAttribute(ATTRIBUTE);
    session.removeAttribute(ATTRIBUTE);
    return name instanceof String s ? s : null;
  }
}
