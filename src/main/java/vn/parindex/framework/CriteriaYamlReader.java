package vn.parindex.framework;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.input.Text;

/**
 * Reads a criteria set from YAML: {@code name, year, unitType, bands: [{min, label}], criteria:
 * [{code, name, max, method, params, source, obligations}], surveyMissing, bonusMax, penaltyMax},
 * criteria flat or nested under {@code children}; see {@link CriterionObligations} for a
 * criterion's obligations. Problems name the path ("criteria[3].max") since YAML has no rows and
 * columns.
 */
final class CriteriaYamlReader {

  static final YAMLMapper YAML = SafeYaml.YAML;

  private static final MathContext SHOWN = new MathContext(3);

  private final List<InputProblem> problems = new ArrayList<>();

  private CriteriaYamlReader() {}

  static CriteriaDraft read(String fileName, byte[] content) {
    JsonNode root = SafeYaml.read(fileName, content);
    if (root == null || !root.isObject()) {
      throw new InvalidInputException(
          InputProblem.ofFile("input.file.malformed", fileName, "YAML"));
    }
    return new CriteriaYamlReader().draft(root);
  }

  private CriteriaDraft draft(JsonNode root) {
    List<RawCriterion> rows = new ArrayList<>();
    List<Obligation> obligations = new ArrayList<>();
    JsonNode criteria = root.path("criteria");
    if (!criteria.isArray() || criteria.isEmpty()) {
      problems.add(InputProblem.of(0, "criteria", "framework.yaml.criteria.missing"));
    } else {
      collect(criteria, "criteria", rows, obligations);
    }
    String name = text(root, "name", "name");
    String year = text(root, "year", "year");
    String unitType = text(root, "unitType", "unitType");
    CriteriaDraft.Rules rules =
        new CriteriaDraft.Rules(
            text(root, "surveyMissing", "surveyMissing"),
            text(root, "bonusMax", "bonusMax"),
            text(root, "penaltyMax", "penaltyMax"));
    return new CriteriaDraft(
        name, year, unitType, bands(root.get("bands")), rows, problems, obligations, rules);
  }

  private void collect(
      JsonNode list, String path, List<RawCriterion> rows, List<Obligation> obligations) {
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String at = path + "[" + (i + 1) + "]";
      if (!item.isObject()) {
        problems.add(InputProblem.of(0, at, "framework.yaml.item.invalid"));
        continue;
      }
      JsonNode params = item.get("params");
      Object paramsValue =
          params == null || params.isNull()
              ? null
              : params.isObject()
                  ? YAML.convertValue(params, Map.class)
                  : text(item, "params", at + ".params");
      int before = problems.size();
      String code = code(item, at);
      String name = text(item, "name", at + ".name");
      String max = text(item, "max", at + ".max");
      String method = text(item, "method", at + ".method");
      String source = text(item, "source", at + ".source");
      if (problems.size() == before) { // a field of the wrong type is reported once, at its path
        rows.add(
            new RawCriterion(
                0, field -> at + "." + field, code, name, max, method, paramsValue, source));
      }
      obligations.addAll(
          CriterionObligations.read(item.get("obligations"), at, code, name, problems));
      JsonNode children = item.get("children");
      if (children != null && !children.isNull()) {
        if (children.isArray()) {
          collect(children, at + ".children", rows, obligations);
        } else {
          problems.add(InputProblem.of(0, at + ".children", "input.yaml.type.list"));
        }
      }
    }
  }

  private List<ClassificationBand> bands(JsonNode list) {
    List<ClassificationBand> bands = new ArrayList<>();
    if (list == null || list.isNull()) {
      return bands;
    }
    if (!list.isArray()) {
      problems.add(InputProblem.of(0, "bands", "input.yaml.type.list"));
      return bands;
    }
    for (int i = 0; i < list.size(); i++) {
      String at = "bands[" + (i + 1) + "]";
      JsonNode band = list.get(i);
      if (!band.isObject()) {
        problems.add(InputProblem.of(0, at, "input.yaml.type.record"));
        continue;
      }
      String label = text(band, "label", at + ".label");
      String min = text(band, "min", at + ".min");
      Optional<BigDecimal> value = Decimals.read(min, 0, at + ".min", problems);
      if (value.isEmpty() && min == null) {
        problems.add(InputProblem.of(0, at + ".min", "input.number.invalid", ""));
      } else if (label == null || label.isBlank()) {
        problems.add(InputProblem.of(0, at + ".label", "framework.band.label.missing"));
      } else if (value.isPresent()) {
        bands.add(new ClassificationBand(value.get(), Text.line(label)));
      }
    }
    return bands;
  }

  /** Codes keep what was written: an unquoted 1.10 is "1.10", not the number 1.1. */
  private String code(JsonNode item, String at) {
    JsonNode node = item.get("code");
    if (node != null && node.isValueNode() && !node.isNull()) {
      return node.asString();
    }
    return text(item, "code", at + ".code");
  }

  /** A field's value as text; a list or record where a value belongs is a problem at its path. */
  private String text(JsonNode parent, String field, String path) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isValueNode()) {
      problems.add(InputProblem.of(0, path, "input.yaml.type.text"));
      return null;
    }
    if (!node.isNumber()) {
      return node.asString();
    }
    BigDecimal number = node.decimalValue();
    if (number.abs().compareTo(Decimals.LIMIT) >= 0) {
      problems.add(InputProblem.of(0, path, "input.number.range", number.round(SHOWN).toString()));
      return null;
    }
    return Decimals.plain(number);
  }
}
