package vn.parindex.plan.web;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.account.AuditLog;
import vn.parindex.input.Messages;
import vn.parindex.plan.PlanChanges;
import vn.parindex.plan.PlanService;

/** A plan's audit trail as the editor shows it, field names in the reader's language. */
@Component
class PlanHistory {

  /** One change as a row: when, who, which field, old → new. */
  record Row(LocalDateTime at, String username, String field, String oldValue, String newValue) {}

  private final AuditLog audit;
  private final Messages messages;

  PlanHistory(AuditLog audit, Messages messages) {
    this.audit = audit;
    this.messages = messages;
  }

  List<Row> of(long planId) {
    return audit.history(PlanService.AUDIT_TYPE, planId).stream()
        .map(c -> new Row(c.at(), c.username(), label(c.field()), c.oldValue(), c.newValue()))
        .toList();
  }

  private String label(String field) {
    int at = field.lastIndexOf(PlanChanges.SEPARATOR);
    if (at < 0) {
      return messages.get("plan.audit." + field);
    }
    String key = field.substring(at + PlanChanges.SEPARATOR.length());
    return messages.get(
        "plan.audit.line", field.substring(0, at), messages.get("plan.audit." + key));
  }
}
