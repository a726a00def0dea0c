import { describe, expect, it } from 'vitest';
import { anchor, esc, jsonForScript, safeUrl } from '../../src/reports/html/escape.js';
import { STATUS_STYLES, TEXT_ON_STATUS, contrast, legend } from '../../src/reports/html/status.js';
import { renderHemisphere, totals } from '../../src/reports/html/heatmap.js';
import { renderStatePage, stateCounts } from '../../src/reports/html/state-page.js';
import { coverage, renderInstrument } from '../../src/reports/html/instrument-page.js';
import { forceChange, renderLineage } from '../../src/reports/html/lineage.js';
import { renderSearch } from '../../src/reports/html/search.js';
import { age } from '../../src/reports/html/dates.js';
import { renderReport } from '../../src/reports/html/index.js';
import { styles } from '../../src/reports/html/styles.js';
import type { GapsAllView, GapsStateView, ReportView } from '../../src/reports/html/types.js';
import { headingLevels, scripts, skippedLevels, tagProblems } from './html-check.js';

const EVIL = '</script><script>alert(1)</script><b onmouseover="x">&amp;\u2028\u2029\u202e';

const ALL: GapsAllView = {
  today: '2026-01-01',
  documents: ['adopted'],
  obligations: [
    { key: 'adopted/1#untoc', paragraph: 'adopted/1', instrument: 'untoc' },
    { key: 'adopted/1#ia-mla', paragraph: 'adopted/1', instrument: 'ia-mla' },
    { key: 'adopted/2', paragraph: 'adopted/2' },
  ],
  states: [
    { id: 'MEX', name: 'Mexico', statuses: { 'adopted/1#untoc': 'done', 'adopted/1#ia-mla': 'no-record', 'adopted/2': 'partial' } },
    { id: 'NIC', name: `Nica${EVIL}`, statuses: { 'adopted/1#untoc': 'not-done', 'adopted/1#ia-mla': 'no-record', 'adopted/2': 'no-record' } },
  ],
};

const MEX: GapsStateView = {
  state: { id: 'MEX', name: 'Mexico', membership: { 'member-since': 1948, participation: 'participating' } },
  today: '2026-01-01',
  documents: ['adopted'],
  summary: { byStatus: { done: 1, partial: 1, 'no-record': 1 } },
  items: [
    {
      key: 'adopted/1#untoc', paragraph: 'adopted/1', document: 'adopted', obligation: { action: 'join-instruments', summary: 'Ratify' },
      force: 'should', instrument: 'untoc', status: 'done', asOf: '2014-01-27', stale: true,
      records: [
        { status: 'in-progress', 'as-of': '2001-01-01', evidence: [{ source: 'an older table' }] },
        { status: 'done', 'as-of': '2014-01-27', evidence: [{ source: `UNTC ${EVIL}`, url: 'javascript:alert(1)' }, { source: 'UNTC site', url: 'https://treaties.un.org/x?a=1&b=2' }] },
      ],
      evidence: [],
    },
    { key: 'adopted/1#ia-mla', paragraph: 'adopted/1', document: 'adopted', obligation: { action: 'join-instruments', summary: 'Ratify' }, force: 'should', instrument: 'ia-mla', status: 'no-record', stale: false, records: [], evidence: [] },
    { key: 'adopted/2', paragraph: 'adopted/2', document: 'adopted', obligation: { action: 'designate-authority', summary: EVIL }, force: 'consider', status: 'partial', asOf: '2022-05-01', stale: false, records: [{ status: 'partial', 'as-of': '2022-05-01', evidence: [{ source: 'a note verbale' }] }], evidence: [] },
  ],
};

function view(over: Partial<ReportView> = {}): ReportView {
  return {
    title: 'Plan report', today: '2026-01-01', notes: [`Note ${EVIL}`], documents: [{ id: 'adopted' }],
    hemisphere: ALL,
    obligations: [{ key: 'adopted/2', paragraph: 'adopted/2', summary: EVIL, force: 'consider', action: 'designate-authority' }],
    instrumentTitles: { untoc: 'United Nations Convention against Transnational Organized Crime' },
    states: [MEX],
    instruments: [{
      id: 'untoc', title: `UNTOC ${EVIL}`, articles: 41,
      citations: [{ paragraph: 'draft/1', document: 'draft', articles: ['16'] }, { paragraph: 'adopted/2', document: 'adopted', articles: ['16', '18'] }, { paragraph: 'adopted/1', document: 'adopted' }],
      urgedBy: [{ paragraph: 'adopted/1', document: 'adopted', force: 'should', summary: 'Ratify' }],
    }],
    lineage: [{ steps: [{ paragraph: 'draft/1', document: 'draft', force: 'shall', text: 'Old' }, { paragraph: 'adopted/2', document: 'adopted', force: 'consider', basis: 'paraphrased', text: EVIL }] }],
    search: [{ id: 'adopted/1', document: 'adopted', text: `Ratify ${EVIL}` }],
    ...over,
  };
}

