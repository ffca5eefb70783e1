package vn.parindex.framework;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * A unit's obligations from YAML: {@code obligations:} a list of {@code criterion, title, kind,
 * from, to, timesPerYear, withinDays, responsible} (dates "dd/MM"). Every problem is reported with
 * the item's number (1-based) as its row; nothing is returned unless all items are valid.
 */
public final class ObligationYaml {

  private static final YAMLMapper YAML = new YAMLMapper();

  private ObligationYaml() {}

  public static List<Obligation> read(byte[] content, long unitId) {
    JsonNode root;
    try {
      root = YAML.readTree(new String(content, StandardCharsets.UTF_8));
    } catch (JacksonException e) {
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
