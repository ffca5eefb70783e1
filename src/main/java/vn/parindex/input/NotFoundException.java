package vn.parindex.input;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A thing asked for by id or code that does not exist (or is outside the caller's scope): 404 on
 * every page, also where no handler of the feature turns it into a page of its own.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

  private final String messageKey;
  private final List<Object> args;

  public NotFoundException(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = List.of(args);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> args() {
    return args;
  }
}
