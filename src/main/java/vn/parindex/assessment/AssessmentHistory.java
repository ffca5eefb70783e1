package vn.parindex.assessment;

import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.parindex.account.AuditLog;
import vn.parindex.input.DecimalText;
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
    Locale locale = LocaleContextHolder.getLocale();
    return audit.history(Assessments.AUDIT_TYPE, id).stream()
        .map(
            c ->
                new AuditLog.Change(
                    label(c.field()),
                    value(c.field(), c.oldValue(), locale),
                    value(c.field(), c.newValue(), locale),
                    c.username(),
                    c.at()))
        .toList();
  }

  /** Points as the reader writes them ("0,91"); reasons and measures as typed. */
  private static String value(String field, String value, Locale locale) {
    return field.endsWith(EntryChanges.SEPARATOR + "points")
        ? DecimalText.figure(value, locale)
        : value;
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
