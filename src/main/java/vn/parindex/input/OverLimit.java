package vn.parindex.input;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;

/** Whether the servlet container refused a request's parts for their size. */
public final class OverLimit {

  /** The request attribute marking a request whose parts were refused for their size. */
  public static final String ATTRIBUTE = OverLimit.class.getName();

  private OverLimit() {}

  /** The container's size refusal, recognised by its message as Spring recognises it. */
  public static boolean cause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains("exceed") && (message.contains("size") || message.contains("length"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the request carries parts (files) at all. */
  public static boolean multipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  /**
   * Whether this multipart request's parts are over the limit (the container keeps its refusal, so
   * asking again reads nothing more); false for any other request.
   */
  public static boolean parts(HttpServletRequest request) {
    if (!multipart(request)) {
      return false;
    }
    try {
      request.getParts();
      return false;
    } catch (IllegalStateException e) {
      return cause(e);
    } catch (IOException | ServletException e) {
      return cause(e);
    }
  }
}
