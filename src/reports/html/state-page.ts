import { compareText } from '../../util/text.js';
import { foldName } from '../../model/resolve.js';
import { noRecordParts } from '../gaps/text.js';
import { age } from './dates.js';
import { anchor, esc, safeUrl } from './escape.js';
import { coverageOf } from './heatmap.js';
import { STATUS_ORDER, statusBadge, statusStyle } from './status.js';
import type { EvidenceView, GapItemView, GapsStateView, RecordView } from './types.js';

/** A state's counts by status: the gap report's summary, else counted from its items. */
export function stateCounts(view: GapsStateView): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0]));
  const by = view.summary?.byStatus;
  if (by && typeof by === 'object') {
    for (const [k, v] of Object.entries(by)) if (typeof v === 'number') out[k] = v;
    return out;
  }
  for (const it of view.items) out[it.status] = (out[it.status] ?? 0) + 1;
  return out;
}

function stateName(view: GapsStateView): { en: string; es?: string } {
  const n = view.state.name;
  if (typeof n === 'string') return { en: n };
  return { en: n?.en ?? view.state.id, ...(n?.es ? { es: n.es } : {}) };
}

/** Membership as one line, whatever shape the gap report gives it. */
export function describe(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return v.map(describe).filter(Boolean).join('; ');
  return Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined && x !== null && !(Array.isArray(x) && x.length === 0))
    .map(([k, x]) => {
      const key = k.replace(/-/g, ' ');
      if (typeof x === 'object') return `${key}: ${describe(x)}`;
      // "participation: participating" reads as just "participating".
      return k === 'participation' || k === 'status' ? String(x) : `${key} ${String(x)}`;
    }).join('; ');
}

function evidenceList(ev: EvidenceView[] | undefined): string {
  if (!ev || ev.length === 0) return '';
  return `<ul class="evidence">${ev.map((e) => {
    const href = safeUrl(e.url);
    const src = href ? `<a href="${esc(href)}" rel="noreferrer">${esc(e.source)}</a>` : esc(e.source);
    const via = e.via ? ` <span class="muted">(via ${esc(e.via)})</span>` : '';
    return `<li>${src}${via}</li>`;
  }).join('')}</ul>`;
}

function recordAsOf(r: RecordView): string | undefined {
  return r['as-of'] ?? r.asOf;
}

function records(item: GapItemView, today: string): string {
  if (!item.records || item.records.length === 0) {
    return item.evidence.length ? evidenceList(item.evidence) : '<span class="muted">No record: nothing known, no source.</span>';
  }
  // Newest first, as the gap report decides by the newest as-of.
  const recs = [...item.records].sort((a, b) => compareText(recordAsOf(b) ?? '', recordAsOf(a) ?? ''));
  // The as-of date, not an age: a ratification recorded in 2014 has not expired.
  return `<ul class="records">${recs.map((r, i) => {
    const asOf = recordAsOf(r);
    const events = (r.events ?? []).map((e) => `${esc(e.action)} ${esc(e.date)}`).join(', ');
    const recorded = i === 0 && item.final ? 'recorded as of' : 'as of';
    return `<li class="${i === 0 ? 'current' : 'older'}">${i === 0 ? '' : '<span class="muted">earlier: </span>'}${esc(statusStyle(r.status).label)}, ${recorded} ${esc(asOf ?? '?')}${events ? `; ${events}` : ''}${r.note ? `. ${esc(r.note)}` : ''}${evidenceList(r.evidence)}</li>`;
  }).join('')}</ul>`;
}

function obligationText(o: GapItemView['obligation']): string {
  if (typeof o === 'string') return o;
  return o.summary ?? o.subject ?? o.action;
}

/**
 * One state's page: its counts by status and its gap list, each item with its
 * status, the age of its records and their evidence. Prints on A4 by itself.
 */
