/**
 * The plan of `plan lint --cache` (cachedLint's RunPlan): for each kind of edit to a copy of the
 * real corpus, what the run decides to do, which files it parses again and which it relints.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_VERSION, rootFileText } from '../../src/lint/cache.js';
import { loadConfig } from '../../src/model/load.js';
import { cachedLint } from '../../src/lint/cached.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { loadBaseline } from '../../src/lint/suppress.js';
import { REPO } from '../cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-cache-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const root = join(dir, 'corpus');
cpSync(join(REPO, 'corpus'), root, { recursive: true });
const location = join(dir, 'lint.json');

const run = () => cachedLint({
  root, today: '2026-11-30', severities: {}, location,
  inputs: { today: '2026-11-30', severities: {}, config: rootFileText(root, 'plan.config.yaml'), baseline: rootFileText(root, 'plan.baseline.yaml') },
  loadConfig: () => loadConfig(root, RULE_IDS), loadBaseline: () => loadBaseline(root),
});
const edit = (rel: string, f: (s: string) => string) => {
  const p = join(root, rel);
  const before = readFileSync(p, 'utf8');
  const after = f(before);
  if (after === before) throw new Error(`the edit changes nothing in ${rel}`);
  writeFileSync(p, after);
};
const PARAGRAPH = 'paragraphs/cedot-draft-2006/B.III.1.md';
/** The corpus's files, as the cold run found them. */
let all = 0;
const files = () => all;

describe('cachedLint: the plan for each kind of edit', () => {
  it('full without a cache, none when nothing changed or only times did', async () => {
    const cold = await run();
    all = cold.work.files;
    expect(all).toBeGreaterThan(900);
    expect(cold.plan).toMatchObject({ kind: 'full', reason: 'no usable cache' });
    expect(cold.plan.changed).toHaveLength(files());
    expect(cold.plan.relint).toHaveLength(files());
    expect((await run()).plan).toEqual({ kind: 'none', reason: 'no file changed', changed: [], relint: [] });
    const t = new Date('2026-01-02T03:04:05Z');
    utimesSync(join(root, PARAGRAPH), t, t);
    expect((await run()).plan).toEqual({ kind: 'none', reason: 'no file changed', changed: [], relint: [] });
  });

  it('bodies after an edit to a paragraph body; affected after a front-matter edit that keeps its face', async () => {
    edit(PARAGRAPH, (s) => s.replace('appropriate legislation', 'suitable legislation'));
    const body = await run();
    expect(body.plan).toEqual({ kind: 'bodies', reason: 'only paragraph bodies changed (the same front matter)', changed: [PARAGRAPH], relint: [PARAGRAPH] });
    expect(body.work).toMatchObject({ parsed: 1, linted: 1, full: false });
    expect(body.work.model).toBeLessThan(files() / 3);

    edit(PARAGRAPH, (s) => s.replace('subject: anti-corruption policies', 'subject: anti-corruption policy'));
    const fm = await run();
    expect(fm.plan).toMatchObject({ kind: 'affected', reason: 'files changed, but no face and not the global key', changed: [PARAGRAPH] });
    expect(fm.plan.relint).toContain(PARAGRAPH);
    expect(fm.plan.relint.length).toBe(fm.work.linted);
    expect(fm.work).toMatchObject({ parsed: 1, model: files(), full: false });
  });

  it('full, with its reason, after a face, a document or the set of files changes', async () => {
    edit(PARAGRAPH, (s) => s.replace(/^position: \d+$/m, 'position: 9999'));
    expect((await run()).plan).toMatchObject({ kind: 'full', reason: "a file's face changed (kind, ids, validity, document, number, obligation or lineage)", changed: [PARAGRAPH] });
    edit('documents/cedot-draft-2006.md', (s) => `${s}\n`);
    const doc = await run();
    expect(doc.plan).toMatchObject({ kind: 'full', changed: ['documents/cedot-draft-2006.md'] });
    expect(doc.plan.reason).toMatch(/^the global key changed/);
    expect(doc.plan.relint).toHaveLength(files());
    unlinkSync(join(root, 'paragraphs/cedot-draft-2006/B.III.2.md'));
    expect((await run()).plan).toMatchObject({ kind: 'full', reason: 'files were added or removed', changed: [] });
  });

  it('writes parse results with readable keys, and ignores a cache of another version', async () => {
    const parse = readFileSync(`${location}.parse`, 'utf8');
    const line = parse.split('\n').find((l) => l.startsWith(JSON.stringify(PARAGRAPH)))!;
    const entry = JSON.parse(`{${line.replace(/,$/, '')}}`)[PARAGRAPH] as Record<string, unknown>;
    const readable = ['data', 'problems', 'schemaErrors', 'notValidated', 'acronyms', 'refersToOthers', 'frontMatter'];
    for (const k of Object.keys(entry)) expect(readable).toContain(k);
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(['acronyms', 'data', 'frontMatter']));
    expect(JSON.parse(parse.slice(0, parse.indexOf('\n')) + '}}').v).toBe(CACHE_VERSION);
    const index = JSON.parse(readFileSync(location, 'utf8')) as { v: number };
    writeFileSync(location, JSON.stringify({ ...index, v: CACHE_VERSION - 1 }));
    expect((await run()).plan).toMatchObject({ kind: 'full', reason: 'no usable cache' });
  });
});
