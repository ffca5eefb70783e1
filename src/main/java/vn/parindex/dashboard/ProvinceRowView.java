package vn.parindex.dashboard;

import java.math.BigDecimal;
import vn.parindex.page.Page;

/**
 * A row of the province page as shown: figures formatted once here (2 decimals, decimal comma) and
 * the raw values the table sorts by, so that each of the page's hundreds of cells is a plain read.
 */
record ProvinceRowView(
    String code,
    String name,
    String href,
    String total,
    String totalSort,
    String rank,
    Integer rankSort,
    String band,
    String completion,
    String completionSort,
    String overdueClass,
    int overdue,
    int tasks) {

  static ProvinceRowView of(ProvinceDashboard.ChildRow r) {
    BigDecimal completion = r.tasks().completionPercent();
    return new ProvinceRowView(
        r.code(),
        r.name(),
        "/dashboard?unit=" + Page.param(r.code()),
        Figures.comma(r.total()),
        r.total() == null ? null : r.total().toPlainString(),
        r.rank() == null ? "" : r.rank() + "/" + r.peers(),
        r.rank(),
        r.band(),
        Figures.comma(completion),
        completion.toPlainString(),
        Figures.overdueClass(r.tasks().overdue()),
        r.tasks().overdue(),
        r.tasks().total());
  }
}
