package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;

/** The scored tree as the API and the pages show it: figures rounded to 2 decimals for display. */
public record TreeView(
    long id,
    String unit,
    String unitName,
    int year,
    AssessmentStage stage,
    long frameworkId,
    String frameworkName,
    boolean partialFramework,
    String sourceName,
    Totals totals,
    StatedRank statedRank,
    List<Node> nodes) {

  public record Node(
      String code,
      int depth,
      String name,
      BigDecimal maxPoints,
      BigDecimal points,
      BigDecimal computed,
      BigDecimal reported,
      BigDecimal byRule,
      BigDecimal lost,
      BigDecimal percent,
      String reason,
      String measure,
      String note,
      boolean listed,
      boolean differs,
      List<Node> children) {}

  public record Totals(
      BigDecimal max,
      BigDecimal total,
      BigDecimal computedTotal,
      BigDecimal loss,
      BigDecimal computedLoss,
      BigDecimal statedLoss,
      BigDecimal percent,
      String band) {}

  public static Totals totals(Scorecard card) {
    return new Totals(
        r(card.maxTotal()),
        r(card.total()),
        r(card.computedTotal()),
        r(card.maxTotal().subtract(card.total())),
        r(card.computedLoss()),
        r(card.assessment().statedLoss()),
        card.percent(),
        card.band().orElse(null));
  }

  public static Node node(ScoredNode n) {
    AssessmentEntry e = n.entry();
    BigDecimal computed = n.leaf() ? n.byRule() : n.computed();
    boolean differs =
        computed != null && n.points() != null && r(computed).compareTo(r(n.points())) != 0;
    return new Node(
        n.criterion().code().value(),
        n.criterion().depth(),
        n.criterion().name(),
        r(n.max()),
        r(n.points()),
        r(computed),
        r(n.reported()),
        r(n.byRule()),
        r(n.lost()),
        n.percent(),
        e == null ? null : e.reason(),
        e == null ? null : e.measure(),
        e == null ? null : e.note(),
        n.listed(),
        differs,
        n.children().stream().map(TreeView::node).toList());
  }

  static BigDecimal r(BigDecimal value) {
    return value == null ? null : Checker.round(value);
  }

  /** Depth-first list of every node, for a flat indented table. */
  public List<Node> flat() {
    List<Node> out = new java.util.ArrayList<>();
    nodes.forEach(n -> walk(n, out));
    return out;
  }

  private static void walk(Node n, List<Node> out) {
    out.add(n);
    n.children().forEach(c -> walk(c, out));
  }
}
