package vn.parindex.framework.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.parindex.framework.ClassificationBand;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.ScoringMethod;
import vn.parindex.framework.ScoringParams;
import vn.parindex.framework.SetRules;
import vn.parindex.unit.UnitType;

/** A criteria set as the API returns it: the tree of nodes, methods and params on leaves. */
record CriteriaSetView(
    Long id,
    String name,
    int year,
    UnitType unitType,
    int version,
    boolean partial,
    BigDecimal totalMax,
    List<ClassificationBand> bands,
    List<Node> tree,
    SetRules rules) {

  record Node(
      String code,
      String name,
      BigDecimal maxPoints,
      String method,
      Map<String, Object> params,
      List<Node> children) {}

  static CriteriaSetView of(CriteriaSet set) {
    return new CriteriaSetView(
        set.id(),
        set.name(),
        set.year(),
        set.unitType(),
        set.version(),
        set.partial(),
        set.totalMax(),
        set.bands(),
        set.roots().stream().map(c -> node(set, c)).toList(),
        set.rules());
  }

  private static Node node(CriteriaSet set, Criterion c) {
    boolean leaf = set.isLeaf(c.code());
    ScoringMethod method = leaf ? c.methodOrManual() : null;
    return new Node(
        c.code().value(),
        c.name(),
        c.maxPoints(),
        method == null ? null : method.kind().code(),
        method == null ? null : ScoringParams.toMap(method),
        set.children(c.code()).stream().map(child -> node(set, child)).toList());
  }
}
