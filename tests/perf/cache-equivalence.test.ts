/**
 * Property: `plan lint --cache` prints what a plain `plan lint` prints, byte for byte, after any
 * sequence of edits to a copy of the real corpus — body text, front matter, numbers, files added
 * and deleted, a document's status, an instrument's title, the baseline, broken YAML, a
 * commitment, lineage, internal references, a file touched without change, and a same-size
 * edit with the old mtime put back. Each step runs the cached command twice (the second run is
 * answered from the cache) and the plain one once.
 * FC_RUNS / FC_SEED as in lint.property.test.ts.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const SEED = Number(process.env.FC_SEED ?? 20261130);
const RUNS = Math.max(8, Math.floor(Number(process.env.FC_RUNS ?? 60) / 6));
const REAL = fileURLToPath(new URL('../../corpus/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'plan-cache-eq-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(root: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['lint', '--corpus', root, '--today', '2026-11-30', '--format', 'json', ...args],
    cwd: root,
    env: {},
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

const paragraphs = (root: string) => readdirSync(join(root, 'paragraphs')).flatMap((d) => readdirSync(join(root, 'paragraphs', d)).map((f) => join(root, 'paragraphs', d, f))).sort();
const pick = <T>(list: T[], n: number): T => list[n % list.length]!;
const edit = (path: string, f: (s: string) => string) => writeFileSync(path, f(readFileSync(path, 'utf8')));
const body = (s: string) => s.indexOf('\n---\n', 4) + 5;
const appendBody = (text: string) => (s: string) => s.trimEnd() + text + '\n';

/** Each edit takes the corpus root and a number that picks what it edits. */
const EDITS: Record<string, (root: string, n: number) => void> = {
  sentence: (r, n) => edit(pick(paragraphs(r), n), appendBody(' The Member States shall review it.')),
  defineAcronym: (r, n) => edit(pick(paragraphs(r), n), appendBody(' The Inter-American Drug Abuse Control Commission (CICAD) and the Group (ZQXW) will report.')),
  useAcronym: (r, n) => edit(pick(paragraphs(r), n), appendBody(' See ZQXW and UNODC.')),
  markdownList: (r, n) => edit(pick(paragraphs(r), n), appendBody('\n\n1. an item that makes a list')),
  citation: (r, n) => edit(pick(paragraphs(r), n), appendBody(' (UNTOC, Art. 99) and Article 16 of the Palermo Convention.')),
  internalReference: (r, n) => edit(pick(paragraphs(r), n), appendBody(' As set out in paragraph 3 of this Plan.')),
  editorialNote: (r, n) => edit(pick(paragraphs(r), n), appendBody(' TBD: to be decided.')),
  force: (r, n) => edit(pick(paragraphs(r), n), (s) => s.replace(/^force: \w+/m, `force: ${pick(['shall', 'should', 'may', 'will', 'urge'], n >> 3)}`)),
  number: (r, n) => edit(pick(paragraphs(r), n), (s) => s.replace(/^number: .*$/m, 'number: "999"')),
  target: (r, n) => {
    const all = paragraphs(r);
    const id = pick(all, n >> 2).slice(join(r, 'paragraphs').length + 1, -3);
    edit(pick(all, n), (s) => s.replace(/^(\s+target: ).*$/m, `$1${id}`));
  },
  delete: (r, n) => unlinkSync(pick(paragraphs(r), n)),
  add: (r, n) => {
    const src = pick(paragraphs(r), n);
    writeFileSync(src.replace(/[^/]+\.md$/, `zz-${n % 7}.md`), readFileSync(src));
  },
  badYaml: (r, n) => edit(pick(paragraphs(r), n), (s) => s.replace('---\n', '---\n\tbad: [\n')),
  touch: (r, n) => {
    const p = pick(paragraphs(r), n);
    utimesSync(p, new Date(), new Date());
  },
  sameSizeOldMtime: (r, n) => {
    const p = pick(paragraphs(r), n);
    const st = statSync(p);
    const s = readFileSync(p, 'utf8');
    const at = s.indexOf('e', body(s));
    if (at < 0) return;
    writeFileSync(p, s.slice(0, at) + 'a' + s.slice(at + 1));
    utimesSync(p, st.atime, st.mtime);
  },
  documentStatus: (r, n) => {
    const docs = readdirSync(join(r, 'documents')).map((f) => join(r, 'documents', f));
    edit(pick(docs, n), (s) => s.replace(/^status: .*$/m, `status: ${pick(['working-draft', 'circulated', 'adopted'], n >> 3)}`));
  },
  instrumentTitle: (r, n) => {
    const list = readdirSync(join(r, 'instruments')).map((f) => join(r, 'instruments', f));
    edit(pick(list, n), (s) => s.replace(/^title: (.*)$/m, 'title: $1 (amended)'));
  },
  baselineDrop: (r) => {
    const p = join(r, 'plan.baseline.yaml');
    if (existsSync(p)) edit(p, (s) => s.replace(/^- file:[\s\S]*?(?=^- file:|(?![\s\S]))/m, ''));
  },
  commitment: (r, n) => {
    const states = readdirSync(join(r, 'commitments'));
    const dir = join(r, 'commitments', pick(states, n));
    edit(join(dir, pick(readdirSync(dir), n >> 4)), (s) => s.replace(/status: \w[\w-]*/, `status: ${pick(['done', 'partial', 'not-done', 'in-progress'], n >> 2)}`));
  },
  // A suppression comment in the body naming rules that read front matter or bodies.
  suppressInBody: (r, n) => edit(pick(paragraphs(r), n), (s) => s.slice(0, body(s)) + `<!-- plan-lint-disable-next-line ${pick(['known-target, acronym-defined', 'force-matches-text', 'citation-declared'], n >> 3)} -- reviewed -->\n` + s.slice(body(s))),
  // A paragraph moved to another document in its front matter only: a stray (id and document not its path's).
  stray: (r, n) => {
    const docs = readdirSync(join(r, 'documents')).map((f) => f.slice(0, -3));
    edit(pick(paragraphs(r), n), (s) => s.replace(/^document: .*$/m, `document: ${pick(docs, n >> 3)}`));
  },
  // Line endings changed in the body only: the front matter's text is the same, the file's are not.
  crlfBody: (r, n) => edit(pick(paragraphs(r), n), (s) => s.slice(0, body(s)) + s.slice(body(s)).replace(/\n/g, '\r\n')),
  revert: (r, n) => {
    // Put one paragraph back as it was (a drafter undoing an edit).
    const all = paragraphs(r);
    const p = pick(all, n);
    const orig = join(REAL, p.slice(r.length));
    if (existsSync(orig)) writeFileSync(p, readFileSync(orig));
  },
};
const NAMES = Object.keys(EDITS);