export function renderStatePage(view: GapsStateView): string {
  const id = view.state.id;
  const name = stateName(view);
  const target = anchor('state', id);
  const counts = stateCounts(view);
  const member = describe(view.state.membership);
  const countRows = STATUS_ORDER.map((s) => `<tr><th scope="row">${statusBadge(s)}</th><td class="num" data-count="${esc(s)}">${counts[s] ?? 0}</td></tr>`).join('');
  const total = STATUS_ORDER.reduce((n, s) => n + (counts[s] ?? 0), 0);
  const cov = coverageOf(counts, total);
  const [nrA, nrCmd, nrB] = noRecordParts(id, name.en);
  const rows = view.items.map((it) => {
    const st = statusStyle(it.status);
    const a = age(it.asOf, view.today);
    const asOf = it.asOf ? `${it.final ? '<span class="muted">recorded as of</span><br>' : ''}${esc(it.asOf)}` : '<span class="muted">—</span>';
    return `<tr data-key="${esc(it.key)}" data-document="${esc(it.document)}" data-status="${esc(it.status)}">
<td class="what" data-sort="${esc(it.key)}" data-asked="${esc(obligationText(it.obligation))}"><span class="key">${esc(it.key)}</span><br>${esc(obligationText(it.obligation))}</td>
<td data-sort="${esc(it.force ?? '')}">${esc(it.force ?? '')}</td>
<td data-sort="${st.rank}">${statusBadge(it.status)}${it.stale ? '<span class="stale" title="a status that can change, recorded before the cut-off">stale</span>' : ''}</td>
<td class="asof" data-sort="${a ? a.months : -1}">${asOf}</td>
<td>${records(it, view.today)}</td>
</tr>`;
  }).join('\n');
  const hid = `${target}-h`;
  return `<section class="state-page" id="${target}" data-state="${esc(id)}" data-name="${esc(name.en)}" aria-labelledby="${hid}">
<div class="state-head"><h3 id="${hid}">${esc(name.en)} <span class="muted">(${esc(id)})</span></h3>
<button type="button" class="print-state" data-state="${esc(id)}" data-target="${target}" hidden>Print this state’s page</button></div>
${name.es && name.es !== name.en ? `<p lang="es">${esc(name.es)}</p>` : ''}
${member ? `<p>OAS membership: ${esc(member)}</p>` : ''}
<h4 id="${hid}-sum">Totals</h4>
<p class="coverage" data-coverage="${cov.withRecord}" data-total="${total}">${esc(coverageLine(counts, total))}</p>
<table class="summary-table" aria-labelledby="${hid}-sum"><thead><tr><th scope="col">Status</th><th scope="col" class="num">Items</th></tr></thead><tbody><tr><th scope="row">With a record</th><td class="num" data-coverage="${cov.withRecord}">${esc(cov.text)}</td></tr>${countRows}</tbody></table>
${(counts['no-record'] ?? 0) > 0 ? `<p class="muted no-record-note">${esc(nrA)}<code>${esc(nrCmd)}</code>${esc(nrB)}</p>` : ''}
<h4 id="${hid}-gaps">Gap list</h4>
${view.items.length === 0 ? '<p>No obligation in these texts.</p>' : `<div class="table-scroll"><table class="gap-table" aria-labelledby="${hid}-gaps">
<thead><tr><th scope="col"><button type="button" class="sort" data-label="obligation">Obligation</button></th><th scope="col"><button type="button" class="sort" data-label="force">Force</button></th><th scope="col"><button type="button" class="sort" data-label="status">Status</button></th><th scope="col"><button type="button" class="sort" data-label="age">As of</button></th><th scope="col">Records and evidence</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>`}
</section>`;
}

/** Coverage first, then the statuses among the items with a record: `83 items; 18 with a record (22%): 16 done, …; 65 no record`. */
export function coverageLine(counts: Record<string, number>, total: number): string {
  const cov = coverageOf(counts, total);
  const parts = STATUS_ORDER.filter((s) => s !== 'no-record' && (counts[s] ?? 0) > 0).map((s) => `${counts[s]} ${statusStyle(s).label}`);
  const n = `${total} item${total === 1 ? '' : 's'}`;
  if (cov.withRecord === 0) return `${n}; none with a record; ${counts['no-record'] ?? 0} no record`;
  return `${n}; ${cov.text.replace(/^(\d+)\/\d+/, '$1 with a record')}: ${parts.join(', ')}; ${counts['no-record'] ?? 0} no record`;
}

/** States by name (accents and case folded, then code points), locale-independent. */
function sortByName(views: GapsStateView[]): GapsStateView[] {
  const key = (v: GapsStateView): string => foldName(stateName(v).en);
  return [...views].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.state.id < b.state.id ? -1 : 1));
}

/** The states section: an index of the states by name with their codes, then each state's page. */
export function renderStates(unsorted: GapsStateView[]): string {
  const views = sortByName(unsorted);
  const index = views.map((v) => `<li><a href="#${anchor('state', v.state.id)}">${esc(stateName(v).en)}</a> <span class="iso">${esc(v.state.id)}</span></li>`).join('');
  return `<section id="states" aria-labelledby="states-h">
<h2 id="states-h">States</h2>
<nav class="state-nav" aria-label="States"><ul>${index}</ul></nav>
${views.length === 0 ? '<p>The corpus has no state files yet.</p>' : views.map(renderStatePage).join('\n')}
</section>`;
}
