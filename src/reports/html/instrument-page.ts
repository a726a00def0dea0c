import { compareArticles } from '../xref/index.js';
import { anchor, esc } from './escape.js';
import type { InstrumentView } from './types.js';
import { maxOf } from '../../util/arrays.js';

/** One bar of the coverage chart: an article label and the paragraphs citing it. */
export interface CoverageBar {
  label: string;
  paragraphs: string[];
}

const WHOLE = 'whole';

/**
 * Article coverage: every article the instrument has (when known) in order,
 * then cited labels it does not list, then citations of the whole instrument.
 */
export function coverage(inst: InstrumentView): CoverageBar[] {
  const labels: string[] = typeof inst.articles === 'number'
    ? Array.from({ length: inst.articles }, (_, i) => String(i + 1))
    : Array.isArray(inst.articles) ? [...inst.articles] : [];
  const by = new Map<string, Set<string>>(labels.map((l) => [l, new Set()]));
  const extra: string[] = [];
  const whole = new Set<string>();
  for (const c of inst.citations) {
    if (!c.articles || c.articles.length === 0) { whole.add(c.paragraph); continue; }
    for (const a of c.articles) {
      let s = by.get(a);
      if (!s) { s = new Set(); by.set(a, s); extra.push(a); }
      s.add(c.paragraph);
    }
  }
  extra.sort(compareArticles);
  const bars = [...labels, ...extra].map((l) => ({ label: l, paragraphs: [...by.get(l)!].sort() }));
  if (whole.size) bars.push({ label: WHOLE, paragraphs: [...whole].sort() });
  return bars;
}

/** An inline SVG bar chart of article coverage, with a text description. */
export function coverageChart(inst: InstrumentView, bars: CoverageBar[]): string {
  const max = maxOf(bars.map((b) => b.paragraphs.length), 1);
  const bw = 14, gap = 4, top = 18, h = 110, left = 28, bottom = 46;
  const width = left + bars.length * (bw + gap) + 30;
  const height = top + h + bottom;
  const every = bars.length > 45 ? 5 : 1;
  const tid = anchor('chart', inst.id);
  const cited = bars.filter((b) => b.paragraphs.length > 0);
  const desc = cited.length === 0 ? 'No article is cited.'
    : `Cited: ${cited.map((b) => `${b.label === WHOLE ? 'the whole instrument' : `article ${b.label}`} (${b.paragraphs.length})`).join(', ')}.`;
  const parts: string[] = [];
  // axis and ticks
  parts.push(`<line x1="${left}" y1="${top + h}" x2="${width - 4}" y2="${top + h}" stroke="#333"/>`);
  parts.push(`<text x="${left - 4}" y="${top + 4}" text-anchor="end" font-size="10" fill="#333">${max}</text>`);
  parts.push(`<text x="${left - 4}" y="${top + h}" text-anchor="end" font-size="10" fill="#333">0</text>`);
  bars.forEach((b, i) => {
    const x = left + 4 + i * (bw + gap);
    const bh = Math.round((b.paragraphs.length / max) * h);
    const tip = `${b.label === WHOLE ? 'Whole instrument' : `Article ${b.label}`}: ${b.paragraphs.length} paragraph${b.paragraphs.length === 1 ? '' : 's'}${b.paragraphs.length ? ` (${b.paragraphs.join(', ')})` : ''}`;
    if (bh > 0) parts.push(`<rect x="${x}" y="${top + h - bh}" width="${bw}" height="${bh}" fill="${b.label === WHOLE ? '#6a3d9a' : '#0a4d8c'}"><title>${esc(tip)}</title></rect>`);
    if (b.paragraphs.length > 0) parts.push(`<text x="${x + bw / 2}" y="${top + h - bh - 3}" text-anchor="middle" font-size="9" fill="#111">${b.paragraphs.length}</text>`);
    if (b.label === WHOLE || i % every === 0 || b.paragraphs.length > 0) {
      parts.push(`<text transform="translate(${x + bw / 2},${top + h + 6}) rotate(60)" font-size="9" fill="#111">${esc(b.label)}</text>`);
    }
  });
  return `<svg class="chart" role="img" aria-labelledby="${tid}-t ${tid}-d" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">
<title id="${tid}-t">Article coverage of ${esc(inst.title)}: paragraphs citing each article</title>
<desc id="${tid}-d">${esc(desc)}</desc>
${parts.join('\n')}
</svg>`;
}

/** One instrument: titles, the coverage chart and table, the texts that urge it. */
export function renderInstrument(inst: InstrumentView): string {
  const id = anchor('instrument', inst.id);
  const bars = coverage(inst);
  const cited = bars.filter((b) => b.paragraphs.length > 0);
  const known = inst.articles === undefined ? 'No source gives its articles; only cited articles are shown.'
    : `${typeof inst.articles === 'number' ? inst.articles : inst.articles.length} articles.`;
  const table = cited.length === 0 ? '' : `<div class="table-scroll"><table class="coverage">
<caption class="vh">Paragraphs citing each article of ${esc(inst.title)}</caption>
<thead><tr><th scope="col">Article</th><th scope="col" class="num">Paragraphs</th><th scope="col">Cited by</th></tr></thead>
<tbody>${cited.map((b) => `<tr><th scope="row">${b.label === WHOLE ? 'whole instrument' : esc(b.label)}</th><td class="num">${b.paragraphs.length}</td><td>${b.paragraphs.map((p) => `<span class="key">${esc(p)}</span>`).join(', ')}</td></tr>`).join('')}</tbody>
</table></div>`;
  const urged = inst.urgedBy.length === 0 ? '<p>No obligation in the texts names it.</p>'
    : `<ul>${inst.urgedBy.map((u) => `<li><span class="key">${esc(u.paragraph)}</span> <span class="muted">(${esc(u.document)}${u.force ? `, ${esc(u.force)}` : ''})</span>${u.summary ? `: ${esc(u.summary)}` : ''}</li>`).join('')}</ul>`;
  const docs = [...new Set(inst.citations.map((c) => c.document))].sort();
  return `<section class="instrument" id="${id}" aria-labelledby="${id}-h">
<h3 id="${id}-h">${esc(inst.title)} <span class="muted">(${esc(inst.id)})</span></h3>
${inst.shortTitles && inst.shortTitles.length ? `<p>Also: ${inst.shortTitles.map(esc).join(', ')}.</p>` : ''}
<h4 id="${id}-cov">Article coverage across the texts</h4>
<p>${esc(known)} ${inst.citations.length} citation${inst.citations.length === 1 ? '' : 's'}${docs.length ? ` in ${docs.map(esc).join(', ')}` : ''}.</p>
${inst.citations.length ? coverageChart(inst, bars) : ''}
${table}
<h4 id="${id}-urge">Texts that urge it</h4>
${urged}
</section>`;
}

/** The instruments section. */
export function renderInstruments(list: InstrumentView[]): string {
  const index = list.map((i) => `<li><a href="#${anchor('instrument', i.id)}">${esc(i.id)}</a></li>`).join('');
  return `<section id="instruments" aria-labelledby="instruments-h">
<h2 id="instruments-h">Instruments</h2>
${list.length === 0 ? '<p>No instrument in the corpus.</p>' : `<nav class="state-nav" aria-label="Instruments"><ul>${index}</ul></nav>`}
${list.map(renderInstrument).join('\n')}
</section>`;
}
