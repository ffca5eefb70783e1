package vn.parindex.round;

import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.parindex.account.Actor;
import vn.parindex.account.AuditLog;

/** Every change after submission goes to the audit trail, field by field, old and new. */
@Component
class EntryAudit {

  static final String ENTRY = "ROUND_ENTRY";
  static final String UNIT = "ROUND_UNIT";

  private final AuditLog audit;
  private final RoundNotices notices;

  EntryAudit(AuditLog audit, RoundNotices notices) {
    this.audit = audit;
    this.notices = notices;
  }

  void changed(
      Actor by, long entryId, String code, Map<String, Object> before, Map<String, Object> after) {
    for (var field : after.entrySet()) {
      Object old = before.get(field.getKey());
      if (!Objects.equals(String.valueOf(old), String.valueOf(field.getValue()))) {
        audit.record(by, ENTRY, entryId, code + " · " + field.getKey(), old, field.getValue());
      }
    }
  }

  void state(Actor by, RoundUnit unit, RoundState before) {
    audit.record(by, UNIT, unit.id(), "state", before.name(), unit.state().name());
    notices.stepped(by, unit, before);
  }

  /** Every unit of a round published at once: their audit rows and notices in batches. */
  void published(Actor by, java.util.List<RoundUnit> units, RoundState before) {
    audit.recordAll(
        by,
        UNIT,
        units.stream()
            .map(u -> new AuditLog.Record(u.id(), "state", before.name(), u.state().name()))
            .toList());
    notices.recordAll(units.stream().map(RoundUnit::id).toList(), RoundNotices.Kind.PUBLISHED, by);
  }

  void reopened(Actor by, RoundUnit unit, String code, String reason) {
    audit.record(by, UNIT, unit.id(), code == null ? "reopen" : "reopen · " + code, null, reason);
    notices.record(unit.id(), RoundNotices.Kind.REOPENED, code, reason, by);
  }

  /** A deadline passed with the unit still at that step (the system acts): recorded and told. */
  void locked(Actor system, long roundUnitId, String deadline, RoundState state) {
    audit.record(system, UNIT, roundUnitId, "lock · " + deadline, null, state.name());
    notices.record(
        roundUnitId,
        deadline.equals(RoundLockJob.SELF)
            ? RoundNotices.Kind.LOCKED_SELF
            : RoundNotices.Kind.LOCKED_EXPLANATION,
        null,
        null,
        system);
  }
}
