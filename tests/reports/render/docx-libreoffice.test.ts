/**
 * The Word documents of the five texts open in LibreOffice: converted to PDF
 * headless (a fresh profile per run, so parallel runs do not collide), with a
 * page count that matches the "Page N of M" footers, the status in the header
 * of every page, and every line of running text of the source in order (text
 * from pdftotext; footnotes at the foot of their page).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/reports/render/docx.js';
import { buildRenderModel, type RenderModel } from '../../../src/reports/render/model.js';
import { firstMissingInOrder, realCorpus, runningText, SEED_DOCS } from './real.js';

let dir = '';
const models = new Map<string, RenderModel>();
const pdfText = new Map<string, string>();
const pages = new Map<string, number>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-render-lo-'));
  const files: string[] = [];
  for (const { id } of SEED_DOCS) {
    const m = buildRenderModel(realCorpus(), id);
    models.set(id, m);
    const f = join(dir, `${id}.docx`);
    writeFileSync(f, await renderDocx(m));
    files.push(f);
  }
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'pipe', timeout: 180_000 });
  for (const { id } of SEED_DOCS) {
    const pdf = join(dir, `${id}.pdf`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    pages.set(id, Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]));
    pdfText.set(id, execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  }
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Letters only: pdftotext joins a word broken at a line-end hyphen ("REMJA-" /
 * "V" gives "REMJAV"), so hyphens and whitespace are left out on both sides.
 */
const skeleton = (s: string): string => s.replace(/[\s\u00ad\u2010\u2011-]+/g, '');

/** The PDF's text without page headers and footers (each page's "status · symbol" and "Page N of M"). */
function bodyText(id: string): { text: string; headers: number; footers: Array<[number, number]> } {
  const m = models.get(id)!;
  const header = `${m.head.statusLabel} · ${m.head.symbol ?? m.head.id}`;
  let headers = 0;
  const footers: Array<[number, number]> = [];
  const kept = pdfText.get(id)!.split('\n').map((l) => l.replace(/\f/g, '').trim()).filter((l) => {
    if (l === header) return (headers++, false);
    const f = /^Page (\d+) of (\d+)$/.exec(l);
    if (f) return (footers.push([Number(f[1]), Number(f[2])]), false);
    return true;
  });
  return { text: kept.join('\n'), headers, footers };
}

describe('plan render --format docx in LibreOffice', () => {
  it.each(SEED_DOCS)('$id: converts to PDF; pages numbered "Page N of M" with M the page count; status on every page', ({ id }) => {
    const n = pages.get(id)!;
    const { headers, footers } = bodyText(id);
    // One page per 5,000 characters of text at least (A4, 11 pt): a document that lost its text fails.
    const chars = runningText(SEED_DOCS.find((s) => s.id === id)!).join(' ').length;
    expect(n).toBeGreaterThanOrEqual(Math.ceil(chars / 5000));
    expect(footers).toEqual(Array.from({ length: n }, (_, i) => [i + 1, n]));
    expect(headers).toBe(n);
    const first = pdfText.get(id)!.split('\f')[0]!;
    const m = models.get(id)!;
    if (m.head.draft) expect(first).toMatch(/^(?:.*\n)*\s*CIRCULATED DRAFT — NOT ADOPTED\s*\n/);
    else expect(first).not.toMatch(/DRAFT/);
  });

  it.each(SEED_DOCS)('$id: the PDF holds every footnote and every line of running text of the source, in order', (seed) => {
    const m = models.get(seed.id)!;
    let text = skeleton(bodyText(seed.id).text);
    const notes = m.footnotes.map((f) => skeleton(f.lines.join(' ')));
    expect(notes.length).toBe(seed.id === 'cedot-draft-2006' || seed.id === 'gtdot-workplan-2008' ? 1 : 0);
    for (const s of notes) {
      const at = text.indexOf(s);
      expect(at, s).toBeGreaterThan(0);
      // Out of the way of the paragraphs its page cuts (its number printed before it, too).
      text = text.slice(0, at).replace(/\d+$/, '') + text.slice(at + s.length);
    }
    // The footnotes' lines were checked above, at the foot of their page; the rest in the source's order.
    const lines = runningText(seed).map(skeleton).filter((l) => !notes.some((n) => n.includes(l)));
    expect(firstMissingInOrder(text, lines)).toBeUndefined();
  });
});
