import { esc } from './escape.js';
import { STATUS_STYLES } from './status.js';
import type { DocRef } from './types.js';

/**
 * The view's filters and its CSV export: a status and a document to show,
 * and a button that saves what is shown as CSV, built in the page (no
 * network). Without the script the page shows everything and the controls
 * stay hidden.
 */
export function renderFilters(documents: readonly DocRef[]): string {
  const statuses = STATUS_STYLES.map((s) => `<option value="${esc(s.status)}">${esc(s.symbol)} ${esc(s.label)}</option>`).join('');
  const docs = documents.map((d) => `<option value="${esc(d.id)}">${esc(d.id)}${d.title ? ` — ${esc(d.title)}` : ''}</option>`).join('');
  return `<form id="filters" class="filters" aria-label="Filter the view" hidden>
<label for="filter-status">Status</label> <select id="filter-status" name="status"><option value="">every status</option>${statuses}</select>
<label for="filter-document">Document</label> <select id="filter-document" name="document"><option value="">every document</option>${docs}</select>
<button type="button" id="export-csv">Export this view as CSV</button>
<p id="filter-summary" role="status" aria-live="polite"></p>
</form>`;
}

/**
 * The filters and the export, in the page. A status keeps the cells and rows
 * of that status (a state stays while one of its cells matches); a document
 * keeps its obligations' columns and items. The export writes, one row per
 * visible cell of the states × obligations table (or per visible item on a
 * one-state page): state, name, key, document, what is asked, status.
 * Cells that a spreadsheet would read as a formula are prefixed with '.
 */
export const FILTER_SCRIPT = String.raw`(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  form.hidden = false;
  var st = document.getElementById('filter-status');
  var doc = document.getElementById('filter-document');
  var out = document.getElementById('filter-summary');
  function matches(el, s, d) {
    return (!s || el.getAttribute('data-status') === s) && (!d || !el.hasAttribute('data-document') || el.getAttribute('data-document') === d);
  }
  function filterMatrix(table, s, d) {
    if (!table) return null;
    table.querySelectorAll('th[data-document]').forEach(function (th) { th.hidden = !!d && th.getAttribute('data-document') !== d; });
    var states = 0, cells = 0;
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      var any = false;
      tr.querySelectorAll('td.cell').forEach(function (td) {
        td.hidden = !!d && td.hasAttribute('data-document') && td.getAttribute('data-document') !== d;
        var hit = !td.hidden && matches(td, s, '');
        td.classList.toggle('dim', !!s && !td.hidden && !hit);
        if (hit) { any = true; cells++; }
      });
      tr.hidden = !any;
      if (any) states++;
    });
    return { states: states, cells: cells };
  }
  function apply() {
    var s = st.value, d = doc.value;
    var m = filterMatrix(document.getElementById('heatmap-obligations'), s, d);
    filterMatrix(document.getElementById('heatmap-instruments'), s, '');
    var items = 0;
    document.querySelectorAll('.gap-table tbody tr[data-key]').forEach(function (tr) {
      tr.hidden = !matches(tr, s, d);
      if (!tr.hidden) items++;
    });
    var what = (s ? st.options[st.selectedIndex].text.replace(/^\S+ /, '') : 'every status') + ', ' + (d || 'every document');
    out.textContent = 'Showing ' + what + ': ' + (m ? m.states + ' states, ' + m.cells + ' cells; ' : '') + items + ' items on the state pages.';
  }
  function cell(v) {
    var t = String(v == null ? '' : v);
    if (/^[=+\-@\t\r]/.test(t)) t = "'" + t;
    return /[",\r\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
  }
  function rows() {
    var out = [['state', 'name', 'key', 'document', 'what is asked', 'status']];
    var table = document.getElementById('heatmap-obligations');
    if (table) {
      var heads = {};
      table.querySelectorAll('thead th[data-col]').forEach(function (th) { heads[th.getAttribute('data-col')] = th.getAttribute('title') || ''; });
      table.querySelectorAll('tbody tr').forEach(function (tr) {
        if (tr.hidden) return;
        tr.querySelectorAll('td.cell').forEach(function (td) {
          if (td.hidden || td.classList.contains('dim')) return;
          var key = td.getAttribute('data-key');
          var asked = (heads[key] || '').replace(/^\S+ \u2014 /, '');
          out.push([tr.getAttribute('data-state'), tr.getAttribute('data-name'), key, td.getAttribute('data-document') || '', asked, td.getAttribute('data-status')]);
        });
      });
      return out;
    }
    document.querySelectorAll('.state-page').forEach(function (page) {
      var name = page.getAttribute('data-name') || '';
      page.querySelectorAll('.gap-table tbody tr[data-key]').forEach(function (tr) {
        if (tr.hidden) return;
        var what = tr.querySelector('td.what');
        out.push([page.getAttribute('data-state'), name, tr.getAttribute('data-key'), tr.getAttribute('data-document') || '', what ? what.getAttribute('data-asked') || '' : '', tr.getAttribute('data-status')]);
      });
    });
    return out;
  }
  document.getElementById('export-csv').addEventListener('click', function () {
    var text = '\ufeff' + rows().map(function (r) { return r.map(cell).join(','); }).join('\r\n') + '\r\n';
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    a.download = 'plan-gaps' + (st.value ? '-' + st.value : '') + (doc.value ? '-' + doc.value : '') + '.csv';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  });
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (ev) { ev.preventDefault(); apply(); });
  apply();
})();`;
