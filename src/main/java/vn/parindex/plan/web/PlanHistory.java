package vn.parindex.plan.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.AuditLog;
import vn.parindex.input.Messages;
import vn.parindex.plan.PlanChanges;
import vn.parindex.plan.PlanService;

/** The audit trail as the page shows it: stored field names put into the reader's language. */
@Component
class PlanHistory {

  private final AuditLog audit;
  private final Messages messages;

  PlanHistory(AuditLog audit, Messages messages) {
    this.audit = audit;
    this.messages = messages;
  }

  List<AuditLog.Change> of(long id) {
    return audit.history(PlanService.AUDIT_TYPE, id, this::label);
  }

  /** A stored field name as the reader sees it. */
  String label(String field) {
    int at = field.lastIndexOf(PlanChanges.SEPARATOR);
    if (at < 0) {
      return messages.get("plan.audit." + field);
    }
    String key = field.substring(at + PlanChanges.SEPARATOR.length());
    return messages.get(
        "plan.audit.line", field.substring(0, at), messages.get("plan.audit." + key));
  }
}