const age = () => new Promise((res) => setTimeout(res, 2100));

describe('plan lint --cache relints the document of a changed paragraph', () => {
  it('an acronym spelled out in a later paragraph moves the finding of an earlier one that did not change', async () => {
    const root = join(work, 'group');
    cpSync(REAL, root, { recursive: true });
    const cache = join(work, 'group-cache.json');
    const early = join(root, 'paragraphs/strategy-2021/1.a.md');
    const late = join(root, 'paragraphs/strategy-2021/5.e.md');
    await run(root, ['--cache-location', cache]);
    edit(early, appendBody(' The ZQXW will report.'));
    await age();
    const used = await run(root, ['--cache-location', cache]);
    expect(used.stdout).toBe((await run(root, [])).stdout);
    expect(used.stdout).toContain('ZQXW is never spelled out in this text');
    // Only the later paragraph changes now; the earlier one's finding must change with it.
    await age();
    edit(late, appendBody(' The Zeta Quebec Working Group (ZQXW) was set up.'));
    const defined = await run(root, ['--cache-location', cache]);
    expect(defined.stdout).toBe((await run(root, [])).stdout);
    expect(defined.stdout).toContain('ZQXW is used before the text spells it out (in strategy-2021/5.e)');
  }, 60_000);

  it('a paragraph that refers to a changed one ("paragraph 9 of this Plan") is relinted, though only a body changed', async () => {
    const root = join(work, 'refs');
    cpSync(REAL, root, { recursive: true });
    const cache = join(work, 'refs-cache.json');
    await run(root, ['--cache-location', cache]);
    await age();
    // Paragraph 24 extradites "the crimes listed in paragraph 9": make 9 about something else,
    // keeping its acronyms (so only the paragraphs that refer to others are relinted).
    edit(join(root, 'paragraphs/mex-draft-2005/9.md'), (s) => s.slice(0, body(s)) + s.slice(body(s)).replace(/crimin\w*|crime\w*/gi, 'penalty'));
    const cached = await run(root, ['--cache-location', cache]);
    expect(cached.stdout).toBe((await run(root, [])).stdout);
    expect(cached.stdout).toContain('but mex-draft-2005/9 does not seem to be any more');
  }, 60_000);
});

