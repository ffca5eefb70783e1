package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.framework.CriterionCode;
import vn.parindex.input.Bounds;
import vn.parindex.input.InputProblem;

/**
 * A unit's scores for a year against one criteria set. {@code reportedTotal} and {@code statedLoss}
 * are what a published table or document said, kept beside what ParIndex computes.
 */
public final class Assessment {

  /** The longest file name stored, as {@code assessment.source_name} allows. */
  static final int SOURCE_NAME = 500;

  private final Long id;
  private final long unitId;
  private final int year;
  private final long criteriaSetId;
  private final AssessmentStage stage;
  private final BigDecimal reportedTotal;
  private final BigDecimal statedLoss;
  private final String sourceName;
  private final LocalDateTime createdAt;
  private final Map<CriterionCode, AssessmentEntry> entries = new LinkedHashMap<>();
  private StatedRank statedRank = StatedRank.none();

  public Assessment(
      Long id,
      long unitId,
      int year,
      long criteriaSetId,
      AssessmentStage stage,
      BigDecimal reportedTotal,
      BigDecimal statedLoss,
      String sourceName,
      LocalDateTime createdAt,
      Collection<AssessmentEntry> entries) {
    this.id = id;
    this.unitId = unitId;
    this.year = year;
    this.criteriaSetId = criteriaSetId;
    this.stage = Objects.requireNonNull(stage);
    List<InputProblem> problems = new ArrayList<>();
    Bounds.number(reportedTotal, 0, "assessment.view.total", problems);
    Bounds.number(statedLoss, 0, "assessment.field.statedLoss", problems);
    Bounds.text(sourceName, SOURCE_NAME, 0, "assessment.field.file", problems);
    Bounds.check(problems);
    this.reportedTotal = reportedTotal;
    this.statedLoss = statedLoss;
    this.sourceName = sourceName;
    // null until stored: the repository stamps it with the injected clock, never the machine's
    this.createdAt = createdAt;
    for (AssessmentEntry entry : entries) {
      if (this.entries.putIfAbsent(entry.code(), entry) != null) {
        throw new IllegalArgumentException("duplicate entry " + entry.code());
      }
    }
  }

  public Assessment withId(long newId) {
    return copy(newId).withStatedRank(statedRank);
  }

  private Assessment copy(Long newId) {
    return new Assessment(
        newId,
        unitId,
        year,
        criteriaSetId,
        stage,
        reportedTotal,
        statedLoss,
        sourceName,
        createdAt,
        entries.values());
  }

  /** The same assessment with the rank a document stated (never null: {@link StatedRank#none}). */
  public Assessment withStatedRank(StatedRank rank) {
    Assessment copy = copy(id);
    copy.statedRank = rank == null ? StatedRank.none() : rank;
    return copy;
  }

  /** The same assessment created at {@code at} (the repository's stamp when it is stored). */
  Assessment createdAt(LocalDateTime at) {
    return new Assessment(
            id,
            unitId,
            year,
            criteriaSetId,
            stage,
            reportedTotal,
            statedLoss,
            sourceName,
            at,
            entries.values())
        .withStatedRank(statedRank);
  }

  /** The same assessment with the loss a document stated. */
  public Assessment withStatedLoss(BigDecimal loss) {
    return new Assessment(
            id,
            unitId,
            year,
            criteriaSetId,
            stage,
            reportedTotal,
            loss,
            sourceName,
            createdAt,
            entries.values())
        .withStatedRank(statedRank);
  }

  public StatedRank statedRank() {
    return statedRank;
  }

  public Optional<AssessmentEntry> entry(CriterionCode code) {
    return Optional.ofNullable(entries.get(code));
  }

  public List<AssessmentEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** Replaces the entry of the same code (or adds it). */
  public void put(AssessmentEntry entry) {
    entries.put(entry.code(), entry);
  }

  public Long id() {
    return id;
  }

  public long unitId() {
    return unitId;
  }

  public int year() {
    return year;
  }

  public long criteriaSetId() {
    return criteriaSetId;
  }

  public AssessmentStage stage() {
    return stage;
  }

  public BigDecimal reportedTotal() {
    return reportedTotal;
  }

  public BigDecimal statedLoss() {
    return statedLoss;
  }

  public String sourceName() {
    return sourceName;
  }

  /** When it was stored (on the server's wall clock); null before it is stored. */
  public LocalDateTime createdAt() {
    return createdAt;
  }
}
