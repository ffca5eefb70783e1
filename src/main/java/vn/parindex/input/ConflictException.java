package vn.parindex.input;

import java.util.List;

/**
 * A write that would duplicate or overwrite what is already stored: a table re-uploaded without
 * asking to replace it, a save from a version someone else has changed since. Maps to HTTP 409 with
 * a link to what exists and, for a stale save, the fields the other person changed.
 */
public class ConflictException extends RuntimeException {

  private final String messageKey;
  private final List<Object> args;
  private final String existing;
  private final List<String> changedFields;

  public ConflictException(
      String existing, List<String> changedFields, String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = List.of(args);
    this.existing = existing;
    this.changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> args() {
    return args;
  }

  /** The path of what already exists (the current version), or null. */
  public String existing() {
    return existing;
  }

  /** What the other person changed, as a reader names it; empty when not known. */
  public List<String> changedFields() {
    return changedFields;
  }
}
