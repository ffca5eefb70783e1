package vn.parindex.assessment;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.AuditLog;
import vn.parindex.input.Messages;

/** The audit trail as the page shows it: stored field names put into the reader's language. */
@Component
public class AssessmentHistory {

  private final AuditLog audit;
  private final Messages messages;

  AssessmentHistory(AuditLog audit, Messages messages) {
    this.audit = audit;
    this.messages = messages;
  }

  public List<AuditLog.Change> of(long id) {
    return audit.history(Assessments.AUDIT_TYPE, id, this::label);
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
