package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.input.InputProblem;
import vn.parindex.input.InvalidInputException;
import vn.parindex.unit.UnitType;

/**
 * A versioned criteria set for one (year, unit type): the tree of criteria and the classification
 * bands. Built through {@link #create}, which refuses duplicate codes, negative maxima and orphans.
 * {@code partial} marks a set rebuilt from a score table that lists only some criteria.
 */
public final class CriteriaSet {

  private final Long id;
  private final String name;
  private final int year;
  private final UnitType unitType;
  private final int version;
  private final boolean partial;
  private final String source;
  private final Map<CriterionCode, Criterion> criteria;
  // Children per parent, built once: isLeaf/leaves were quadratic, and scoring calls them a lot.
  private final Map<CriterionCode, List<Criterion>> children = new LinkedHashMap<>();
  private final List<ClassificationBand> bands;
  private final List<Obligation> obligations;
  private final SetRules rules;

  private CriteriaSet(
      Long id,
      String name,
      int year,
      UnitType unitType,
      int version,
      boolean partial,
      String source,
      List<Criterion> criteria,
      List<ClassificationBand> bands,
      List<Obligation> obligations,
      SetRules rules) {
    this.id = id;
    this.name = name;
    this.year = year;
    this.unitType = unitType;
    this.version = version;
    this.partial = partial;
    this.source = source;
    this.criteria = new LinkedHashMap<>();
    criteria.stream()
        .sorted(Comparator.comparing(Criterion::code))
        .forEach(c -> this.criteria.put(c.code(), c));
    for (Criterion c : this.criteria.values()) {
      c.code().parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
    }
    this.bands =
        bands.stream()
            .sorted(Comparator.comparing(ClassificationBand::minPercent).reversed())
            .toList();
    this.obligations = List.copyOf(obligations);
    this.rules = rules == null ? SetRules.DEFAULTS : rules;
  }

  /** Checks the tree; throws {@link InvalidInputException} listing every problem. */
  public static CriteriaSet create(
      Long id,
      String name,
      int year,
      UnitType unitType,
      int version,
      boolean partial,
      String source,
      List<Criterion> criteria,
      List<ClassificationBand> bands) {
    List<InputProblem> problems = new ArrayList<>();
    Map<CriterionCode, Criterion> seen = new LinkedHashMap<>();
    for (Criterion c : criteria) {
      int row = c.position();
      if (seen.putIfAbsent(c.code(), c) != null) {
        problems.add(InputProblem.of(row, "code", "framework.code.duplicate", c.code().value()));
      }
      if (c.maxPoints().signum() < 0) {
        problems.add(
            InputProblem.of(row, "max_points", "framework.max.negative", c.code().value()));
      }
    }
    for (Criterion c : criteria) {
      c.code()
          .parent()
          .filter(parent -> !seen.containsKey(parent))
          .ifPresent(
              parent ->
                  problems.add(
                      InputProblem.of(
                          c.position(),
                          "code",
                          "framework.code.orphan",
                          c.code().value(),
                          parent.value())));
    }
    if (criteria.isEmpty()) {
      problems.add(InputProblem.ofFile("framework.empty"));
    }
    SetBounds.check(name, source, criteria, bands, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new CriteriaSet(
        id, name, year, unitType, version, partial, source, criteria, bands, List.of(), null);
  }

  /**
   * This set's criteria and bands as a new, unsaved version (id none, obligations none): what an
   * import or a change of obligations saves.
   */
  public CriteriaSet asVersion(int newVersion, boolean isPartial, String newSource) {
    return new CriteriaSet(
        null,
        name,
        year,
        unitType,
        newVersion,
        isPartial,
        newSource,
        criteria(),
        bands,
        List.of(),
        rules);
  }

  public CriteriaSet withId(long newId) {
    return new CriteriaSet(
        newId,
        name,
        year,
        unitType,
        version,
        partial,
        source,
        List.copyOf(criteria.values()),
        bands,
        obligations,
        rules);
  }

  /**
   * This set carrying the given obligations, each naming one of its criteria (time windows,
   * recurring duties, deadlines, response times). Throws when one names no criterion of the set.
   */
  public CriteriaSet withObligations(List<Obligation> carried) {
    for (Obligation o : carried) {
      if (o.criterionCode() == null || !criteria.containsKey(CriterionCode.of(o.criterionCode()))) {
        throw new IllegalArgumentException("No criterion " + o.criterionCode());
      }
    }
    return new CriteriaSet(
        id,
        name,
        year,
        unitType,
        version,
        partial,
        source,
        List.copyOf(criteria.values()),
        bands,
        carried,
        rules);
  }

  /** This set with its rules for a round's totals (missing survey, bonus and penalty caps). */
  public CriteriaSet withRules(SetRules newRules) {
    return new CriteriaSet(
        id,
        name,
        year,
        unitType,
        version,
        partial,
        source,
        List.copyOf(criteria.values()),
        bands,
        obligations,
        newRules);
  }

  public SetRules rules() {
    return rules;
  }

  /** Every obligation the set carries, in the order given. */
  public List<Obligation> obligations() {
    return obligations;
  }

  /** The obligations of one criterion. */
  public List<Obligation> obligations(CriterionCode code) {
    return obligations.stream()
        .filter(o -> CriterionCode.of(o.criterionCode()).equals(code))
        .toList();
  }

  public Optional<Criterion> find(CriterionCode code) {
    return Optional.ofNullable(criteria.get(code));
  }

  /** All criteria in code order (1, 1.1, 1.1.1, 1.2, 2 …). */
  public List<Criterion> criteria() {
    return List.copyOf(criteria.values());
  }

  public List<Criterion> roots() {
    return criteria.values().stream().filter(c -> c.code().parent().isEmpty()).toList();
  }

  public List<Criterion> children(CriterionCode code) {
    return List.copyOf(children.getOrDefault(code, List.of()));
  }

  public boolean isLeaf(CriterionCode code) {
    return criteria.containsKey(code) && !children.containsKey(code);
  }

  public List<Criterion> leaves() {
    return criteria.values().stream().filter(c -> isLeaf(c.code())).toList();
  }

  /** The sum of the areas' maxima: the scale of this set (often 100). */
  public BigDecimal totalMax() {
    return roots().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The band for a percentage, if the set has bands. */
  public Optional<String> classify(BigDecimal percent) {
    return bands.stream()
        .filter(b -> percent.compareTo(b.minPercent()) >= 0)
        .map(ClassificationBand::label)
        .findFirst();
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public int year() {
    return year;
  }

  public UnitType unitType() {
    return unitType;
  }

  public int version() {
    return version;
  }

  public boolean partial() {
    return partial;
  }

  public String source() {
    return source;
  }

  public List<ClassificationBand> bands() {
    return bands;
  }
}
