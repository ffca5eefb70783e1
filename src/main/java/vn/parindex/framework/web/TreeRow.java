package vn.parindex.framework.web;

import java.util.List;
import vn.parindex.framework.CriteriaSet;
import vn.parindex.framework.Criterion;

/**
 * One line of the tree table: indented by depth, method and params in words on leaves, and the
 * obligations the criterion carries; the indicator a leaf's rate comes from, in words.
 */
record TreeRow(
    String code,
    String name,
    String maxPoints,
    int depth,
    String method,
    String params,
    String source,
    List<String> obligations) {

  static List<TreeRow> of(CriteriaSet set, ParamsDescription describe) {
    return set.criteria().stream().map(c -> row(set, c, describe)).toList();
  }

  private static TreeRow row(CriteriaSet set, Criterion c, ParamsDescription describe) {
    boolean leaf = set.isLeaf(c.code());
    return new TreeRow(
        c.code().value(),
        c.name(),
        ParamsDescription.number(c.maxPoints()),
        c.depth(),
        leaf ? describe.method(c.methodOrManual()) : "",
        leaf ? describe.params(c.methodOrManual()) : "",
        describe.source(c.source()),
        set.obligations(c.code()).stream().map(describe::obligation).toList());
  }
}
