package vn.parindex.task.web;

import java.util.List;
import java.util.function.LongFunction;
import vn.parindex.account.AuditLog;
import vn.parindex.input.Messages;
import vn.parindex.page.Times;

/**
 * A task's audit trail as a reader sees it: "trạng thái: Chưa bắt đầu → Đang thực hiện", people and
 * departments by name, days as dd/MM/yyyy, times in Vietnam's time; never the stored codes or ids.
 */
final class TaskChanges {

  /** One change as shown. */
  record Line(String at, String who, String field, String from, String to) {

    /** "trạng thái Chưa bắt đầu → Đang thực hiện"; a creation names only what was created. */
    public String change() {
      return "—".equals(from) ? field + " «" + to + "»" : field + " " + from + " → " + to;
    }
  }

  private final Messages messages;
  private final LongFunction<String> person;
  private final LongFunction<String> department;

  TaskChanges(Messages messages, LongFunction<String> person, LongFunction<String> department) {
    this.messages = messages;
    this.person = person;
    this.department = department;
  }

  List<Line> of(List<AuditLog.Change> changes) {
    return changes.stream().map(this::line).toList();
  }

  private Line line(AuditLog.Change c) {
    String field = c.field();
    String label;
    if (field.startsWith("milestone ")) {
      label = messages.get("task.audit.milestone", field.substring("milestone ".length()));
    } else {
      label = messages.get("task.audit." + field);
    }
    return new Line(
        Times.dateTime(c.at()),
        c.username(),
        label,
        value(field, c.oldValue()),
        value(field, c.newValue()));
  }

  private String value(String field, String stored) {
    if (stored == null || stored.isEmpty()) {
      return "—";
    }
    return switch (field) {
      case "status" -> messages.get("task.status." + stored);
      case "progress" -> stored + "%";
      case "owner", "leader" -> byId(stored, person);
      case "department" -> byId(stored, department);
      case "due" -> Times.date(stored);
      default -> field.startsWith("milestone ") ? Times.date(stored) : stored;
    };
  }

  private static String byId(String stored, LongFunction<String> name) {
    try {
      String found = name.apply(Long.parseLong(stored));
      return found == null ? "—" : found;
    } catch (NumberFormatException notAnId) {
      return stored;
    }
  }
}
