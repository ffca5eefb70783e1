package vn.parindex.assessment.publicresults;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.assessment.Scorecard;
import vn.parindex.assessment.ScoredNode;
import vn.parindex.assessment.StatedRank;
import vn.parindex.unit.Unit;

/** A ranked unit's published line: its rank as shown, last year's, and its points by area. */
final class PublicLines {

  private PublicLines() {}

  /** A unit's published scorecard with its computed place among {@code of} peers. */
  record Ranked(Unit unit, Scorecard card, BigDecimal total, int rank, int of) {}

  /** Last year's rank, or none; {@code merged} when the unit was formed from several. */
  record Previous(Integer rank, boolean merged) {}

  /** The computed rank, or the stated one when the unit is the only one published here. */
  static int[] shownRank(Ranked r) {
    StatedRank stated = r.card().assessment().statedRank();
    if (r.of() <= 1 && stated != null && stated.rank() != null && stated.of() != null) {
      return new int[] {stated.rank(), stated.of()};
    }
    return new int[] {r.rank(), r.of()};
  }

  /**
   * Without last year's results here, the change the published document stated ("tăng 3 bậc") for a
   * unit shown with its stated rank: last year's rank is this year's plus the places gained.
   */
  private static Previous stated(Ranked r, int[] rank) {
    StatedRank stated = r.card().assessment().statedRank();
    // shown as the document stated it (alone here, or its whole ranking stated): its change too
    boolean byStatedRank =
        stated != null
            && stated.rank() != null
            && stated.of() != null
            && rank[0] == stated.rank()
            && rank[1] == stated.of();
    if (byStatedRank && stated.change() != null) {
      return new Previous(rank[0] + stated.change(), false);
    }
    return new Previous(null, false);
  }

  static PublicRanking.Line line(Ranked r, Previous computed) {
    Scorecard card = r.card();
    int[] rank = shownRank(r);
    Previous previous = computed.rank() == null && !computed.merged() ? stated(r, rank) : computed;
    List<PublicRanking.Area> areas = new ArrayList<>();
    for (ScoredNode root : card.roots()) {
      List<PublicRanking.Item> items = new ArrayList<>();
      root.children().forEach(child -> items(child, 1, items));
      areas.add(
          new PublicRanking.Area(
              root.criterion().code().toString(),
              root.criterion().name(),
              two(root.points()),
              two(root.max()),
              items));
    }
    return new PublicRanking.Line(
        rank[0],
        rank[1],
        r.unit().code(),
        r.unit().name(),
        r.unit().type() == null ? null : r.unit().type().name(),
        r.total(),
        two(card.maxTotal()),
        two(card.percent()),
        card.band().orElse(null),
        previous.rank(),
        previous.rank() == null ? null : previous.rank() - rank[0],
        previous.merged(),
        areas);
  }

  private static void items(ScoredNode node, int depth, List<PublicRanking.Item> into) {
    into.add(
        new PublicRanking.Item(
            node.criterion().code().toString(),
            node.criterion().name(),
            two(node.points()),
            two(node.max()),
            depth));
    node.children().forEach(child -> items(child, depth + 1, into));
  }

  private static BigDecimal two(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }
}
