/**
 * `plan report` in a real browser: headless Chromium (Debian's package, never a
 * downloaded one) opens the generated file offline and checks it against
 * `plan gaps --format json`. Screenshots go to tests/artifacts/ (gitignored;
 * CI keeps them as artifacts).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseCsv } from '../../src/formatters/csv.js';
import { plan, REPO } from '../cli/run.js';
import { removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { REPORT_FIXTURE } from '../helpers/report-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(REPO, 'tests', 'artifacts');
const TODAY = '2026-01-01';
const MAX_BYTES = 5 * 1024 * 1024;

interface GapsAll {
  documents: Array<{ id: string }>;
  obligations: Array<{ key: string; document: string }>;
  states: Array<{ id: string; name: string; statuses: Record<string, string> }>;
}

/** States as a reader finds them: by name, accents and case aside (code points, no locale). */
function byName<T extends { id: string; name: string }>(states: readonly T[]): T[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return [...states].sort((a, b) => (fold(a.name) < fold(b.name) ? -1 : fold(a.name) > fold(b.name) ? 1 : a.id < b.id ? -1 : 1));
}
interface GapsState {
  summary: { byStatus?: Record<string, number>; withRecord?: number; total?: number };
  items: Array<{ key: string; status: string }>;
}

function json<T>(args: string[]): T {
  const r = plan(args);
  if (r.code !== 0 && r.code !== 1) throw new Error(`plan ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the browser test needs Debian's chromium package (apt-get install -y chromium; .ci/run installs it). It never downloads a browser.`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a report offline: any request that is not the file itself fails the test. */
async function open(file: string): Promise<{ page: Page; external: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, offline: true, acceptDownloads: true });
  const page = await context.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  const self = pathToFileURL(file).href;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === self || url.startsWith(`${self}#`)) return route.continue();
    external.push(url);
    return route.abort();
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(self);
  return { page, external, errors };
}

const CASES = [
  { name: 'fixture', fixture: true, state: 'MEX', search: ['merida', 'adopted/3'], search2: ['CONVENCION', 'draft/2'] },
  { name: 'real corpus', fixture: false, state: 'MEX', search: ['palermo', ''], search2: ['"organized crime"', ''] },
] as const;

