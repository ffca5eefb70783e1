package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.parindex.framework.CriterionCode;

/**
 * What an edit changed in one entry, for the audit trail: points, reason, measure and note, each
 * named {@code "<code> · <key>"} (e.g. {@code "2.3 · points"}); points compared by value.
 */
final class EntryChanges {

  /** Separates the criterion code from the field key. */
  static final String SEPARATOR = " · ";

  /** The values an entry had before the edit; {@link #NONE} when there was no entry. */
  record Recorded(BigDecimal points, String reason, String measure, String note) {
    static final Recorded NONE = new Recorded(null, null, null, null);
  }

  record Change(String field, String oldValue, String newValue) {}

  private EntryChanges() {}

  static List<Change> between(CriterionCode code, Recorded before, AssessmentEntry after) {
    List<Change> changes = new ArrayList<>();
    String p = code.value() + SEPARATOR;
    add(changes, p + "points", number(before.points()), number(after.points()));
    add(changes, p + "reason", before.reason(), after.reason());
    add(changes, p + "measure", before.measure(), after.measure());
    add(changes, p + "note", before.note(), after.note());
    return changes;
  }

  private static void add(List<Change> changes, String field, String before, String after) {
    String a = before == null || before.isBlank() ? null : before;
    String b = after == null || after.isBlank() ? null : after;
    if (!Objects.equals(a, b)) {
      changes.add(new Change(field, a, b));
    }
  }

  private static String number(BigDecimal n) {
    return n == null ? null : n.stripTrailingZeros().toPlainString();
  }
}
