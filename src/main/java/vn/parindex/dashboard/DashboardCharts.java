package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The charts of the dashboards, labelled in the request's language. */
@Component
class DashboardCharts {

  private final MessageSource messages;

  DashboardCharts(MessageSource messages) {
    this.messages = messages;
  }

  /** Stacked bars per department: verified, done awaiting verification, on schedule, overdue. */
  Chart departments(UnitDashboard d) {
    List<String> labels =
        d.departments().stream()
            .map(r -> r.name() == null ? text("dashboard.department.none") : r.name())
            .toList();
    return new Chart(
        "bar",
        labels,
        List.of(
            series(d, "dashboard.status.verified", TaskCounts::verified),
            series(d, "dashboard.status.done", TaskCounts::done),
            series(d, "dashboard.status.open", TaskCounts::open),
            series(d, "dashboard.status.overdue", TaskCounts::overdue)),
        true,
        true);
  }

  private Chart.Series series(UnitDashboard d, String key, Function<TaskCounts, Integer> count) {
    return new Chart.Series(
        text(key), d.departments().stream().map(r -> count.apply(r.counts())).toList(), null);
  }

  Chart areas(UnitDashboard d) {
    return new Chart(
        "bar",
        d.areas().stream().map(a -> a.code() + ". " + a.name()).toList(),
        List.of(
            new Chart.Series(
                text("dashboard.areas.lost"),
                d.areas().stream().map(a -> Dashboards.scaled(a.lost())).toList(),
                null)),
        false,
        true);
  }

  Chart trend(UnitDashboard d) {
    List<UnitDashboard.YearPoint> t = d.trend();
    return new Chart(
        "line",
        t.stream().map(p -> String.valueOf(p.year())).toList(),
        List.of(
            new Chart.Series(
                text("dashboard.trend.total"), t.stream().map(p -> p.total()).toList(), null),
            new Chart.Series(
                text("dashboard.trend.rank"),
                t.stream().map(p -> p.rank()).toList(),
                "rank",
                t.stream()
                    .map(UnitDashboard.YearPoint::peers)
                    .filter(java.util.Objects::nonNull)
                    .max(Integer::compare)
                    .orElse(null))),
        false,
        false);
  }

  /** Child units' latest total and plan completion side by side. */
  Chart province(ProvinceDashboard p) {
    List<ProvinceDashboard.ChildRow> rows = p.rows();
    return new Chart(
        "bar",
        rows.stream().map(ProvinceDashboard.ChildRow::name).toList(),
        List.of(
            new Chart.Series(
                text("dashboard.province.total"),
                rows.stream().map(r -> r.total() == null ? (BigDecimal) null : r.total()).toList(),
                null),
            new Chart.Series(
                text("dashboard.province.completion"),
                rows.stream().map(r -> r.tasks().completionPercent()).toList(),
                null)),
        false,
        false);
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
