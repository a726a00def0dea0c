import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { xrefView } from '../../src/commands/xref.js';
import { loadConfig, loadCorpus } from '../../src/model/load.js';
import { xrefDot } from '../../src/formatters/xref/dot.js';
import { xrefJson } from '../../src/formatters/xref/json.js';
import { xrefMermaid } from '../../src/formatters/xref/mermaid.js';
import { xrefTable } from '../../src/formatters/xref/table.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { removeCorpus, writeCorpus, type Files } from '../helpers/fixture.js';
import { checkDot, checkMermaid, XREF } from '../helpers/xref-fixture.js';
import { plan, REPO } from './run.js';

const roots: string[] = [];
function corpus(files: Files = XREF): string {
  const r = writeCorpus(files);
  roots.push(r);
  return r;
}
afterAll(() => roots.forEach(removeCorpus));

/** Runs the CLI in-process. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv, cwd: REPO, env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr };
}

const lintErrors = (root: string): number => {
  const r = plan(['lint', '--corpus', root, '--format', 'json']);
  return (JSON.parse(r.stdout) as Array<{ errorCount: number }>).reduce((n, f) => n + f.errorCount, 0);
};

describe('plan xref (fixture corpus, end to end)', () => {
  it('prints every view in every format, exit 0 (in-process, as the bin runs it)', async () => {
    const root = corpus();
    for (const view of [[], ['--instrument', 'untoc'], ['--paragraph', 'cedot-draft-2006/B.XII.1'], ['--lists'], ['--unresolved']]) {
      for (const f of ['table', 'markdown', 'json', 'csv', 'mermaid', 'dot']) {
        const r = await run(['xref', '--corpus', root, ...view, '--format', f]);
        expect(r.code, `${view.join(' ')} ${f}: ${r.stderr}`).toBe(0);
        expect(r.stdout.length).toBeGreaterThan(0);
        if (f === 'json') expect(() => JSON.parse(r.stdout)).not.toThrow();
        if (f === 'mermaid') expect(checkMermaid(r.stdout).problems).toEqual([]);
        if (f === 'dot') expect(checkDot(r.stdout).problems).toEqual([]);
      }
    }
    // The real binary gives the same answer.
    const bin = plan(['xref', '--corpus', root, '--lists', '--format', 'json']);
    expect(bin.code).toBe(0);
    expect(bin.stdout).toBe((await run(['xref', '--corpus', root, '--lists', '--format', 'json'])).stdout);
  });

  it('says on stderr how many lint errors the corpus has, in one line, and still reports', () => {
    const root = corpus();
    const n = lintErrors(root);
    // section-in-outline, known-article, citation-declared ("Protocol, Arts. 3 and 7"), and strategy-2021/2.a names
    // the Convention on Cybercrime without declaring it in `cites` (a whole-instrument citation, issue 18).
    expect(n).toBe(4);
    const r = plan(['xref', '--corpus', root, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`plan: note: the corpus has ${n} lint errors; run plan lint\n`);
    // A clean corpus: no note.
    const clean = corpus({
      ...XREF,
      'paragraphs/cedot-draft-2006/B.XII.1.md': (XREF['paragraphs/cedot-draft-2006/B.XII.1.md'] as string)
        .replace('section: [Part, "Mutual legal assistance — “extradition”"]', 'section: [Part]')
        .replace('articles: ["3", "7"]', 'articles: ["3"]')
        .replace('; Protocol, Arts. 3 and 7', '; Protocol to Prevent, Suppress and Punish Trafficking in Persons, Art. 3'),
      'paragraphs/strategy-2021/2.a.md': (XREF['paragraphs/strategy-2021/2.a.md'] as string).replace('obligation:', 'cites: [{instrument: budapest}]\nobligation:'),
    });
    expect(lintErrors(clean)).toBe(0);
    const c = plan(['xref', '--corpus', clean]);
    expect(c.code).toBe(0);
    expect(c.stderr).toBe('');
  });

  it('treats unknown ids, combined views and bad formats as usage errors (exit 2, one line, no stack)', () => {
    const root = corpus();
    const cases: Array<[string[], RegExp]> = [
      [['--instrument', 'untok'], /^plan: Unknown instrument `untok`; did you mean `untoc`\?\n/],
      [['--paragraph', 'strategy-2021/5.b'], /^plan: Unknown paragraph `strategy-2021\/5\.b`; did you mean `strategy-2021\/5\.a`/],
      [['--paragraph', 'strategy-2021'], /^plan: `strategy-2021` is a document, not a paragraph\./],
      [['--lists', '--unresolved'], /^plan: --lists and --unresolved cannot be combined\./],
      [['--format', 'yaml'], /plan: option '-f, --format <format>' argument 'yaml' is invalid/],
    ];
    for (const [args, re] of cases) {
      const r = plan(['xref', '--corpus', root, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(re);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
  });

  it('accepts a short title for --instrument', () => {
    const r = plan(['xref', '--corpus', corpus(), '--instrument', 'Palermo Convention', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).instrument.id).toBe('untoc');
  });
});

/* ------------------------------------------------------------ the real corpus */

