package vn.parindex.system;

import java.util.Map;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;
import vn.parindex.input.Messages;
import vn.parindex.input.OverLimit;

/**
 * The last answer to an error no handler took (the API's JSON and the error page alike): the status
 * with a Vietnamese title and detail, never the exception's class or message, which name internal
 * things (a column, a Java type, an array length).
 */
@Component
class ProblemErrorAttributes extends DefaultErrorAttributes {

  private final Messages messages;
  private final long limitMegabytes;

  ProblemErrorAttributes(Messages messages, MultipartProperties uploads) {
    this.messages = messages;
    this.limitMegabytes = uploads.getMaxRequestSize().toMegabytes();
  }

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes =
        super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
    attributes.remove("message");
    attributes.remove("exception");
    attributes.remove("trace");
    attributes.remove("errors");
    int status = attributes.get("status") instanceof Integer s ? s : 500;
    String kind = status >= 500 ? "server" : status == 404 ? "notfound" : "client";
    attributes.put("type", "https://parindex.vn/problems/" + kind);
    attributes.put("title", messages.get("problem." + kind + ".title"));
    attributes.put("error", attributes.get("title"));
    attributes.put("detail", messages.get("problem." + kind + ".detail"));
    if (request.getAttribute(OverLimit.ATTRIBUTE, WebRequest.SCOPE_REQUEST) != null) {
      attributes.put("type", "https://parindex.vn/problems/too-large");
      attributes.put("title", messages.get("problem.toolarge.title"));
      attributes.put("error", attributes.get("title"));
      attributes.put("detail", messages.get("input.file.too.large", limitMegabytes));
      attributes.put("field", "file");
    }
    return attributes;
  }
}
