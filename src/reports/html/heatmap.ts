import { foldName } from '../../model/resolve.js';
import { anchor, esc } from './escape.js';
import { STATUS_ORDER, legend, statusClass, statusStyle } from './status.js';
import type { GapStatus, GapsAllView, ObligationInfo } from './types.js';
import { compareText as cmp } from '../../util/text.js';

/** A column of a heatmap: a key of the statuses map, what it asks (the heading) and its id with the full text (on hover). */
interface Column {
  key: string;
  label: string;
  title: string;
  document?: string;
}

/** States by name (accents and case folded, then code points), the code breaking ties: locale-independent. */
export function byName<T extends { id: string; name: string }>(states: readonly T[]): T[] {
  return [...states].sort((a, b) => cmp(foldName(a.name), foldName(b.name)) || cmp(a.name, b.name) || cmp(a.id, b.id));
}

/** A heading short enough for a column: the text cut at a word before `max` characters. */
export function shortLabel(text: string, max = 42): string {
  const t = text.trim();
  if ([...t].length <= max) return t;
  const cut = [...t].slice(0, max - 1).join('');
  const at = cut.lastIndexOf(' ');
  return `${(at > max / 2 ? cut.slice(0, at) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A state's coverage: items with a record of those shown, and the share. */
export function coverageOf(t: Record<string, number>, total: number): { withRecord: number; text: string; ratio: number } {
  const withRecord = total - (t['no-record'] ?? 0);
  const ratio = total ? withRecord / total : 0;
  const p = Math.round(ratio * 100);
  const pct = p === 0 && withRecord > 0 ? '<1%' : p === 100 && withRecord < total ? '>99%' : `${p}%`;
  return { withRecord, ratio, text: `${withRecord}/${total} (${pct})` };
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
  const doc = col.document ? ` data-document="${esc(col.document)}"` : '';
  return `<td class="cell ${statusClass(st)}" ${attr}="${esc(col.key)}"${doc} data-status="${esc(st)}" data-sort="${s.rank}" title="${esc(`${stateName} · ${col.title}: ${s.label}`)}"><span aria-hidden="true">${esc(s.symbol)}</span><span class="vh">${esc(s.label)}</span></td>`;
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
    ...columns.map((c) => `<th scope="col" class="ob" data-col="${esc(c.key)}"${c.document ? ` data-document="${esc(c.document)}"` : ''} title="${esc(c.title)}"><button type="button" class="sort" data-label="${esc(c.title)}">${esc(c.label)}</button></th>`),
    `<th scope="col" class="tot num cov"><button type="button" class="sort" data-label="with a record (coverage)">With a record</button></th>`,
    ...STATUS_ORDER.map((s) => `<th scope="col" class="tot num"><button type="button" class="sort" data-label="${esc(statusStyle(s).label)} (total)">${esc(statusStyle(s).label)}</button></th>`),
  ].join('');
  const rows = byName(view.states).map((st) => {
    const statuses: Record<string, GapStatus> = {};
    for (const c of columns) {
      const s = opts.statusOf(st, c.key);
      if (s !== undefined) statuses[c.key] = s;
    }
    const t = totals(statuses, columns.map((c) => c.key));
    const cells = columns.map((c) => cell(st.name, c, statuses[c.key], opts.cellAttr)).join('');
    const cov = coverageOf(t, columns.filter((c) => statuses[c.key] !== undefined).length);
    const tots = `<td class="num cov" data-coverage="${cov.withRecord}" data-sort="${cov.ratio.toFixed(4)}">${esc(cov.text)}</td>`
      + STATUS_ORDER.map((s) => `<td class="num" data-total="${esc(s)}" data-sort="${t[s] ?? 0}">${t[s] ?? 0}</td>`).join('');
    return `<tr data-state="${esc(st.id)}" data-name="${esc(st.name)}"><th scope="row" data-sort="${esc(foldName(st.name))}"><a href="#${anchor('state', st.id)}">${esc(st.name)}</a> <span class="iso">${esc(st.id)}</span></th>${cells}${tots}</tr>`;
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
export function renderHemisphere(view: GapsAllView, obligations: ObligationInfo[], instrumentTitles: Record<string, string>, instrumentShort: Record<string, string> = {}): string {
  const info = new Map(obligations.map((o) => [o.key, o]));
  // A heading says what is asked: the instrument's short title, else the obligation's summary; the id is on hover.
  const obCols: Column[] = view.obligations.map((o) => {
    const i = info.get(o.key);
    const summary = i?.summary ?? o.summary;
    const label = o.instrument ? (instrumentShort[o.instrument] ?? o.instrument) : shortLabel(summary ?? o.key);
    const inst = o.instrument ? instrumentTitles[o.instrument] : undefined;
    const what = summary && inst ? `${summary} (${inst})` : summary ?? inst;
    return { key: o.key, label, title: what ? `${o.key} — ${what}` : o.key, document: o.document ?? o.paragraph.split('/')[0]! };
  });
  const firstKey = new Map<string, string>();
  for (const o of view.obligations) if (o.instrument && !firstKey.has(o.instrument)) firstKey.set(o.instrument, o.key);
  const instCols: Column[] = instrumentColumns(view).map((id) => ({
    key: id, label: instrumentShort[id] ?? id, title: instrumentTitles[id] ? `${id} — ${instrumentTitles[id]}` : id,
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
<p class="lead">${view.states.length} states × ${view.obligations.length} obligations, states by name. Each cell shows a state's status with a symbol and a colour; a heading says what is asked (its id on hover). "With a record" is how many of the obligations a source answers for that state, then the totals count its statuses. Sort by any column with its header button; a state's name leads to its page.</p>
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
