import { anchor, esc } from './escape.js';
import { STATUS_ORDER, legend, statusClass, statusStyle } from './status.js';
import type { GapStatus, GapsAllView, ObligationInfo } from './types.js';

/** A column of a heatmap: a key of the statuses map and how to label it. */
interface Column {
  key: string;
  label: string;
  title: string;
}

/** Per-state totals by status, counted from the statuses the gap report gives. */
export function totals(statuses: Record<string, GapStatus>, keys: readonly string[]): Record<string, number> {
  const t: Record<string, number> = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0]));
  for (const k of keys) {
    const s = statuses[k];
    if (s !== undefined) t[s] = (t[s] ?? 0) + 1;
  }
  return t;
}

function cell(stateName: string, col: Column, status: GapStatus | undefined, attr: string): string {
  const st = status ?? 'no-record';
  const s = statusStyle(st);
  return `<td class="cell ${statusClass(st)}" ${attr}="${esc(col.key)}" data-status="${esc(st)}" data-sort="${s.rank}" title="${esc(`${stateName} · ${col.title}: ${s.label}`)}"><span aria-hidden="true">${esc(s.symbol)}</span><span class="vh">${esc(s.label)}</span></td>`;
}

function matrix(opts: {
  id: string;
  caption: string;
  view: GapsAllView;
  columns: Column[];
  statusOf: (state: GapsAllView['states'][number], key: string) => GapStatus | undefined;
  cellAttr: string;
}): string {
  const { view, columns } = opts;
  const head = [
    `<th scope="col" class="name"><button type="button" class="sort" data-label="state">State</button></th>`,
    ...columns.map((c) => `<th scope="col" class="ob"><button type="button" class="sort" data-label="${esc(c.title)}" title="${esc(c.title)}">${esc(c.label)}</button></th>`),
    ...STATUS_ORDER.map((s) => `<th scope="col" class="tot num"><button type="button" class="sort" data-label="${esc(statusStyle(s).label)} (total)">${esc(statusStyle(s).label)}</button></th>`),
  ].join('');
  const rows = view.states.map((st) => {
    const statuses: Record<string, GapStatus> = {};
    for (const c of columns) {
      const s = opts.statusOf(st, c.key);
      if (s !== undefined) statuses[c.key] = s;
    }
    const t = totals(statuses, columns.map((c) => c.key));
    const cells = columns.map((c) => cell(st.name, c, statuses[c.key], opts.cellAttr)).join('');
    const tots = STATUS_ORDER.map((s) => `<td class="num" data-total="${esc(s)}" data-sort="${t[s] ?? 0}">${t[s] ?? 0}</td>`).join('');
    return `<tr data-state="${esc(st.id)}"><th scope="row" data-sort="${esc(st.name)}"><a href="#${anchor('state', st.id)}">${esc(st.name)}</a> <span class="iso">${esc(st.id)}</span></th>${cells}${tots}</tr>`;
  }).join('\n');
  return `<div class="table-scroll"><table class="heatmap" id="${esc(opts.id)}">
<caption class="vh">${esc(opts.caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`;
}

/** The instruments that obligations name, in the order they first appear. */
export function instrumentColumns(view: GapsAllView): string[] {
  const seen = new Set<string>();
  for (const o of view.obligations) if (o.instrument) seen.add(o.instrument);
  return [...seen];
}

/**
 * The hemisphere: states × obligations and states × instruments, coloured by
 * status with symbols and a legend, per-state totals, sortable; then what each
 * obligation column means. A state × instrument cell shows the status of the
 * first obligation (in the gap report's order) that names the instrument.
 */
export function renderHemisphere(view: GapsAllView, obligations: ObligationInfo[], instrumentTitles: Record<string, string>): string {
  const info = new Map(obligations.map((o) => [o.key, o]));
  const obCols: Column[] = view.obligations.map((o) => {
    const i = info.get(o.key);
    return { key: o.key, label: o.key, title: i?.summary ? `${o.key} — ${i.summary}` : o.key };
  });
  const firstKey = new Map<string, string>();
  for (const o of view.obligations) if (o.instrument && !firstKey.has(o.instrument)) firstKey.set(o.instrument, o.key);
  const instCols: Column[] = instrumentColumns(view).map((id) => ({
    key: id, label: id, title: instrumentTitles[id] ? `${instrumentTitles[id]} (${id})` : id,
  }));

  const obTable = matrix({
    id: 'heatmap-obligations', caption: 'Status of each state on each obligation of the texts, with totals by status',
    view, columns: obCols, statusOf: (st, k) => st.statuses[k], cellAttr: 'data-key',
  });
  const instTable = instCols.length === 0 ? '<p>No obligation names an instrument.</p>' : matrix({
    id: 'heatmap-instruments', caption: 'Status of each state on each instrument that the obligations name, with totals by status',
    view, columns: instCols, statusOf: (st, id) => st.statuses[firstKey.get(id)!], cellAttr: 'data-instrument',
  });

  const keyRows = view.obligations.map((o) => {
    const i = info.get(o.key);
    return `<tr><th scope="row"><span class="key">${esc(o.key)}</span></th><td>${esc(i?.force ?? '')}</td><td>${esc(i?.action ?? '')}</td><td>${esc(i?.summary ?? '')}</td></tr>`;
  }).join('\n');

  if (view.states.length === 0 || view.obligations.length === 0) {
    return `<section id="hemisphere" aria-labelledby="hemisphere-h">
<h2 id="hemisphere-h">The hemisphere</h2>
<p>${view.states.length === 0 ? 'The corpus has no state files yet' : 'The texts computed against ask nothing of member states that a state can meet or not'}: there is nothing to show (${view.states.length} states × ${view.obligations.length} obligations).</p>
</section>`;
  }
  return `<section id="hemisphere" aria-labelledby="hemisphere-h">
<h2 id="hemisphere-h">The hemisphere</h2>
<p class="lead">${view.states.length} states × ${view.obligations.length} obligations. Each cell shows a state's status with a symbol and a colour; the totals count each state's statuses. Sort by any column with its header button; a state's name leads to its page.</p>
${legend()}
<h3 id="heatmap-obligations-h">States × obligations</h3>
${obTable}
<h3 id="heatmap-instruments-h">States × instruments</h3>
${instTable}
<h3 id="obligation-keys-h">The obligations</h3>
<div class="table-scroll"><table class="keys">
<thead><tr><th scope="col">Key</th><th scope="col">Force</th><th scope="col">Action</th><th scope="col">What is asked</th></tr></thead>
<tbody>
${keyRows}
</tbody>
</table></div>
</section>`;
}
