package vn.parindex.framework;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * A unit's obligations from YAML: {@code obligations:} a list of {@code criterion, title, kind,
 * from, to, timesPerYear, withinDays, responsible} (dates "dd/MM"). Every problem is reported with
 * the item's number (1-based) as its row; nothing is returned unless all items are valid.
 */
public final class ObligationYaml {

  private ObligationYaml() {}

  public static List<Obligation> read(byte[] content, long unitId) {
    JsonNode root;
    try {
      root = SafeYaml.read("obligations.yaml", content);
    } catch (InvalidInputException e) {
      if (e.problems().get(0).messageKey().equals("input.yaml.tag")) {
        throw e;
      }
      throw new InvalidInputException(InputProblem.ofFile("reminder.yaml.invalid"));
    }
    JsonNode items = root == null ? null : root.get("obligations");
    if (items == null || !items.isArray() || items.isEmpty()) {
      throw new InvalidInputException(InputProblem.ofFile("reminder.yaml.empty"));
    }
    List<Obligation> obligations = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    int row = 0;
    for (JsonNode item : items) {
      row++;
      if (!item.isObject()
          || item.properties().stream().anyMatch(e -> !e.getValue().isValueNode())) {
        problems.add(InputProblem.of(row, null, "framework.yaml.obligation.item"));
        continue;
      }
      ObligationForm form =
          new ObligationForm(
              text(item, "criterion"),
              text(item, "title"),
              text(item, "kind"),
              text(item, "from"),
              text(item, "to"),
              number(item, "timesPerYear"),
              number(item, "withinDays"),
              text(item, "responsible"));
      try {
        obligations.add(form.toObligation(unitId));
      } catch (InvalidInputException e) {
        for (InputProblem p : e.problems()) {
          problems.add(new InputProblem(row, p.column(), p.messageKey(), p.args()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return obligations;
  }

  private static String text(JsonNode item, String field) {
    JsonNode node = item.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  private static Integer number(JsonNode item, String field) {
    JsonNode node = item.get(field);
    return node == null || node.isNull() || !node.canConvertToInt() ? null : node.asInt();
  }
}
