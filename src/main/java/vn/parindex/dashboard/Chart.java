package vn.parindex.dashboard;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What static/js/dashboard.js draws with Chart.js, carried as JSON in a canvas's data-chart
 * attribute (the CSP allows no inline script). {@code axis} "rank" puts a series on a reversed
 * right-hand axis (1 at the top), down to the number of units ranked ({@code max}).
 */
record Chart(
    String type, List<String> labels, List<Series> series, boolean stacked, boolean horizontal) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** {@code max}: the top of the series' own axis when the data alone would not show it. */
  record Series(String label, List<? extends Number> data, String axis, Integer max) {

    Series(String label, List<? extends Number> data, String axis) {
      this(label, data, axis, null);
    }
  }

  String json() {
    return JSON.writeValueAsString(this);
  }
}
