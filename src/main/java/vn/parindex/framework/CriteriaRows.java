package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.input.Decimals;
import vn.parindex.input.InputProblem;
import vn.parindex.input.Text;

/**
 * Turns raw rows into criteria, collecting every problem with its row and column: bad or duplicate
 * codes, missing parents, missing names, maxima that are not numbers or negative, unknown methods,
 * bad parameters, a method on a node that has children, points a rule can give above the max.
 *
 * <p>Children whose maxima add up to more than their parent's max are an <b>error</b>: a parent can
 * never score above its own max, so such a set is a typing mistake. Less than the max is allowed (a
 * parent may keep points of its own, or a partial set lists only some children).
 */
final class CriteriaRows {

  private final List<InputProblem> problems = new ArrayList<>();
  private final Map<CriterionCode, RawCriterion> rowOf = new LinkedHashMap<>();
  private final Map<CriterionCode, BigDecimal> maxOf = new LinkedHashMap<>();
  private final Map<CriterionCode, Object> methodOf = new LinkedHashMap<>();
  private final Map<CriterionCode, String> nameOf = new LinkedHashMap<>();
  private final Map<CriterionCode, String> sourceOf = new HashMap<>();

  private CriteriaRows() {}

  /** The criteria in file order, leaves with a method (manual when none is named). */
  static List<Criterion> check(List<RawCriterion> rows, List<InputProblem> problems) {
    CriteriaRows check = new CriteriaRows();
    rows.forEach(check::read);
    List<Criterion> criteria = check.link();
    problems.addAll(check.problems);
    return criteria;
  }

  private void read(RawCriterion raw) {
    Optional<CriterionCode> code = code(raw);
    String name = Text.cleanOrNull(raw.name());
    if (name == null) {
      problems.add(raw.problem("name", "framework.name.missing"));
    }
    BigDecimal max = max(raw);
    ScoringMethod method = method(raw);
    if (code.isEmpty()) {
      return;
    }
    if (rowOf.putIfAbsent(code.get(), raw) != null) {
      int first = rowOf.get(code.get()).row();
      problems.add(
          first > 0
              ? raw.problem("code", "framework.code.duplicate.at", code.get().value(), first)
              : raw.problem("code", "framework.code.duplicate", code.get().value()));
      return;
    }
    nameOf.put(code.get(), name == null ? "" : name);
    maxOf.put(code.get(), max);
    methodOf.put(code.get(), method == null ? raw.method() : method);
    source(raw).ifPresent(source -> sourceOf.put(code.get(), source));
  }

  /** The source indicator as written: one of the codes, or a problem naming the cell. */
  private Optional<String> source(RawCriterion raw) {
    String text = Text.cleanOrNull(raw.source());
    if (text == null) {
      return Optional.empty();
    }
    Optional<String> source = IndicatorSources.parse(text);
    if (source.isEmpty()) {
      problems.add(
          raw.problem(
              "source",
              "framework.source.unknown",
              text,
              String.join(", ", IndicatorSources.CODES)));
    }
    return source;
  }

  private Optional<CriterionCode> code(RawCriterion raw) {
    Optional<CriterionCode> code =
        raw.code() instanceof Number n
            ? CriterionCode.fromNumber(n.doubleValue())
            : CriterionCode.parse(raw.code() == null ? null : raw.code().toString());
    if (code.isEmpty()) {
      String text = raw.code() == null ? "" : Text.clean(raw.code().toString());
      problems.add(
          text.isEmpty()
              ? raw.problem("code", "framework.code.missing")
              : raw.problem("code", "framework.code.invalid", text));
    }
    return code;
  }

  private BigDecimal max(RawCriterion raw) {
    try {
      Optional<BigDecimal> max =
          raw.max() instanceof Number n
              ? Optional.of(new BigDecimal(n.toString()))
              : Decimals.parse(raw.max() == null ? null : raw.max().toString());
      if (max.isEmpty()) {
        problems.add(raw.problem("max", "framework.max.missing"));
        return null;
      }
      if (max.get().signum() < 0) {
        problems.add(raw.problem("max", "framework.max.negative.value", Decimals.plain(max.get())));
        return null;
      }
      return max.get();
    } catch (NumberFormatException e) {
      problems.add(raw.problem("max", Decimals.messageKey(e), raw.max()));
      return null;
    }
  }

