package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.parindex.input.Decimals;

/**
 * A method's parameters as a plain map (for YAML, JSON and the database) and back. Keys: {@code
 * floor}, {@code threshold}, {@code perItem}, {@code levels: [{name, points}]}, {@code bands:
 * [{from, fromInclusive, to, toInclusive, points}]}, {@code weights: {A: 100, …}}.
 */
public final class ScoringParams {

  // Big decimals, not doubles, so stored parameters come back exactly.
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private ScoringParams() {}

  public static Map<String, Object> toMap(ScoringMethod method) {
    Map<String, Object> map = new LinkedHashMap<>();
    if (method instanceof Scoring.Survey s && !s.weights().equals(Scoring.Survey.DEFAULT_WEIGHTS)) {
      map.put("weights", new LinkedHashMap<>(s.weights()));
    } else if (method instanceof Scoring.Proportional p && p.floorPercent() != null) {
      map.put("floor", p.floorPercent());
    } else if (method instanceof Scoring.Threshold t) {
      map.put("threshold", t.thresholdPercent());
    } else if (method instanceof Scoring.Deduction d) {
      map.put("perItem", d.perItem());
    } else if (method instanceof Scoring.Levels l) {
      List<Map<String, Object>> levels = new ArrayList<>();
      for (Scoring.Level level : l.levels()) {
        levels.add(mapOf("name", level.name(), "points", level.points()));
      }
      map.put("levels", levels);
    } else if (method instanceof Scoring.RateBands r) {
      List<Map<String, Object>> bands = new ArrayList<>();
      for (Scoring.Band band : r.bands()) {
        Map<String, Object> b = new LinkedHashMap<>();
        if (band.from() != null) {
          b.put("from", band.from());
          b.put("fromInclusive", band.fromInclusive());
        }
        if (band.to() != null) {
          b.put("to", band.to());
          b.put("toInclusive", band.toInclusive());
        }
        b.put("points", band.points());
        bands.add(b);
      }
      map.put("bands", bands);
    }
    return map;
  }

  /** Builds a method; throws {@link IllegalArgumentException} naming the missing/bad parameter. */
  @SuppressWarnings("unchecked")
  public static ScoringMethod fromMap(MethodKind kind, Map<String, Object> params) {
    Map<String, Object> p = params == null ? Map.of() : params;
    return switch (kind) {
      case MANUAL -> new Scoring.Manual();
      case BINARY -> new Scoring.Binary();
      case PROPORTIONAL -> new Scoring.Proportional(optionalDecimal(p, "floor"));
      case THRESHOLD -> new Scoring.Threshold(decimal(p, "threshold"));
      case DEDUCTION -> new Scoring.Deduction(decimal(p, "perItem"));
      case SURVEY -> {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Object raw = p.get("weights");
        if (raw instanceof Map<?, ?> m) {
          m.forEach((k, v) -> weights.put(String.valueOf(k), toDecimal(v, "weights")));
        }
        yield new Scoring.Survey(weights);
      }
      case LEVELS -> {
        List<Scoring.Level> levels = new ArrayList<>();
        for (Object item : list(p, "levels")) {
          Map<String, Object> level = record(item, "levels");
          if (level.get("name") == null || String.valueOf(level.get("name")).isBlank()) {
            throw new IllegalArgumentException("levels");
          }
          levels.add(
              new Scoring.Level(String.valueOf(level.get("name")), decimal(level, "points")));
        }
        yield new Scoring.Levels(levels);
      }
      case RATE_BANDS -> {
        List<Scoring.Band> bands = new ArrayList<>();
        for (Object item : list(p, "bands")) {
          Map<String, Object> b = record(item, "bands");
          bands.add(
              new Scoring.Band(
                  optionalDecimal(b, "from"),
                  !Boolean.FALSE.equals(b.get("fromInclusive")),
                  optionalDecimal(b, "to"),
                  Boolean.TRUE.equals(b.get("toInclusive")),
                  decimal(b, "points")));
        }
        yield new Scoring.RateBands(bands);
      }
    };
  }

  public static String toJson(ScoringMethod method) {
    Map<String, Object> map = toMap(method);
    return map.isEmpty() ? null : JSON.writeValueAsString(map);
  }

  public static ScoringMethod fromJson(MethodKind kind, String json) {
    Map<String, Object> map =
        json == null || json.isBlank()
            ? Map.of()
            : JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    return fromMap(kind, map);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> record(Object item, String key) {
    if (item instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalArgumentException(key);
  }

  private static List<?> list(Map<String, Object> p, String key) {
    if (p.get(key) instanceof List<?> list && !list.isEmpty()) {
      return list;
    }
    throw new IllegalArgumentException(key);
  }

  private static BigDecimal decimal(Map<String, Object> p, String key) {
    BigDecimal value = optionalDecimal(p, key);
    if (value == null) {
      throw new IllegalArgumentException(key);
    }
    return value;
  }

  private static BigDecimal optionalDecimal(Map<String, Object> p, String key) {
    Object value = p.get(key);
    return value == null ? null : toDecimal(value, key);
  }

  /**
   * A parameter's number: a YAML or JSON number, or text as {@link Decimals} reads it; beyond
   * {@link Decimals#LIMIT} is refused like a wrong value (1e308 would otherwise be stored).
   */
  private static BigDecimal toDecimal(Object value, String key) {
    try {
      BigDecimal number =
          value instanceof BigDecimal d
              ? d
              : value instanceof Number n
                  ? new BigDecimal(n.toString())
                  : Decimals.parse(String.valueOf(value)).orElse(null);
      if (number == null || number.abs().compareTo(Decimals.LIMIT) >= 0) {
        throw new IllegalArgumentException(key);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key, e);
    }
  }

  private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
