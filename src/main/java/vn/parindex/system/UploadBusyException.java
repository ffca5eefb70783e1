package vn.parindex.system;

import org.springframework.http.HttpStatus;

/** An upload refused because too many are being parsed at once; nothing was read or stored. */
class UploadBusyException extends RuntimeException {

  private final HttpStatus status;
  private final String messageKey;
  private final int bound;
  private final long retryAfterSeconds;

  UploadBusyException(HttpStatus status, String messageKey, int bound, long retryAfterSeconds) {
    super(messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.bound = bound;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  HttpStatus status() {
    return status;
  }

  String messageKey() {
    return messageKey;
  }

  int bound() {
    return bound;
  }

  long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
