package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.List;
import vn.parindex.input.Bounds;
import vn.parindex.input.InputProblem;

/**
 * What a criteria set can store, checked when one is made from any source (YAML, a table, a score
 * table's partial set, the obligations editor): the lengths of names and parameters, maxima below
 * {@link vn.parindex.input.Decimals#LIMIT}, bands between 0 and 100 %.
 */
final class SetBounds {

  static final int NAME = 500;
  static final int SOURCE = 500;
  static final int CRITERION_NAME = 2000;
  static final int PARAMS = 4000;
  static final int BAND_LABEL = 100;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SetBounds() {}

  static void check(
      String name,
      String source,
      List<Criterion> criteria,
      List<ClassificationBand> bands,
      List<InputProblem> problems) {
    Bounds.text(name, NAME, 0, "framework.form.name", problems);
    Bounds.text(source, SOURCE, 0, "framework.form.file", problems);
    for (Criterion c : criteria) {
      int row = c.position();
      Bounds.text(c.name(), CRITERION_NAME, row, "framework.col.criterion", problems);
      Bounds.number(c.maxPoints(), row, "framework.col.max", problems);
      if (c.method() != null) {
        Bounds.text(ParamsText.format(c.method()), PARAMS, row, "framework.col.params", problems);
      }
    }
    for (ClassificationBand band : bands) {
      Bounds.text(band.label(), BAND_LABEL, 0, "framework.bands", problems);
      if (band.minPercent().signum() < 0 || band.minPercent().compareTo(HUNDRED) > 0) {
        problems.add(
            InputProblem.ofField(
                0,
                "framework.bands",
                "framework.band.min.range",
                band.minPercent().toPlainString()));
      }
    }
  }
}
