package vn.parindex.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * "Where the points went": the points lost by criterion, split into their kinds, for one unit of a
 * round or summed over the round's units the reader may see, largest loss first with the cumulative
 * share of the total (a Pareto). Read in one query of the stages of the round.
 */
@Service
public class RoundLosses {

  /** One criterion: its loss by kind and the cumulative % of the total loss up to this row. */
  public record Row(String code, String name, Loss loss, BigDecimal cumulativePercent) {}

  /**
   * The report: for one unit ({@code unitCode} set) or the round's visible units; {@code settled}
   * when every one of them is published (else the figures may still change).
   */
  public record Report(
      long roundId,
      int year,
      String parentName,
      String unitCode,
      String unitName,
      int units,
      boolean settled,
      Loss total,
      List<Row> rows) {}

  private final RoundLoader loader;
  private final Rounds rounds;
  private final Units units;
  private final RoundAccess access;
  private final JdbcClient jdbc;

  RoundLosses(RoundLoader loader, Rounds rounds, Units units, RoundAccess access, JdbcClient jdbc) {
    this.loader = loader;
    this.rounds = rounds;
    this.units = units;
    this.access = access;
    this.jdbc = jdbc;
  }

  /** Summed over the units of the round the reader may see. */
  @Transactional(readOnly = true)
  public Report ofRound(long roundId) {
    Round round = loader.round(roundId);
    List<RoundUnit> seen = access.visible(round, rounds.units(roundId));
    return report(round, seen, null);
  }

  /** One unit of the round. */
  @Transactional(readOnly = true)
  public Report ofUnit(long roundId, String unitCode) {
    Round round = loader.round(roundId);
    Unit unit = loader.unit(unitCode);
    access.checkRead(unit.id());
    RoundUnit row = loader.row(roundId, unit);
    return report(round, List.of(row), unit);
  }

  private Report report(Round round, List<RoundUnit> seen, Unit unit) {
    CriteriaSet set = loader.set(round);
    Map<Long, List<Entry>> stages = stages(round.id());
    Map<String, Loss> sum = new LinkedHashMap<>();
    for (RoundUnit u : seen) {
      LeafLosses.of(set, stages.getOrDefault(u.id(), List.of()))
          .forEach((code, loss) -> sum.merge(code, loss, Loss::plus));
    }
    Map<String, String> names = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (Criterion leaf : set.leaves()) {
      names.put(leaf.code().value(), leaf.name());
      order.add(leaf.code().value());
    }
    Loss total = sum.values().stream().reduce(Loss.NONE, Loss::plus);
    List<Map.Entry<String, Loss>> shown =
        sum.entrySet().stream()
            .filter(e -> e.getValue().any())
            .sorted(
                Comparator.<Map.Entry<String, Loss>, BigDecimal>comparing(e -> e.getValue().lost())
                    .reversed()
                    .thenComparing(
                        e -> e.getValue().lost().add(e.getValue().recoveredShown()),
                        Comparator.reverseOrder())
                    .thenComparing(e -> order.indexOf(e.getKey())))
            .toList();
    List<Row> rows = new ArrayList<>();
    BigDecimal running = BigDecimal.ZERO;
    for (Map.Entry<String, Loss> e : shown) {
      running = running.add(e.getValue().lost().max(BigDecimal.ZERO));
      rows.add(new Row(e.getKey(), names.get(e.getKey()), e.getValue(), percent(running, total)));
    }
    String parent = units.findById(round.parentUnitId()).map(Unit::name).orElse("");
    boolean settled = seen.stream().allMatch(u -> u.state() == RoundState.PUBLISHED);
    return new Report(
        round.id(),
        round.year(),
        parent,
        unit == null ? null : unit.code(),
        unit == null ? null : unit.name(),
        seen.size(),
        settled,
        total,
        rows);
  }

  private static BigDecimal percent(BigDecimal running, Loss total) {
    BigDecimal lost = total.lost().max(BigDecimal.ZERO);
    if (lost.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return running.multiply(BigDecimal.valueOf(100)).divide(lost, 1, RoundingMode.HALF_UP);
  }

  /** The stages of every leaf of the round's units, by round unit: one query. */
  private Map<Long, List<Entry>> stages(long roundId) {
    Map<Long, List<Entry>> byUnit = new HashMap<>();
    jdbc.sql(
            "select e.round_unit_id, e.code, e.self_points, e.round1_points, e.round2_points,"
                + " e.final_points from round_entry e join round_unit u on u.id = e.round_unit_id"
                + " where u.round_id = ?")
        .param(roundId)
        .query(
            rs -> {
              Entry e = new Entry(null, rs.getLong(1), rs.getString(2), 0);
              e.selfPoints = rs.getBigDecimal(3);
              e.round1Points = rs.getBigDecimal(4);
              e.round2Points = rs.getBigDecimal(5);
              e.finalPoints = rs.getBigDecimal(6);
              byUnit.computeIfAbsent(e.roundUnitId, k -> new ArrayList<>()).add(e);
            });
    return byUnit;
  }
}
