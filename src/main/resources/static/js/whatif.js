// The what-if page: at each change of an input, asks the API what the assessment would score and
// shows it at once (no inline script: the CSP is script-src 'self'). Without this script the form
// posts and the page comes back with the same figures.
(function () {
  'use strict';
  var main = document.getElementById('what-if');
  var form = document.getElementById('what-if-form');
  if (!main || !form) { return; }
  var comma = main.dataset.lang === 'vi';
  var timer = null;

  function number(text) {
    var n = Number(text.replace(/\s/g, '').replace(',', '.'));
    return text.trim() === '' || isNaN(n) ? null : n;
  }

  function points(value) {
    if (value === null || value === undefined) { return ''; }
    var text = Number(value).toFixed(2);
    return comma ? text.replace('.', ',') : text;
  }

  function headers() {
    var h = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var extra = JSON.parse(document.body.getAttribute('hx-headers') || '{}');
    Object.keys(extra).forEach(function (k) { h[k] = extra[k]; });
    return h;
  }

  function changes() {
    var out = [];
    form.querySelectorAll('fieldset[data-code]').forEach(function (set) {
      var input = set.querySelector('input, select');
      var value = input.value.trim();
      if (value === '' || value === set.dataset.initial) { return; }
      var change = { code: set.dataset.code };
      var field = set.dataset.field;
      if (field === 'done') { change.done = value === 'true'; }
      else if (field === 'level') { change.level = value; }
      else {
        var n = number(value);
        if (n === null) { return; }
        change[field] = n;
      }
      out.push(change);
    });
    return out;
  }

  function show(answer) {
    var after = {};
    (answer ? answer.changes : []).forEach(function (c) { after[c.code] = c.after; });
    form.querySelectorAll('fieldset[data-code]').forEach(function (set) {
      set.querySelector('[data-after]').textContent = points(after[set.dataset.code]);
    });
    var then = answer ? answer.after : null;
    document.getElementById('then-total').textContent = then ? points(then.total) : '';
    document.getElementById('then-percent').textContent = then ? points(then.percent) + ' %' : '';
    document.getElementById('then-band').textContent = then && then.band ? then.band : '';
    document.getElementById('then-rank').textContent =
      then ? (then.rank ? then.rank + '/' + then.of : main.dataset.noRank) : '';
  }

  function error(text) {
    var box = document.getElementById('what-if-error');
    box.textContent = text || '';
    box.hidden = !text;
  }

  function ask() {
    var list = changes();
    if (list.length === 0) { show(null); error(null); return; }
    fetch(main.dataset.api, { method: 'POST', headers: headers(), body: JSON.stringify(list),
      credentials: 'same-origin' })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (r) {
        if (r.ok) { error(null); show(r.body); } else { error(r.body.detail); }
      })
      .catch(function () { error(null); });
  }

  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 250);
  });
  form.addEventListener('change', function () {
    clearTimeout(timer);
    ask();
  });
})();