/** No raw corpus markup survives: the only <script> tags are the report's own two. */
function assertNoInjection(html: string): void {
  expect(html).not.toContain('<script>alert');
  expect(html).not.toContain('<b onmouseover');
  expect(html).not.toContain('\u202e');
  for (const s of scripts(html)) expect(s).not.toMatch(/[\u2028\u2029]/);
}

describe('escape', () => {
  it('escapes HTML metacharacters and shows hidden characters', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(esc('a\u202eb\u0007c\u00a0d')).toBe('a\\u{202e}b\\u{7}c\u00a0d');
    expect(esc(undefined)).toBe('');
    expect(esc('México “Palermo”')).toBe('México “Palermo”');
  });
  it('makes JSON safe inside a script element and still parseable', () => {
    const v = { t: EVIL, lone: '\ud800' };
    const s = jsonForScript(v);
    expect(s).not.toMatch(/[<>&\u2028\u2029]/);
    expect(s).not.toMatch(/[\ud800-\udfff]/);
    expect(JSON.parse(s)).toEqual(v);
  });
  it('builds distinct, safe fragment ids', () => {
    expect(anchor('state', 'MEX')).toBe('state-MEX');
    expect(anchor('p', 'a/1.b')).not.toBe(anchor('p', 'a/1_b'));
    expect(anchor('p', '"><x')).toMatch(/^[A-Za-z0-9_-]+$/);
  });
  it('links only http(s) URLs', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
    expect(safeUrl('relative/path')).toBeUndefined();
    expect(safeUrl('https://treaties.un.org/')).toBe('https://treaties.un.org/');
  });
});

describe('status styles', () => {
  it('every status has a distinct symbol and label, readable without colour', () => {
    expect(new Set(STATUS_STYLES.map((s) => s.symbol)).size).toBe(STATUS_STYLES.length);
    expect(new Set(STATUS_STYLES.map((s) => s.label)).size).toBe(STATUS_STYLES.length);
  });
  it('text on every status colour has contrast >= 4.5:1', () => {
    for (const s of STATUS_STYLES) expect(contrast(TEXT_ON_STATUS, s.background), s.status).toBeGreaterThanOrEqual(4.5);
  });
  it('the page colours have contrast >= 4.5:1', () => {
    expect(contrast('#ffffff', '#0b3a60')).toBeGreaterThanOrEqual(4.5); // header
    expect(contrast('#0a4d8c', '#ffffff')).toBeGreaterThanOrEqual(4.5); // links
    expect(contrast('#0a4d8c', '#e8eef4')).toBeGreaterThanOrEqual(4.5); // nav links
    expect(contrast('#444444', '#ffffff')).toBeGreaterThanOrEqual(4.5); // muted
    expect(contrast('#7a3b00', '#ffffff')).toBeGreaterThanOrEqual(4.5); // stale
  });
  it('the legend lists every status with its symbol', () => {
    const l = legend();
    for (const s of STATUS_STYLES) expect(l).toContain(`>${s.symbol}</span> ${s.label}</li>`);
  });
});

