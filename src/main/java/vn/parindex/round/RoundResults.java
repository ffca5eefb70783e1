package vn.parindex.round;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.unit.Unit;
import vn.parindex.unit.Units;

/**
 * The results a publication froze, as the round's page lists them for whoever published or follows
 * the round: every unit with its total, percentage, rank among the round's units and band, best
 * first. Published results are public (the public results page shows them to anyone), so the
 * chairman who published, whose own scope is the province alone, reads them all. None before.
 */
@Service
public class RoundResults {

  /** One unit's published line; {@code of} counts every unit of the round. */
  public record Result(
      String code,
      String name,
      BigDecimal total,
      BigDecimal percent,
      int rank,
      int of,
      String band) {}

  private final RoundLoader loader;
  private final Rounds rounds;
  private final Units units;

  RoundResults(RoundLoader loader, Rounds rounds, Units units) {
    this.loader = loader;
    this.rounds = rounds;
    this.units = units;
  }

  @Transactional(readOnly = true)
  public List<Result> of(long roundId) {
    Round round = loader.round(roundId);
    if (!round.published()) {
      return List.of();
    }
    List<RoundUnit> all = rounds.units(roundId);
    Map<Long, Rounds.Figures> figures = rounds.figuresOfRound(roundId);
    Map<Long, Unit> byId = RoundViews.unitsOf(units, round);
    return all.stream()
        .filter(row -> figures.get(row.id()) != null && figures.get(row.id()).rank() != null)
        .map(
            row -> {
              Rounds.Figures f = figures.get(row.id());
              Unit unit =
                  byId.computeIfAbsent(row.unitId(), id -> units.findById(id).orElseThrow());
              return new Result(
                  unit.code(), unit.name(), f.total(), f.percent(), f.rank(), all.size(), f.band());
            })
        .sorted(Comparator.comparingInt(Result::rank).thenComparing(Result::name))
        .toList();
  }
}
