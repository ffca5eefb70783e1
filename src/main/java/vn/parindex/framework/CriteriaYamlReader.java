package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * Reads a criteria set from YAML: {@code name, year, unitType, bands: [{min, label}], criteria:
 * [{code, name, max, method, params, obligations}]}, criteria flat or nested under {@code
 * children}; see {@link CriterionObligations} for a criterion's obligations. Problems name the path
 * ("criteria[3].max") since YAML has no rows and columns.
 */
final class CriteriaYamlReader {

  static final YAMLMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private CriteriaYamlReader() {}

  static CriteriaDraft read(String fileName, byte[] content) {
    JsonNode root;
    try {
      root = YAML.readTree(content);
    } catch (JacksonException e) {
      throw new InvalidInputException(
          InputProblem.ofFile("input.file.malformed", fileName, e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException(
          InputProblem.ofFile("input.file.malformed", fileName, "YAML"));
    }
    List<InputProblem> problems = new ArrayList<>();
    List<RawCriterion> rows = new ArrayList<>();
    List<Obligation> obligations = new ArrayList<>();
    JsonNode criteria = root.path("criteria");
    if (!criteria.isArray() || criteria.isEmpty()) {
      problems.add(InputProblem.of(0, "criteria", "framework.yaml.criteria.missing"));
    } else {
      collect(criteria, "criteria", rows, obligations, problems);
    }
    return new CriteriaDraft(
        text(root.get("name")),
        text(root.get("year")),
        text(root.get("unitType")),
        bands(root.path("bands"), problems),
        rows,
        problems,
        obligations);
  }

  private static void collect(
      JsonNode list,
      String path,
      List<RawCriterion> rows,
      List<Obligation> obligations,
      List<InputProblem> problems) {
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
              : params.isObject() ? YAML.convertValue(params, Map.class) : params.asString();
      rows.add(
          new RawCriterion(
              0,
              field -> at + "." + field,
              code(item.get("code")),
              text(item.get("name")),
              text(item.get("max")),
              text(item.get("method")),
              paramsValue));
      obligations.addAll(
          CriterionObligations.read(
              item.get("obligations"),
              at,
              code(item.get("code")),
              text(item.get("name")),
              problems));
      if (item.path("children").isArray()) {
        collect(item.get("children"), at + ".children", rows, obligations, problems);
      }
    }
  }

  private static List<ClassificationBand> bands(JsonNode list, List<InputProblem> problems) {
    List<ClassificationBand> bands = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "bands[" + (i + 1) + "]";
      JsonNode band = list.get(i);
      String label = text(band.get("label"));
      try {
        BigDecimal min =
            Decimals.parse(text(band.get("min"))).orElseThrow(() -> new NumberFormatException(""));
        if (label == null || label.isBlank()) {
          problems.add(InputProblem.of(0, at + ".label", "framework.band.label.missing"));
        } else {
          bands.add(new ClassificationBand(min, label));
        }
      } catch (NumberFormatException e) {
        problems.add(
            InputProblem.of(
                0, at + ".min", "input.number.invalid", String.valueOf(text(band.get("min")))));
      }
    }
    return bands;
  }

  /** Codes keep what was written: an unquoted 1.10 is "1.10", not the number 1.1. */
  private static String code(JsonNode node) {
    return node == null || node.isNull() ? null : node.asString();
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isNumber() ? Decimals.plain(node.decimalValue()) : node.asString();
  }
}
