package vn.parindex.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/** What the API shows of a round and of a unit's entries. */
@Component
class RoundViews {

  /** A round and the state of each unit the caller may see. */
  record RoundView(
      long id,
      int year,
      String parent,
      long framework,
      Windows windows,
      String publishedNumber,
      LocalDate publishedOn,
      List<UnitView> units) {}

  record UnitView(
      String code,
      String name,
      RoundState state,
      int version,
      BigDecimal total,
      BigDecimal percent,
      Integer rank,
      String band) {}

  /** One leaf, every stage side by side. */
  record EntryView(
      String code,
      int version,
      SelfInput self,
      BigDecimal selfPoints,
      List<Long> selfEvidence,
      BigDecimal round1Points,
      String round1Note,
      boolean explanationRequired,
      Boolean explanationAgree,
      String explanationText,
      List<Long> explanationEvidence,
      BigDecimal round2Points,
      String round2Note,
      BigDecimal finalPoints) {

    static EntryView of(Entry e) {
      return new EntryView(
          e.code,
          e.version,
          e.self,
          e.selfPoints,
          e.selfEvidence,
          e.round1Points,
          e.round1Note,
          e.explanationRequired,
          e.explanationAgree,
          e.explanationText,
          e.explanationEvidence,
          e.round2Points,
          e.round2Note,
          e.finalPoints);
    }
  }

  /** A unit's state and entries in the round. */
  record UnitEntries(
      UnitView unit, List<EntryView> entries, List<PreSubmission.UnitWarning> warnings) {}

  private final Rounds rounds;
  private final RoundEntries entries;
  private final Units units;
  private final RoundAccess access;
  private final RoundLoader loader;
  private final PreSubmission preSubmission;

  RoundViews(
      Rounds rounds,
      RoundEntries entries,
      Units units,
      RoundAccess access,
      RoundLoader loader,
      PreSubmission preSubmission) {
    this.rounds = rounds;
    this.entries = entries;
    this.units = units;
    this.access = access;
    this.loader = loader;
    this.preSubmission = preSubmission;
  }

  @Transactional(readOnly = true)
  RoundView round(Round round) {
    Map<Long, Rounds.Figures> figures = rounds.figuresOfRound(round.id());
    Map<Long, Unit> byId = unitsOf(units, round);
    List<UnitView> rows =
        access.visible(round, rounds.units(round.id())).stream()
            .map(
                row ->
                    unit(
                        row,
                        byId.computeIfAbsent(row.unitId(), id -> units.findById(id).orElseThrow()),
                        figures.get(row.id())))
            .toList();
    String parent =
        java.util.Optional.ofNullable(byId.get(round.parentUnitId())).map(Unit::code).orElse("");
    return new RoundView(
        round.id(),
        round.year(),
        parent,
        round.setId(),
        round.windows(),
        round.publishedNumber(),
        round.publishedOn(),
        rows);
  }

  @Transactional(readOnly = true)
  UnitEntries entries(long roundId, Unit unit) {
    RoundUnit row = loader.row(roundId, unit);
    Round round = loader.round(roundId);
    List<PreSubmission.UnitWarning> warnings =
        preSubmission.said(preSubmission.found(round, loader.set(round), row));
    return new UnitEntries(
        unit(row, unit, rounds.figures(row.id())),
        entries.all(row.id()).stream().map(EntryView::of).toList(),
        warnings);
  }

  /**
   * The round's parent and every unit under it, by id, in one query: the units a round covers (read
   * once, not one query per unit).
   */
  static Map<Long, Unit> unitsOf(Units units, Round round) {
    Map<Long, Unit> byId = new HashMap<>();
    units.subtree(round.parentUnitId()).forEach(u -> byId.put(u.id(), u));
    return byId;
  }

  private static UnitView unit(RoundUnit row, Unit unit, Rounds.Figures f) {
    return new UnitView(
        unit.code(),
        unit.name(),
        row.state(),
        row.version(),
        f.total(),
        f.percent(),
        f.rank(),
        f.band());
  }
}
