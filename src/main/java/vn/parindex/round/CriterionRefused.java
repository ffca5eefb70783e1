package vn.parindex.round;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * A criterion this person may not fill or appraise (403): assigned to another department, not
 * assigned yet, or the person has no department. Carries the Vietnamese reason, shown as is.
 */
public class CriterionRefused extends AccessDeniedException {

  private final String messageKey;
  private final List<Object> args;

  CriterionRefused(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = java.util.Arrays.asList(args);
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.toArray();
  }
}
