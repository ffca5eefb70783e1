package vn.parindex.framework;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * A criterion's {@code obligations:} in a criteria set's YAML: a list of {@code kind} (WINDOW,
 * RECURRING, DEADLINE, WITHIN_DAYS), {@code from}/{@code to} as "MM-DD", {@code timesPerYear},
 * {@code withinDays}, {@code responsible} and an optional {@code title} (the criterion's name when
 * left out). Checked by the obligations calendar's own rules; problems name the path
 * ("criteria[3].obligations[1].to").
 */
final class CriterionObligations {

  private static final Pattern MONTH_DAY = Pattern.compile("\\d{1,2}-\\d{1,2}");

  private CriterionObligations() {}

  static List<Obligation> read(
      JsonNode list, String at, Object rawCode, String name, List<InputProblem> problems) {
    List<Obligation> out = new ArrayList<>();
    if (list == null || list.isNull() || list.isMissingNode()) {
      return out;
    }
    String path = at + ".obligations";
    if (!list.isArray()) {
      problems.add(InputProblem.of(0, path, "framework.yaml.obligations.list"));
      return out;
    }
    Optional<CriterionCode> code = CriterionCode.parse(rawCode == null ? null : rawCode.toString());
    for (int i = 0; i < list.size(); i++) {
      String itemPath = path + "[" + (i + 1) + "]";
      JsonNode item = list.get(i);
      if (!item.isObject()) {
        problems.add(InputProblem.of(0, itemPath, "framework.yaml.obligation.item"));
        continue;
      }
      int before = problems.size();
      String from = monthDay(item, "from", itemPath, problems);
      String to = monthDay(item, "to", itemPath, problems);
      Integer times = whole(item, "timesPerYear", itemPath, problems);
      Integer within = whole(item, "withinDays", itemPath, problems);
      ObligationForm form =
          new ObligationForm(
              null,
              text(item.get("title")),
              text(item.get("kind")),
              from,
              to,
              times,
              within,
              text(item.get("responsible")));
      try {
        Obligation obligation = form.forSet(code.orElse(null), name);
        if (problems.size() == before && code.isPresent()) {
          out.add(obligation);
        }
      } catch (InvalidInputException e) {
        for (InputProblem p : e.problems()) {
          problems.add(InputProblem.of(0, itemPath + "." + p.column(), p.messageKey(), p.args()));
        }
      }
    }
    return out;
  }

  /** The obligations as the YAML export writes them under their criterion. */
  static List<Map<String, Object>> write(List<Obligation> obligations) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Obligation o : obligations) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("kind", o.kind().name());
      item.put("title", o.title());
      put(item, "from", format(o.from()));
      put(item, "to", format(o.to()));
      put(item, "timesPerYear", o.timesPerYear());
      put(item, "withinDays", o.withinDays());
      put(item, "responsible", o.responsible());
      out.add(item);
    }
    return out;
  }

  static String format(MonthDay day) {
    return day == null
        ? null
        : String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
  }

  /** "MM-DD" checked here and handed on as the calendar form's "dd/MM". */
  private static String monthDay(
      JsonNode item, String field, String at, List<InputProblem> problems) {
    String text = text(item.get(field));
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    try {
      if (!MONTH_DAY.matcher(trimmed).matches()) {
        throw new DateTimeException(trimmed);
      }
      String[] parts = trimmed.split("-");
      MonthDay day = MonthDay.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
      return day.getDayOfMonth() + "/" + day.getMonthValue();
    } catch (DateTimeException e) {
      problems.add(InputProblem.of(0, at + "." + field, "framework.yaml.obligation.date", trimmed));
      return null;
    }
  }

  private static Integer whole(
      JsonNode item, String field, String at, List<InputProblem> problems) {
    JsonNode node = item.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return node.asInt();
    }
    String text = text(node);
    if (text != null && text.trim().matches("\\d{1,6}")) {
      return Integer.parseInt(text.trim());
    }
    problems.add(InputProblem.of(0, at + "." + field, "input.number.invalid", text));
    return null;
  }

  private static void put(Map<String, Object> item, String key, Object value) {
    if (value != null) {
      item.put(key, value);
    }
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isValueNode() ? node.asString() : node.toString();
  }
}