describe('heatmap', () => {
  const html = renderHemisphere(ALL, view().obligations, view().instrumentTitles);
  it('has one cell per state and obligation key, and per state and instrument', () => {
    expect(html.match(/<td class="cell[^"]*" data-key=/g)).toHaveLength(2 * 3);
    expect(html.match(/<td class="cell[^"]*" data-instrument=/g)).toHaveLength(2 * 2);
    expect(tagProblems(html)).toEqual([]);
  });
  it('marks each cell with its status, symbol and a word', () => {
    expect(html).toContain('<td class="cell st-done" data-key="adopted/1#untoc" data-document="adopted" data-status="done" data-sort="0" title="Mexico · adopted/1#untoc — United Nations Convention against Transnational Organized Crime: done"><span aria-hidden="true">✓</span><span class="vh">done</span></td>');
  });
  it('heads each column with what is asked (the short title, else the summary), the id on hover, and sorts states by name', () => {
    const h = renderHemisphere(ALL, [{ key: 'adopted/2', paragraph: 'adopted/2', summary: 'Designate a national authority to coordinate the fight against organized crime' }], { untoc: 'United Nations Convention against Transnational Organized Crime' }, { untoc: 'UNTOC' });
    expect(h).toContain('<th scope="col" class="ob" data-col="adopted/1#untoc" data-document="adopted" title="adopted/1#untoc — United Nations Convention against Transnational Organized Crime"><button type="button" class="sort" data-label="adopted/1#untoc — United Nations Convention against Transnational Organized Crime">UNTOC</button></th>');
    expect(h).toContain('title="adopted/2 — Designate a national authority to coordinate the fight against organized crime"><button type="button" class="sort" data-label="adopted/2 — Designate a national authority to coordinate the fight against organized crime">Designate a national authority to…</button>');
    expect(h).not.toMatch(/<button[^>]*>adopted\/2<\/button>/);
    const rows = [...h.matchAll(/<tr data-state="([A-Z]+)"/g)].map((m) => m[1]);
    expect(rows.slice(0, 2)).toEqual(['MEX', 'NIC']);
    const z = renderHemisphere({ ...ALL, states: [{ id: 'ZZZ', name: 'Ábaco', statuses: {} }, ...ALL.states] }, [], {});
    expect([...z.matchAll(/<tr data-state="([A-Z]+)"/g)].map((m) => m[1]).slice(0, 3)).toEqual(['ZZZ', 'MEX', 'NIC']);
  });
  it('gives each state its coverage beside its totals', () => {
    expect(html).toContain('<td class="num cov" data-coverage="2" data-sort="0.6667">2/3 (67%)</td>');
    expect(html).toContain('<td class="num cov" data-coverage="1" data-sort="0.3333">1/3 (33%)</td>');
  });
  it('has header cells with scope and sort buttons, and per-state totals', () => {
    expect(html).toContain('<th scope="col" class="name"><button type="button" class="sort"');
    expect(html.match(/<th scope="row"/g)!.length).toBeGreaterThanOrEqual(4);
    expect(totals(ALL.states[0]!.statuses, ALL.obligations.map((o) => o.key))).toMatchObject({ done: 1, partial: 1, 'no-record': 1, 'not-done': 0 });
    expect(html).toContain('<td class="num" data-total="no-record" data-sort="2">2</td>');
  });
  it('escapes state names and obligation summaries', () => {
    assertNoInjection(html);
    expect(html).toContain('Nica&lt;/script&gt;');
  });
});

describe('state page', () => {
  const html = renderStatePage(MEX);
  it('shows counts from the gap summary and one row per item', () => {
    expect(stateCounts(MEX)).toMatchObject({ done: 1, partial: 1, 'no-record': 1, 'not-done': 0 });
    expect(html.match(/<tr data-key=/g)).toHaveLength(3);
    expect(html).toContain('<td class="num" data-count="done">1</td>');
    expect(tagProblems(html)).toEqual([]);
  });
  it('shows the as-of date of each record (never an age that reads like expiry), newest first, and flags stale ones', () => {
    expect(html).not.toContain('11 years 11 months');
    expect(html.indexOf('as of 2014-01-27')).toBeLessThan(html.indexOf('as of 2001-01-01'));
    expect(html).toContain('<span class="stale" title="a status that can change, recorded before the cut-off">stale</span>');
    const final = renderStatePage({ ...MEX, items: MEX.items.map((i) => (i.key === 'adopted/1#untoc' ? { ...i, stale: false, final: true } : i)) });
    expect(final).toContain('done, recorded as of 2014-01-27');
  });
  it('gives coverage first and says what "no record" means', () => {
    expect(html).toContain('<p class="coverage" data-coverage="2" data-total="3">3 items; 2 with a record (67%): 1 done, 1 partial; 1 no record</p>');
    expect(html).toContain('<th scope="row">With a record</th><td class="num" data-coverage="2">2/3 (67%)</td>');
    expect(html).toContain('It does not mean &quot;not done&quot;');
    expect(html).toContain('<code>plan new commitment --state MEX --instrument &lt;id&gt;</code>');
  });
  it('links evidence only over http(s) and escapes it', () => {
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://treaties.un.org/x?a=1&amp;b=2" rel="noreferrer">UNTC site</a>');
    assertNoInjection(html);
  });
  it('counts items when the summary has no byStatus', () => {
    expect(stateCounts({ ...MEX, summary: {} })).toMatchObject({ done: 1, partial: 1, 'no-record': 1 });
  });
});

describe('dates', () => {
  it('gives the age in years and months on today', () => {
    expect(age('2014-01-27', '2026-01-01')?.text).toBe('11 years 11 months');
    expect(age('2025-12-15', '2026-01-01')?.text).toBe('less than a month');
    expect(age('2020', '2026-01-01')?.text).toBe('6 years');
    expect(age('2027-01-01', '2026-01-01')?.text).toBe('dated after today');
    expect(age(undefined, '2026-01-01')).toBeUndefined();
  });
});

describe('instrument page', () => {
  const inst = view().instruments[0]!;
  it('counts citing paragraphs per article, all articles when known, then the whole instrument', () => {
    const bars = coverage(inst);
    expect(bars).toHaveLength(42);
    expect(bars.find((b) => b.label === '16')?.paragraphs).toEqual(['adopted/2', 'draft/1']);
    expect(bars.at(-1)).toEqual({ label: 'whole', paragraphs: ['adopted/1'] });
  });
  it('adds cited labels the instrument does not list, in natural order', () => {
    const bars = coverage({ ...inst, articles: undefined, citations: [{ paragraph: 'p', document: 'd', articles: ['10', '2', '14 bis'] }] });
    expect(bars.map((b) => b.label)).toEqual(['2', '10', '14 bis']);
  });
  it('draws an accessible inline SVG chart and lists the texts that urge it', () => {
    const html = renderInstrument(inst);
    expect(html).toMatch(/<svg class="chart" role="img" aria-labelledby="[^"]+"/);
    expect(html).toContain('<desc id="chart-untoc-d">Cited: article 16 (2), article 18 (1), the whole instrument (1).</desc>');
    expect(html).toContain('<h4 id="instrument-untoc-urge">Texts that urge it</h4>');
    expect(tagProblems(html)).toEqual([]);
    assertNoInjection(html);
  });
});

describe('lineage', () => {
  it('names the change of force', () => {
    expect(forceChange('shall', 'consider').kind).toBe('weaker');
    expect(forceChange('may', 'should').kind).toBe('stronger');
    expect(forceChange('should', 'should').kind).toBe('same');
    expect(forceChange('should', 'urge').kind).toBe('reworded');
    expect(forceChange(undefined, 'urge').kind).toBe('unknown');
  });
  it('renders each chain oldest first with its basis and force change', () => {
    const html = renderLineage(view().lineage);
    expect(html).toContain('force shall → consider, weaker');
    expect(html).toContain('[paraphrased]');
    const ol = html.slice(html.indexOf('<ol'));
    expect(ol.indexOf('draft/1')).toBeLessThan(ol.indexOf('adopted/2'));
    expect(tagProblems(html)).toEqual([]);
    assertNoInjection(html);
  });
});

describe('search', () => {
  it('embeds the index as safe JSON with a labelled search box', () => {
    const html = renderSearch(view().search);
    expect(html).toContain('<label for="search-input">');
    expect(html).toContain('<input type="search" id="search-input"');
    const json = /<script type="application\/json" id="search-index">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json)).toEqual([['adopted/1', 'adopted', `Ratify ${EVIL}`]]);
    assertNoInjection(html);
  });
});