describe.each(CASES)('plan report on the $name', (c) => {
  let root: string;
  let out: string;
  let dir: string;
  let all: GapsAll;

  beforeAll(() => {
    root = c.fixture ? writeCorpus(REPORT_FIXTURE) : join(REPO, 'corpus');
    dir = mkdtempSync(join(tmpdir(), 'plan-report-'));
    out = join(dir, 'report.html');
    const r = plan(['--corpus', root, '--today', TODAY, 'report', '--out', out]);
    if (r.code !== 0) throw new Error(`plan report exited ${r.code}: ${r.stderr}`);
    all = json<GapsAll>(['--corpus', root, '--today', TODAY, 'gaps', '--all', '--format', 'json']);
  });

  afterAll(() => {
    if (c.fixture) removeCorpus(root);
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one file under 5 MB that opens offline without errors', async () => {
    expect(statSync(out).size).toBeLessThan(MAX_BYTES);
    const { page, external, errors } = await open(out);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: join(ARTIFACTS, `report-${c.fixture ? 'fixture' : 'corpus'}-top.png`) });
    await page.context().close();
  });

  it('has one heatmap cell per state and obligation key, each with the status plan gaps gives, states by name', async () => {
    const { page } = await open(out);
    const cells = await page.$$eval('#heatmap-obligations td.cell', (tds) => tds.map((td) => ({
      state: td.closest('tr')!.getAttribute('data-state'), key: td.getAttribute('data-key'), status: td.getAttribute('data-status'),
    })));
    expect(cells.length).toBe(all.states.length * all.obligations.length);
    const expected = byName(all.states).flatMap((s) => all.obligations.map((o) => ({ state: s.id, key: o.key, status: s.statuses[o.key] })));
    expect(cells).toEqual(expected);
    // The headings say what is asked, the id on hover; never a bare id.
    const heads = await page.$$eval('#heatmap-obligations thead th.ob', (ths) => ths.map((th) => ({ id: th.getAttribute('data-col'), text: (th.textContent ?? '').trim(), title: th.getAttribute('title') ?? '' })));
    expect(heads.map((h) => h.id)).toEqual(all.obligations.map((o) => o.key));
    for (const h of heads) {
      expect(h.text).not.toBe(h.id);
      expect(h.title.startsWith(`${h.id} — `) || h.title === h.id).toBe(true);
    }
    // Coverage beside every state's totals.
    const cov = await page.$$eval('#heatmap-obligations tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-state'), tr.querySelector('td.cov')?.getAttribute('data-coverage')]));
    for (const [id, n] of cov) expect(Number(n), String(id)).toBe(Object.values(all.states.find((s) => s.id === id)!.statuses).filter((x) => x !== 'no-record').length);
    const hm = await page.$('#hemisphere');
    await hm!.screenshot({ path: join(ARTIFACTS, `report-${c.fixture ? 'fixture' : 'corpus'}-heatmap.png`) });
    await page.context().close();
  });

  it("shows a state's counts and items as plan gaps --state does", async () => {
    const { page } = await open(out);
    expect(await page.$(`#state-${c.state}`)).not.toBeNull();
    const gaps = json<GapsState>(['--corpus', root, '--today', TODAY, 'gaps', '--state', c.state, '--format', 'json']);
    const byStatus = gaps.summary.byStatus ?? gaps.items.reduce<Record<string, number>>((a, i) => ({ ...a, [i.status]: (a[i.status] ?? 0) + 1 }), {});
    const counts = await page.$$eval(`#state-${c.state} td[data-count]`, (tds) => Object.fromEntries(tds.map((td) => [td.getAttribute('data-count'), Number(td.textContent)])));
    for (const [s, n] of Object.entries(counts)) expect(n, s).toBe(byStatus[s] ?? 0);
    // Coverage first: how many items have a record, beside the totals.
    expect(await page.getAttribute(`#state-${c.state} td[data-coverage]`, 'data-coverage')).toBe(String(gaps.summary.withRecord));
    expect(await page.textContent(`#state-${c.state} p.coverage`)).toMatch(new RegExp(`^${gaps.summary.total} items; ${gaps.summary.withRecord} with a record`));
    const rows = await page.$$eval(`#state-${c.state} tr[data-key]`, (trs) => trs.map((tr) => ({ key: tr.getAttribute('data-key'), status: tr.getAttribute('data-status') })));
    expect(rows).toEqual(gaps.items.map((i) => ({ key: i.key, status: i.status })));
    await page.locator(`#state-${c.state}`).screenshot({ path: join(ARTIFACTS, `report-${c.fixture ? 'fixture' : 'corpus'}-state-${c.state}.png`) });
    // Print: "Print this state" leaves that state's page alone on A4.
    await page.evaluate((id) => {
      document.getElementById(`state-${id}`)!.classList.add('printing');
      document.body.setAttribute('data-print-state', id);
    }, c.state);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('nav.site')).toBe(false);
    expect(await page.isVisible('#search')).toBe(false);
    expect(await page.isVisible(`#state-${c.state}`)).toBe(true);
    await page.pdf({ path: join(ARTIFACTS, `report-${c.fixture ? 'fixture' : 'corpus'}-state-${c.state}.pdf`), format: 'A4', printBackground: true });
    await page.screenshot({ path: join(ARTIFACTS, `report-${c.fixture ? 'fixture' : 'corpus'}-state-${c.state}-print.png`) });
    await page.context().close();
  });

  it('finds paragraphs offline, ignoring accents and case', async () => {
    const { page } = await open(out);
    const box = page.getByLabel(/Words in a paragraph/);
    await box.fill(c.search[0]);
    await page.waitForFunction(() => /match/.test(document.getElementById('search-status')!.textContent ?? ''));
    const results = await page.$$eval('#search-results li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(results.length).toBeGreaterThan(0);
    if (c.search[1]) expect(results.some((r) => r.includes(c.search[1]))).toBe(true);
    expect(await page.$$eval('#search-results mark', (m) => m.length)).toBeGreaterThan(0);
    await page.locator('#search').screenshot({ path: join(ARTIFACTS, `report-${c.fixture ? 'fixture' : 'corpus'}-search.png`) });
    await box.fill(c.search2[0]);
    await page.waitForFunction((q) => (document.getElementById('search-input') as HTMLInputElement).value === q && /match/.test(document.getElementById('search-status')!.textContent ?? ''), c.search2[0]);
    const r2 = await page.$$eval('#search-results li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(r2.length).toBeGreaterThan(0);
    if (c.search2[1]) expect(r2.some((r) => r.includes(c.search2[1]))).toBe(true);
    await box.fill('zzzqqqxx');
    await page.waitForFunction(() => /No paragraph matches/.test(document.getElementById('search-status')!.textContent ?? ''));
    await page.context().close();
  });

  it('filters by status and by document, and exports what is shown as CSV, offline', async () => {
    const { page, external, errors } = await open(out);
    const status = 'done';
    const doc = all.documents.at(-1)!.id;
    const want = all.states.flatMap((s) => all.obligations.filter((o) => o.document === doc && s.statuses[o.key] === status).map((o) => `${s.id} ${o.key}`));
    expect(want.length).toBeGreaterThan(0);
    await page.selectOption('#filter-status', status);
    await page.selectOption('#filter-document', doc);
    const shownCols = await page.$$eval('#heatmap-obligations thead th.ob', (ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.getAttribute('data-col')));
    expect(shownCols).toEqual(all.obligations.filter((o) => o.document === doc).map((o) => o.key));
    const shown = await page.$$eval('#heatmap-obligations tbody tr', (trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).flatMap((tr) => [...tr.querySelectorAll('td.cell')]
      .filter((td) => !(td as HTMLElement).hidden && !td.classList.contains('dim')).map((td) => `${tr.getAttribute('data-state')} ${td.getAttribute('data-key')}`)));
    expect(shown.sort()).toEqual([...want].sort());
    expect(await page.textContent('#filter-summary')).toContain(`${new Set(want.map((w) => w.split(' ')[0])).size} states, ${want.length} cells`);
    await page.locator('#filters').screenshot({ path: join(ARTIFACTS, `report-${c.fixture ? 'fixture' : 'corpus'}-filters.png`) });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(download.suggestedFilename()).toBe(`plan-gaps-${status}-${doc}.csv`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\ufeffstate,name,key,document,what is asked,status\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1)).slice(1);
    expect(rows.map((r) => `${r[0]} ${r[2]}`).sort()).toEqual([...want].sort());
    for (const r of rows) expect([r[3], r[5]]).toEqual([doc, status]);
    expect(rows.every((r) => r[1] === all.states.find((s) => s.id === r[0])!.name)).toBe(true);
    // Back to everything: every cell shown, the export holds them all.
    await page.selectOption('#filter-status', '');
    await page.selectOption('#filter-document', '');
    const [all2] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(parseCsv(readFileSync((await all2.path())!, 'utf8').slice(1)).length - 1).toBe(all.states.length * all.obligations.length);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is usable from the keyboard: skip link first, sortable headers are buttons', async () => {
    const { page } = await open(out);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    if (all.states.length > 1) {
      const btn = page.locator('#heatmap-obligations thead th.tot button').last();
      await btn.focus();
      await page.keyboard.press('Enter');
      const sort = await page.locator('#heatmap-obligations thead th.tot').last().getAttribute('aria-sort');
      expect(sort).toBe('ascending');
      const totals = await page.$$eval('#heatmap-obligations tbody tr', (trs) => trs.map((tr) => Number(tr.lastElementChild!.textContent)));
      expect(totals).toEqual([...totals].sort((a, b) => a - b));
    }
    await page.context().close();
  });
});

