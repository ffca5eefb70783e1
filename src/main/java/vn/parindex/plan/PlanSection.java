package vn.parindex.plan;

import java.util.List;
import vn.parindex.input.Text;

/**
 * A body section of a plan: its heading (numbered when printed), the body responsible for it and
 * its task items, each printed as "- …".
 */
public record PlanSection(String heading, String responsible, List<String> items) {

  public PlanSection {
    heading = Text.clean(heading == null ? "" : heading);
    responsible = Text.cleanOrNull(responsible);
    items = items.stream().map(Text::clean).filter(s -> !s.isEmpty()).toList();
  }

  public PlanSection withItems(List<String> newItems) {
    return new PlanSection(heading, responsible, newItems);
  }
}
