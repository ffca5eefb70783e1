package vn.parindex.framework;

import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;

/**
 * Reads an uploaded YAML file as a plain tree: maps, lists, text, numbers, booleans. A type tag
 * ({@code !!java.net.URL}, {@code !foo}) is refused with its path, not ignored: the file means
 * something we do not read. Syntax errors name their line and column, never the parser's own text.
 */
public final class SafeYaml {

  static final YAMLMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final String CORE = "tag:yaml.org,2002:";
  private static final Set<String> PLAIN =
      Set.of("str", "int", "float", "bool", "null", "map", "seq");

  private SafeYaml() {}

  /** The document's tree; an {@link InvalidInputException} for a tag or a syntax error. */
  public static JsonNode read(String fileName, byte[] content) {
    try {
      checkTags(content);
      return YAML.readTree(content);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(0, at.getLineNr());
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      throw new InvalidInputException(
          InputProblem.ofFile("input.yaml.syntax.file", fileName, line, column));
    }
  }

  private static void checkTags(byte[] content) {
    try (JsonParser parser = YAML.createParser(content)) {
      while (parser.nextToken() != null) {
        Object tag = parser.getTypeId();
        if (tag != null && !plain(tag.toString())) {
          String path = path(parser);
          throw new InvalidInputException(
              InputProblem.of(0, path, "input.yaml.tag", path, shown(tag.toString())));
        }
      }
    }
  }

  private static boolean plain(String tag) {
    return tag.startsWith(CORE) && PLAIN.contains(tag.substring(CORE.length()));
  }

  /** "!!java.net.URL" as written, from the resolved "tag:yaml.org,2002:java.net.URL". */
  private static String shown(String tag) {
    String written = tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : "!" + tag;
    return written.length() > 60 ? written.substring(0, 60) + "…" : written;
  }

  /** The token's place as a person reads it: "criteria[3].max" (items counted from 1). */
  private static String path(JsonParser parser) {
    StringBuilder out = new StringBuilder();
    String pointer = parser.streamReadContext().pathAsPointer().toString();
    for (String step : pointer.split("/")) {
      if (step.isEmpty()) {
        continue;
      }
      if (step.chars().allMatch(Character::isDigit)) {
        out.append('[').append(Integer.parseInt(step) + 1).append(']');
      } else {
        out.append(out.isEmpty() ? "" : ".").append(step.replace("~1", "/").replace("~0", "~"));
      }
    }
    return out.isEmpty() ? "(YAML)" : out.toString();
  }
}