  private ScoringMethod method(RawCriterion raw) {
    if (Text.cleanOrNull(raw.method()) == null) {
      if (raw.params() != null && !raw.params().toString().isBlank()) {
        problems.add(raw.problem("method", "framework.method.missing"));
      }
      return null;
    }
    Optional<MethodKind> kind = MethodKind.parse(Text.clean(raw.method()));
    if (kind.isEmpty()) {
      problems.add(raw.problem("method", "framework.method.unknown", Text.clean(raw.method())));
      return null;
    }
    try {
      return raw.params() instanceof Map<?, ?> map
          ? ScoringParams.fromMap(kind.get(), castMap(map))
          : ParamsText.parse(kind.get(), raw.params() == null ? null : raw.params().toString());
    } catch (RuntimeException e) {
      String what =
          e instanceof IllegalArgumentException && e.getMessage() != null
              ? e.getMessage()
              : String.valueOf(raw.params());
      problems.add(raw.problem("params", "framework.params.invalid", kind.get().code(), what));
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  private List<Criterion> link() {
    // children's maxima summed per parent in one pass (asking each parent was quadratic)
    Map<CriterionCode, BigDecimal> childMax = new HashMap<>();
    for (var entry : maxOf.entrySet()) {
      CriterionCode code = entry.getKey();
      BigDecimal max = entry.getValue();
      code.parent()
          .ifPresent(p -> childMax.merge(p, max == null ? BigDecimal.ZERO : max, BigDecimal::add));
    }
    List<Criterion> criteria = new ArrayList<>();
    for (var entry : rowOf.entrySet()) {
      CriterionCode code = entry.getKey();
      RawCriterion raw = entry.getValue();
      code.parent()
          .filter(parent -> !rowOf.containsKey(parent))
          .ifPresent(
              p ->
                  problems.add(
                      raw.problem("code", "framework.code.orphan", code.value(), p.value())));
      boolean leaf = !childMax.containsKey(code);
      Object method = methodOf.get(code);
      if (!leaf && Text.cleanOrNull(raw.method()) != null) {
        problems.add(raw.problem("method", "framework.method.parent", code.value()));
      }
      BigDecimal max = maxOf.get(code);
      if (max == null) {
        continue;
      }
      ScoringMethod scoring =
          leaf ? (method instanceof ScoringMethod m ? m : new Scoring.Manual()) : null;
      if (scoring != null) {
        checkPoints(raw, code, scoring, max);
      }
      String source = sourceOf.get(code);
      if (source != null
          && (scoring == null || !IndicatorSources.RATE_METHODS.contains(scoring.kind()))) {
        problems.add(
            raw.problem(
                "source",
                leaf ? "framework.source.method" : "framework.source.parent",
                code.value(),
                source,
                scoring == null ? "" : scoring.kind().code()));
        source = null;
      }
      if (!leaf) {
        checkChildren(raw, code, childMax.get(code), max);
      }
      criteria.add(new Criterion(code, nameOf.get(code), max, scoring, 0, source));
    }
    // Positions follow code order, as an export writes them: import(export(x)) equals x.
    criteria.sort(java.util.Comparator.comparing(Criterion::code));
    List<Criterion> numbered = new ArrayList<>();
    for (Criterion c : criteria) {
      numbered.add(
          new Criterion(
              c.code(), c.name(), c.maxPoints(), c.method(), numbered.size() + 1, c.source()));
    }
    return numbered;
  }

  private void checkPoints(
      RawCriterion raw, CriterionCode code, ScoringMethod method, BigDecimal max) {
    List<BigDecimal> points = new ArrayList<>();
    if (method instanceof Scoring.Levels l) {
      l.levels().forEach(level -> points.add(level.points()));
    } else if (method instanceof Scoring.RateBands r) {
      r.bands().forEach(band -> points.add(band.points()));
    }
    points.stream()
        .filter(p -> p.compareTo(max) > 0)
        .findFirst()
        .ifPresent(
            p ->
                problems.add(
                    raw.problem(
                        "params",
                        "framework.points.exceed",
                        code.value(),
                        Decimals.plain(p),
                        Decimals.plain(max))));
  }

  private void checkChildren(RawCriterion raw, CriterionCode code, BigDecimal sum, BigDecimal max) {
    if (sum.compareTo(max) > 0) {
      problems.add(
          raw.problem(
              "max",
              "framework.children.exceed",
              code.value(),
              Decimals.plain(sum),
              Decimals.plain(max)));
    }
  }
}