describe('the whole page', () => {
  const html = renderReport(view());
  it('is well formed with landmarks and headings in order', () => {
    expect(tagProblems(html)).toEqual([]);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    for (const lm of ['<header class="site">', '<nav class="site" aria-label="Report sections">', '<main id="main"', '<footer class="site">']) expect(html).toContain(lm);
    const levels = headingLevels(html);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(skippedLevels(levels)).toEqual([]);
  });
  it('is self-contained: no external scripts, styles, fonts or images', () => {
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link\b/);
    expect(html).not.toMatch(/@import|@font-face|url\(/);
    expect(html).not.toMatch(/<img\b|<iframe\b/);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.filter((h) => !h.startsWith('#') && !h.startsWith('https://'))).toEqual([]);
  });
  it('has exactly its own two scripts: the index and the code', () => {
    expect(scripts(html)).toHaveLength(2);
    assertNoInjection(html);
  });
  it('is deterministic', () => {
    expect(renderReport(view())).toBe(html);
  });
  it('has a print stylesheet for A4 that hides navigation and search and keeps rows whole', () => {
    const css = styles();
    expect(css).toContain('@page{size:A4');
    expect(css).toMatch(/@media print\{[\s\S]*nav\.site,[^{]*#search/);
    expect(css).toMatch(/tr,li,\.legend\{break-inside:avoid/);
  });
  it('a one-state report has that state and the search only', () => {
    const one = renderReport(view({ onlyState: 'MEX' }));
    expect(one).toContain('id="state-MEX"');
    expect(one).not.toContain('id="hemisphere"');
    expect(one).not.toContain('id="instruments"');
    expect(tagProblems(one)).toEqual([]);
    expect(skippedLevels(headingLevels(one))).toEqual([]);
  });
});

describe('an empty hemisphere', () => {
  it('says there is nothing to show instead of empty tables', () => {
    const html = renderReport(view({ hemisphere: { ...ALL, states: [], obligations: [] }, states: [] }));
    expect(html).toContain('The corpus has no state files yet: there is nothing to show (0 states × 0 obligations).');
    expect(html).not.toContain('id="heatmap-obligations"');
    expect(tagProblems(html)).toEqual([]);
  });
});
