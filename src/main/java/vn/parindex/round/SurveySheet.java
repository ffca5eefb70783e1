package vn.parindex.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.parindex.account.Actor;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.MethodKind;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * The survey block of a round's page: the last import (file, rows, who, when), the survey leaves,
 * each unit's points on them, and whether the reader may import now.
 */
@Component
public class SurveySheet {

  /** A survey leaf: its code, name and max. */
  public record Leaf(String code, String name, BigDecimal max) {}

  /** One unit's survey points, one per leaf in order (null where the survey is missing). */
  public record UnitPoints(String code, String name, List<BigDecimal> points) {}

  /** The last import, or null when none was made. */
  public record LastImport(String fileName, int rows, String by, LocalDateTime at) {}

  public record SurveyBlock(
      long round,
      LastImport last,
      Integer version,
      List<Leaf> leaves,
      List<UnitPoints> units,
      boolean canImport,
      String surveyMissing) {}

  private final RoundLoader loader;
  private final Rounds rounds;
  private final SurveyPoints points;
  private final SurveyImport imports;
  private final Units units;
  private final RoundAccess access;
  private final Clock clock;

  SurveySheet(
      RoundLoader loader,
      Rounds rounds,
      SurveyPoints points,
      SurveyImport imports,
      Units units,
      RoundAccess access,
      Clock clock) {
    this.loader = loader;
    this.rounds = rounds;
    this.points = points;
    this.imports = imports;
    this.units = units;
    this.access = access;
    this.clock = clock;
  }

  public SurveyBlock block(long roundId) {
    Round round = loader.round(roundId);
    CriteriaSet set = loader.set(round);
    List<Leaf> leaves =
        set.leaves().stream()
            .filter(c -> c.methodOrManual().kind() == MethodKind.SURVEY)
            .map(c -> new Leaf(c.code().value(), c.name(), c.maxPoints()))
            .toList();
    List<RoundUnit> seen = access.visible(round, rounds.units(roundId));
    Map<Long, Map<String, BigDecimal>> all = points.ofRound(roundId);
    List<UnitPoints> rows = new ArrayList<>();
    for (RoundUnit unit : seen) {
      Unit u = units.findById(unit.unitId()).orElseThrow();
      Map<String, BigDecimal> of = all.getOrDefault(unit.id(), Map.of());
      List<BigDecimal> row = new ArrayList<>();
      leaves.forEach(l -> row.add(of.get(l.code())));
      rows.add(new UnitPoints(u.code(), u.name(), row));
    }
    var last = points.last(roundId);
    boolean opener = access.mayOpen(round.parentUnitId());
    return new SurveyBlock(
        roundId,
        last.map(i -> new LastImport(i.fileName(), i.rows(), i.by(), i.at())).orElse(null),
        last.map(SurveyPoints.Imported::version).orElse(-1),
        leaves,
        rows,
        opener && !round.published() && !leaves.isEmpty(),
        set.rules().surveyMissing().name());
  }

  /** The page's import: the round's opener only. */
  public void importFile(long roundId, String fileName, byte[] content, Integer version, Actor by) {
    access.checkOpen(loader.round(roundId).parentUnitId());
    imports.importFile(roundId, fileName, content, version, by, by.day(clock));
  }
}
