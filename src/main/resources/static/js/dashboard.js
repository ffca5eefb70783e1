// Draws the dashboards' charts from each canvas's data-chart JSON (no inline script: the CSP is
// script-src 'self') and makes tables with class "sortable" sortable by clicking a header.
(function () {
  'use strict';
  var COLORS = ['#1a7f37', '#5b8def', '#b08500', '#c62828', '#6f42c1', '#0a7c86'];

  function config(spec) {
    var rankAxis = spec.series.filter(function (s) { return s.axis === 'rank'; })[0];
    var datasets = spec.series.map(function (s, i) {
      var color = COLORS[i % COLORS.length];
      var d = { label: s.label, data: s.data, backgroundColor: color, borderColor: color };
      if (spec.type === 'line') { d.tension = 0.2; d.spanGaps = true; }
      if (s.axis === 'rank') { d.yAxisID = 'rank'; }
      return d;
    });
    var value = spec.horizontal ? 'x' : 'y';
    var category = spec.horizontal ? 'y' : 'x';
    var scales = {};
    scales[value] = { stacked: spec.stacked, beginAtZero: true };
    scales[category] = { stacked: spec.stacked };
    if (rankAxis) {
      scales.rank = { position: 'right', reverse: true, min: 1, ticks: { precision: 0 },
        grid: { drawOnChartArea: false } };
      if (rankAxis.max) { scales.rank.max = rankAxis.max; } // down to the last of the units ranked
    }
    return {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: { indexAxis: spec.horizontal ? 'y' : 'x', responsive: true,
        maintainAspectRatio: false, animation: false, scales: scales,
        plugins: { legend: { position: 'bottom' } } }
    };
  }

  function drawCharts() {
    if (typeof window.Chart === 'undefined') { return; }
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var chart = new window.Chart(canvas, config(JSON.parse(canvas.dataset.chart)));
      canvas.dataset.drawn = chart ? 'true' : 'false';
    });
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ''; }
    var raw = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
    var number = parseFloat(raw.replace(/\./g, '').replace(',', '.'));
    if (cell.hasAttribute('data-sort')) { number = parseFloat(raw); }
    return isNaN(number) ? raw.toLowerCase() : number;
  }

  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      th.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index), y = cellValue(b, index);
          if (x === '' && y !== '') { return 1; }
          if (y === '' && x !== '') { return -1; }
          var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi');
          return ascending ? order : -order;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function start() {
    drawCharts();
    document.querySelectorAll('table.sortable').forEach(makeSortable);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
