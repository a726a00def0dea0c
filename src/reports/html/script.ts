/**
 * The report's only script, inline. It enhances a page that reads fine
 * without it: sortable tables (buttons in the headers, aria-sort), the offline
 * search over the embedded paragraph index, and "Print this state".
 * It never writes corpus text as HTML: results are built with textContent.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var live = document.getElementById('sort-status');

  function sortValue(cell) {
    if (!cell) return '';
    var v = cell.getAttribute('data-sort');
    return v === null ? (cell.textContent || '').trim() : v;
  }
  function isNum(s) { return /^-?\d+(?:\.\d+)?$/.test(s); }

  function sortTable(button) {
    var th = button.closest('th');
    var table = th.closest('table');
    var row = th.parentElement;
    var col = Array.prototype.indexOf.call(row.children, th);
    var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    table.querySelectorAll('thead th[aria-sort]').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir);
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    rows.forEach(function (r, i) { if (!r.hasAttribute('data-i')) r.setAttribute('data-i', String(i)); });
    var sign = dir === 'ascending' ? 1 : -1;
    rows.sort(function (a, b) {
      var x = sortValue(a.cells[col]), y = sortValue(b.cells[col]);
      var c = isNum(x) && isNum(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0; // the same in every browser locale
      return c ? sign * c : Number(a.getAttribute('data-i')) - Number(b.getAttribute('data-i'));
    });
    rows.forEach(function (r) { tbody.appendChild(r); });
    if (live) live.textContent = 'Sorted by ' + (button.getAttribute('data-label') || button.textContent) + ', ' + dir + '.';
  }
  document.querySelectorAll('button.sort').forEach(function (b) {
    b.addEventListener('click', function () { sortTable(b); });
  });

  document.querySelectorAll('button.print-state').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      var id = b.getAttribute('data-state');
      var page = document.getElementById(b.getAttribute('data-target'));
      if (!page) return;
      page.classList.add('printing');
      document.body.setAttribute('data-print-state', id);
      window.print();
    });
  });
  window.addEventListener('afterprint', function () {
    document.body.removeAttribute('data-print-state');
    document.querySelectorAll('.printing').forEach(function (p) { p.classList.remove('printing'); });
  });

  // Offline search: accent- and case-insensitive, every term must start a word.
  var input = document.getElementById('search-input');
  var data = document.getElementById('search-index');
  if (!input || !data) return;
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var MAX = 50;
  function foldChar(ch) {
    return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'").replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s/g, ' ');
  }
  // Folded text and, for each folded character, the index of the original one.
  function fold(s) {
    var out = '', map = [], i = 0;
    for (var ch of s) {
      var f = foldChar(ch);
      for (var k = 0; k < f.length; k++) map.push(i);
      out += f;
      i += ch.length;
    }
    map.push(s.length);
    return { text: out, map: map };
  }
  var entries = JSON.parse(data.textContent || '[]').map(function (e) {
    var f = fold(e[2]);
    return { id: e[0], doc: e[1], text: e[2], folded: f.text, map: f.map };
  });
  var WORD = /[\p{L}\p{N}]/u;
  function terms(q) {
    var out = [], re = /"([^"]*)"|(\S+)/g, m;
    var f = fold(q).text;
    while ((m = re.exec(f))) {
      var t = (m[1] !== undefined ? m[1] : m[2]).replace(/\*+$/, '').trim();
      if (t) out.push(t);
    }
    return out;
  }
  function find(e, t) {
    var hits = [], from = 0, at;
    while ((at = e.folded.indexOf(t, from)) !== -1) {
      if (at === 0 || !WORD.test(e.folded[at - 1]) || !WORD.test(t[0])) hits.push([at, at + t.length]);
      from = at + 1;
    }
    return hits;
  }
  // Shows invisible and bidi control characters as \u{...}, as the rest of the page does.
  function visible(s) {
    return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, function (c) {
      return '\\u{' + c.charCodeAt(0).toString(16) + '}';
    });
  }
  function render(e, ranges) {
    var li = document.createElement('li');
    var head = document.createElement('p');
    var code = document.createElement('code');
    code.textContent = e.id;
    head.appendChild(code);
    head.appendChild(document.createTextNode(' \u2014 ' + e.doc));
    li.appendChild(head);
    var p = document.createElement('p');
    p.className = 'quote';
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    ranges.forEach(function (r) {
      var s = e.map[r[0]], t = e.map[r[1]];
      if (s < pos) return;
      p.appendChild(document.createTextNode(visible(e.text.slice(pos, s))));
      var mk = document.createElement('mark');
      mk.textContent = visible(e.text.slice(s, t));
      p.appendChild(mk);
      pos = t;
    });
    p.appendChild(document.createTextNode(visible(e.text.slice(pos))));
    li.appendChild(p);
    return li;
  }
  function run() {
    var ts = terms(input.value);
    list.textContent = '';
    if (!ts.length) { status.textContent = 'Type a word to search ' + entries.length + ' paragraphs.'; return; }
    var n = 0;
    entries.forEach(function (e) {
      var ranges = [];
      for (var i = 0; i < ts.length; i++) {
        var h = find(e, ts[i]);
        if (!h.length) return;
        ranges = ranges.concat(h);
      }
      n++;
      if (n <= MAX) list.appendChild(render(e, ranges));
    });
    status.textContent = n === 0 ? 'No paragraph matches.' : n + (n === 1 ? ' paragraph matches' : ' paragraphs match') + (n > MAX ? '; the first ' + MAX + ' are shown.' : '.');
  }
  var timer;
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); });
  var form = input.form;
  if (form) form.addEventListener('submit', function (ev) { ev.preventDefault(); clearTimeout(timer); run(); });
  run();
})();`;
