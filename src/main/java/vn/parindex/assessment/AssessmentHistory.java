package vn.parindex.assessment;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.AuditLog;
import vn.parindex.input.Messages;

/** An assessment's audit trail as its page shows it, field names in the reader's language. */
@Component
class AssessmentHistory {

  /** One change as a row: when, who, which field, old → new. */
  record Row(LocalDateTime at, String username, String field, String oldValue, String newValue) {}

  private final AuditLog audit;
  private final Messages messages;

  AssessmentHistory(AuditLog audit, Messages messages) {
    this.audit = audit;
    this.messages = messages;
  }

  List<Row> of(long assessmentId) {
    return audit.history(Assessments.AUDIT_TYPE, assessmentId).stream()
        .map(c -> new Row(c.at(), c.username(), label(c.field()), c.oldValue(), c.newValue()))
        .toList();
  }

  private String label(String field) {
    int at = field.lastIndexOf(EntryChanges.SEPARATOR);
    if (at < 0) {
      return messages.get("assessment.audit." + field);
    }
    String key = field.substring(at + EntryChanges.SEPARATOR.length());
    return messages.get(
        "assessment.audit.entry", field.substring(0, at), messages.get("assessment.audit." + key));
  }
}
