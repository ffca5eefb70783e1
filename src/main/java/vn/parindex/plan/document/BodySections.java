package vn.parindex.plan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.parindex.plan.Plan;
import vn.parindex.plan.PlanLine;
import vn.parindex.plan.PlanSection;
import vn.parindex.plan.Responsibility;
import vn.parindex.plan.Wording;

/**
 * The body sections as printed: each section's own items, then one item per appendix line with a
 * measure ("Tiêu chí 1.1: …") under the section of the body responsible for it. These come from the
 * plan lines when the document is made, so body and appendix never disagree after an edit; a
 * per-criterion item stored by an older draft is replaced by its line's current measure.
 */
final class BodySections {

  private static final Pattern CRITERION_ITEM = Pattern.compile("^Tiêu chí ([0-9.]+?)\\.?:\\s");

  private BodySections() {}

  static List<PlanSection> of(Plan plan) {
    List<PlanSection> stored = plan.sections();
    if (stored.isEmpty()) {
      return stored;
    }
    Set<String> codes =
        plan.lines().stream()
            .map(PlanLine::code)
            .filter(c -> c != null)
            .collect(Collectors.toSet());
    List<List<String>> items = new ArrayList<>();
    for (PlanSection section : stored) {
      List<String> own = new ArrayList<>();
      for (String item : section.items()) {
        if (!criterionItem(item, codes)) {
          own.add(AppendixRows.text(item));
        }
      }
      items.add(own);
    }
    for (PlanLine line : plan.lines()) {
      if (line.area() || line.measure() == null) {
        continue;
      }
      int section = Math.min(section(line), stored.size() - 1);
      String item =
          line.code() == null
              ? line.measure()
              : Wording.get("draft.item.line", line.code(), line.measure());
      items.get(section).add(AppendixRows.text(item));
    }
    List<PlanSection> sections = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      sections.add(stored.get(i).withItems(items.get(i)));
    }
    return sections;
  }

  /** The section of whoever the line names as responsible, else of whoever its measure names. */
  private static int section(PlanLine line) {
    String who = line.responsible() != null ? line.responsible() : line.measure();
    return Responsibility.infer(who).section();
  }

  private static boolean criterionItem(String item, Set<String> codes) {
    Matcher m = CRITERION_ITEM.matcher(item);
    return m.find() && codes.contains(m.group(1));
  }
}