interface FM { id: string; document?: string; cites?: Array<{ instrument: string; articles?: string[] }>; relations?: Array<{ type: string; target: string; resolved?: boolean }>; articles?: number | string[] }

/** Front matter of every file under a folder of the real corpus, read with the yaml package. */
function frontMatter(dir: string): FM[] {
  const out: FM[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) {
        const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(p, 'utf8').replace(/^\uFEFF/, ''));
        if (m) out.push(parse(m[1]!) as FM);
      }
    }
  };
  walk(dir);
  return out;
}

const CORPUS = join(REPO, 'corpus');
const json = (args: string[]): unknown => {
  const r = plan(['xref', ...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('plan xref (the real corpus)', () => {
  const paragraphs = frontMatter(join(CORPUS, 'paragraphs'));

  it('lists every paragraph whose cites name untoc, under each article it cites', () => {
    const expected = new Map<string, Set<string>>();
    const whole = new Set<string>();
    for (const p of paragraphs) {
      for (const c of p.cites ?? []) {
        if (c.instrument !== 'untoc') continue;
        if (!c.articles?.length) whole.add(p.id);
        for (const a of c.articles ?? []) {
          if (!expected.has(a)) expected.set(a, new Set());
          expected.get(a)!.add(p.id);
        }
      }
    }
    expect(expected.size).toBeGreaterThan(0);
    const v = json(['--instrument', 'untoc']) as { articles: Array<{ article: string; byDocument: Array<{ document: string; paragraphs: string[] }> }>; whole: Array<{ paragraph: string }>; uncited: string[]; articleCount?: number };
    const got = new Map(v.articles.filter((a) => a.byDocument.length).map((a) => [a.article, new Set(a.byDocument.flatMap((g) => g.paragraphs))]));
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [a, ps] of expected) expect([...got.get(a)!].sort(), `article ${a}`).toEqual([...ps].sort());
    expect(v.whole.map((w) => w.paragraph).sort()).toEqual([...whole].sort());
    // Every article on record is listed; the uncited ones are those nobody cites.
    const untoc = frontMatter(join(CORPUS, 'instruments')).find((i) => i.id === 'untoc');
    if (typeof untoc?.articles === 'number') {
      expect(v.articles.filter((a) => /^\d+$/.test(a.article) && Number(a.article) <= untoc.articles!).length).toBe(untoc.articles);
      expect(v.uncited.length).toBe(untoc.articles - [...expected.keys()].filter((a) => Number(a) <= (untoc.articles as number)).length);
    }
    // Across the texts: the paragraphs are grouped under the document they belong to.
    for (const a of v.articles) for (const g of a.byDocument) for (const p of g.paragraphs) expect(p.startsWith(`${g.document}/`)).toBe(true);
  });

  it('lists the work program’s reference to paragraph II, item 2 of the adopted Plan as unresolved', () => {
    const v = json(['--unresolved']) as { unresolved: Array<{ from: string; file: string; line: number; text?: string; description?: string; target: string }> };
    const hit = v.unresolved.find((u) => u.from.startsWith('gtdot-workplan-2008/') && /paragraph II, item 2/.test(`${u.text ?? ''} ${u.description ?? ''}`));
    expect(hit).toBeDefined();
    expect(hit!.file).toBe(`paragraphs/${hit!.from}.md`);
    const lines = readFileSync(join(CORPUS, hit!.file), 'utf8').split('\n');
    expect(lines[hit!.line - 1]).toMatch(/type:|target:/);
    // Every resolved: false relation of the front matter is listed.
    const expected = paragraphs.flatMap((p) => (p.relations ?? []).filter((r) => r.resolved === false).map((r) => `${p.id} ${r.target}`));
    expect(v.unresolved.filter((u) => u.file.startsWith('paragraphs/')).map((u) => `${u.from} ${u.target}`).sort()).toEqual(expected.sort());
  });

  it('shows iacat in a draft’s list and not in the Strategy’s, dropped on the way', () => {
    const v = json(['--lists']) as { notes: string[]; documents: Array<{ document: string; draft: boolean; instruments: string[] }>; changes: Array<{ from: string; to: string; dropped: string[] }> };
    const strategy = v.documents.find((d) => d.document === 'strategy-2021')!;
    expect(strategy.draft).toBe(false);
    expect(strategy.instruments).not.toContain('iacat');
    const drafts = v.documents.filter((d) => d.draft && d.instruments.includes('iacat'));
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(v.changes.find((c) => c.from === d.document && c.to === 'strategy-2021')!.dropped).toContain('iacat');
    expect(v.notes.join(' ')).toContain('CP/RES. 908 (1567/06)');
    const table = plan(['xref', '--lists']);
    // The matrix row: listed by the drafts, a dash under the Strategy (the last column).
    expect(table.stdout).toMatch(/^iacat +.*\blist\.12\b.*\b3\.l\b.* —$/m);
  });

  it('gives a Strategy paragraph its lineage as the front matter links it, both ways', () => {
    const id = 'strategy-2021/2.iv';
    // The component by derived-from / implements / follows-up, computed from the YAML.
    const byId = new Map(paragraphs.map((p) => [p.id, p]));
    const types = new Set(['derived-from', 'implements', 'follows-up']);
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length) {
      const cur = queue.shift()!;
      const next = [
        ...(byId.get(cur)?.relations ?? []).filter((r) => types.has(r.type) && r.resolved !== false && byId.has(r.target)).map((r) => r.target),
        ...paragraphs.filter((p) => (p.relations ?? []).some((r) => types.has(r.type) && r.target === cur && r.resolved !== false)).map((p) => p.id),
      ];
      for (const n of next) if (!seen.has(n)) { seen.add(n); queue.push(n); }
    }
    const v = json(['--paragraph', id]) as { paragraph: { id: string }; lineage: { paragraphs: string[]; steps: Array<{ date: string }> } };
    expect(v.paragraph.id).toBe(id);
    expect([...v.lineage.paragraphs].sort()).toEqual([...seen].sort());
    const dates = v.lineage.steps.map((s) => s.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('lists every instrument file in the default view; every view stays within 100 columns and draws valid graphs', () => {
    const files = readdirSync(join(CORPUS, 'instruments')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
    const v = json([]) as { instruments: Array<{ id: string }> };
    for (const f of files) expect(v.instruments.map((i) => i.id)).toContain(f);
    // The library on the same corpus, loaded once (the command is a thin layer over it).
    const c = loadCorpus(CORPUS, loadConfig(CORPUS, RULE_IDS));
    for (const o of [{}, { instrument: 'untoc' }, { lists: true }, { unresolved: true }, { paragraph: 'strategy-2021/2.iv' }]) {
      const view = xrefView(c, o);
      const out = xrefTable(view, { color: false });
      expect(out.split('\n').filter((l) => [...l].length > 100), JSON.stringify(o)).toEqual([]);
      expect(checkMermaid(xrefMermaid(view, { color: false })).problems).toEqual([]);
      expect(checkDot(xrefDot(view, { color: false })).problems).toEqual([]);
      expect(() => JSON.parse(xrefJson(view, { color: false }))).not.toThrow();
    }
  });
});