describe('plan lint --cache after an edit to a body alone', () => {
  it('keeps the paragraph\'s front-matter findings, finds its body\'s again and applies its suppressions anew', async () => {
    const root = join(work, 'body');
    cpSync(REAL, root, { recursive: true });
    const cache = join(work, 'body-cache.json');
    const p = join(root, 'paragraphs/strategy-2021/1.a.md');
    // A front-matter finding (a relation to nothing), and a stray: a paragraph of another
    // folder that says it belongs to this document.
    edit(p, (s) => s.replace('relations:\n', 'relations:\n  - {type: refers-to, target: strategy-2021/99}\n'));
    edit(join(root, 'paragraphs/mex-draft-2005/9.md'), (s) => s.replace(/^document: .*$/m, 'document: strategy-2021'));
    const first = await run(root, ['--cache-location', cache]);
    expect(first.stdout).toBe((await run(root, [])).stdout);
    expect(first.stdout).toContain('strategy-2021/99');
    await age();
    for (const text of [' The ZQXW shall report.', '\n\n<!-- plan-lint-disable-next-line acronym-defined, known-target -- reviewed -->\nThe ZQXW again.', ' As set out in paragraph 9 of this Plan.']) {
      edit(p, appendBody(text));
      const cached = await run(root, ['--cache-location', cache]);
      const plain = await run(root, []);
      expect(cached.stdout, text).toBe(plain.stdout);
      expect(cached.stdout).toContain('strategy-2021/99');
      expect(cached.stdout).toContain('ZQXW');
    }
  }, 60_000);
});

describe('plan lint --cache gives the plain run\'s findings after any edits', () => {
  it('on a copy of the real corpus', async () => {
    let k = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(NAMES.length - 1), fc.nat(1 << 20)), { minLength: 1, maxLength: 6 }), async (steps) => {
        const root = join(work, `c${k++}`);
        cpSync(REAL, root, { recursive: true });
        const cache = join(work, `cache-${k}.json`);
        expect((await run(root, ['--cache-location', cache])).stdout).toBe((await run(root, [])).stdout);
        // Let the copied files age past the racy window, so that the cache trusts their stats.
        await age();
        for (const [e, n] of steps) {
          EDITS[NAMES[e]!]!(root, n);
          const plain = await run(root, []);
          const cached = await run(root, ['--cache-location', cache]);
          const again = await run(root, ['--cache-location', cache]);
          expect(cached.stderr, NAMES[e]).toBe(plain.stderr);
          expect(cached.code, NAMES[e]).toBe(plain.code);
          expect(cached.stdout, `after ${steps.map(([x]) => NAMES[x]).join(', ')}`).toBe(plain.stdout);
          expect(again.stdout, `again after ${NAMES[e]}`).toBe(plain.stdout);
        }
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 600_000);
});
