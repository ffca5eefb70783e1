package vn.parindex.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a plan, field by field, for the audit trail. A field is
 * named by a stable key ({@code number}, {@code legalBases}) or, for an appendix line, by the
 * line's code (or {@code #position} when it has none) and a key: {@code "2.3 · reason"}. Lines are
 * matched by code, then by position; a line only on one side is {@code line.added} or {@code
 * line.removed}. Long texts are clipped.
 */
public final class PlanChanges {

  /** Separates a line's code from the field key in a change's field name. */
  public static final String SEPARATOR = " · ";

  static final int CLIP = 200;

  /** One changed field: its name, the old and the new value (either may be null). */
  public record Change(String field, String oldValue, String newValue) {}

  private PlanChanges() {}

  public static List<Change> between(Plan before, Plan after) {
    List<Change> changes = new ArrayList<>();
    PlanHeader a = before.header();
    PlanHeader b = after.header();
    add(changes, "authorityUpper", a.authorityUpper(), b.authorityUpper());
    add(changes, "authorityUnit", a.authorityUnit(), b.authorityUnit());
    add(changes, "unitLabel", a.unitLabel(), b.unitLabel());
    add(changes, "number", a.number(), b.number());
    add(changes, "place", a.place(), b.place());
    add(changes, "issueDate", date(a.issueDate()), date(b.issueDate()));
    add(changes, "title", a.title(), b.title());
    add(changes, "subject", a.subject(), b.subject());
    add(changes, "legalBases", join(before.legalBases()), join(after.legalBases()));
    add(changes, "opening", join(before.opening()), join(after.opening()));
    add(changes, "sections", sections(before.sections()), sections(after.sections()));
    add(changes, "closing", before.closing(), after.closing());
    add(changes, "recipients", join(before.recipients()), join(after.recipients()));
    add(changes, "appendixTitle", before.appendixTitle(), after.appendixTitle());
    Signature s = before.signature();
    Signature t = after.signature();
    add(changes, "signerAuthority", s.authority(), t.authority());
    add(changes, "signerTitle", s.title(), t.title());
    add(changes, "signerName", s.name(), t.name());
    lines(changes, before.lines(), after.lines());
    return changes;
  }

  private static void lines(List<Change> changes, List<PlanLine> before, List<PlanLine> after) {
    Map<String, PlanLine> old = byKey(before);
    Map<String, PlanLine> now = byKey(after);
    for (Map.Entry<String, PlanLine> e : old.entrySet()) {
      PlanLine next = now.get(e.getKey());
      if (next == null) {
        add(changes, e.getKey() + SEPARATOR + "line.removed", e.getValue().content(), null);
      } else {
        line(changes, e.getKey(), e.getValue(), next);
      }
    }
    for (Map.Entry<String, PlanLine> e : now.entrySet()) {
      if (!old.containsKey(e.getKey())) {
        add(changes, e.getKey() + SEPARATOR + "line.added", null, e.getValue().content());
      }
    }
  }

  private static void line(List<Change> changes, String key, PlanLine a, PlanLine b) {
    String p = key + SEPARATOR;
    add(changes, p + "content", a.content(), b.content());
    add(changes, p + "maxPoints", number(a.maxPoints()), number(b.maxPoints()));
    add(changes, p + "points", number(a.points()), number(b.points()));
    add(changes, p + "reason", a.reason(), b.reason());
    add(changes, p + "measure", a.measure(), b.measure());
    add(changes, p + "responsible", a.responsible(), b.responsible());
    add(
        changes,
        p + "deadline",
        a.deadline() == null ? null : a.deadline().toString(),
        b.deadline() == null ? null : b.deadline().toString());
    add(changes, p + "note", a.note(), b.note());
  }

  /** Lines keyed by code; a line without a code, or repeating one, by its position. */
  private static Map<String, PlanLine> byKey(List<PlanLine> lines) {
    Map<String, PlanLine> keyed = new LinkedHashMap<>();
    for (PlanLine line : lines) {
      String key = line.code();
      if (key == null || keyed.containsKey(key)) {
        key = "#" + line.position();
      }
      keyed.put(key, line);
    }
    return keyed;
  }

  private static void add(List<Change> changes, String field, String before, String after) {
    String a = blankToNull(before);
    String b = blankToNull(after);
    if (!Objects.equals(a, b)) {
      changes.add(new Change(field, clip(a), clip(b)));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static String clip(String s) {
    return s == null || s.length() <= CLIP ? s : s.substring(0, CLIP - 1) + "…";
  }

  private static String number(BigDecimal n) {
    return n == null ? null : n.stripTrailingZeros().toPlainString();
  }

  private static String date(IssueDate d) {
    return d == null ? null : d.numeric();
  }

  private static String join(List<String> paragraphs) {
    return String.join("\n", paragraphs);
  }

  private static String sections(List<PlanSection> sections) {
    List<String> text = new ArrayList<>();
    for (PlanSection s : sections) {
      text.add(s.heading());
      s.items().forEach(i -> text.add("- " + i));
    }
    return String.join("\n", text);
  }
}