describe('plan report --state México (one state, real corpus)', () => {
  let dir: string;
  let out: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plan-report-one-'));
    out = join(dir, 'mex.html');
    const r = plan(['--corpus', join(REPO, 'corpus'), '--today', TODAY, 'report', '--state', 'México', '--out', out]);
    if (r.code !== 0) throw new Error(`plan report exited ${r.code}: ${r.stderr}`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("filters the state's items by status and document and exports them as CSV", async () => {
    const gaps = json<{ items: Array<{ key: string; document: string; status: string; obligation: { summary: string } }> }>(['--corpus', join(REPO, 'corpus'), '--today', TODAY, 'gaps', '--state', 'MEX', '--format', 'json']);
    const { page, external, errors } = await open(out);
    await page.selectOption('#filter-status', 'no-record');
    await page.selectOption('#filter-document', 'strategy-2021');
    const want = gaps.items.filter((i) => i.status === 'no-record' && i.document === 'strategy-2021');
    expect(want.length).toBeGreaterThan(0);
    const shown = await page.$$eval('#state-MEX tr[data-key]', (trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => tr.getAttribute('data-key')));
    expect(shown).toEqual(want.map((i) => i.key));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8').slice(1));
    expect(rows[0]).toEqual(['state', 'name', 'key', 'document', 'what is asked', 'status']);
    expect(rows.slice(1)).toEqual(want.map((i) => ['MEX', 'Mexico', i.key, i.document, i.obligation.summary, 'no-record']));
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
