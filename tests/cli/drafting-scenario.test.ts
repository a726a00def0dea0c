/**
 * Issue 6's "done when", end to end on a copy of the real corpus: a drafter
 * starts a new working draft with `plan new`, writes it with a misnamed
 * convention, an undeclared citation, an article that does not exist, an
 * undefined acronym, a dangling "paragraph N" and a numbering gap; `plan lint`
 * reports each at its line and column; `plan lint --fix` repairs what is safe
 * to repair, and only in the draft.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftCorpus, draftParagraph } from './draft-2027.js';
import { plan, REPO } from './run.js';

interface Message { ruleId: string; line: number; column: number; message: string; severity: number }
interface FileResult { filePath: string; messages: Message[] }

let dir: string;
let corpus: string;

const para = draftParagraph;

beforeAll(() => {
  ({ dir, corpus } = draftCorpus('plan-draft-'));
  const p = (n: string) => join(corpus, 'paragraphs', 'plan-2027', `${n}.md`);
  writeFileSync(p('1'), para('1', 'should', 'Member states should ratify the United Nations Convention against Transnational Organised Crime and its protocols.'));
  writeFileSync(p('2'), para('2', 'shall', 'Member states shall cooperate on extradition (CTOC, Art. 16), on mutual legal assistance (CTOC, Art. 18) and under Article 99 of the Palermo Convention.'));
  writeFileSync(p('4'), para('4', 'should', 'The XYZQ should coordinate the measures for the crimes listed in paragraph 9 of this Plan of Action.'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lintDraft(): { code: number | null; byFile: Map<string, Array<[string, number, number]>> } {
  const r = plan(['--corpus', corpus, 'lint', '--format', 'json']);
  const results = JSON.parse(r.stdout) as FileResult[];
  const byFile = new Map<string, Array<[string, number, number]>>();
  for (const f of results) {
    if (f.messages.length) byFile.set(f.filePath.slice(corpus.length + 1), f.messages.map((m) => [m.ruleId, m.line, m.column]));
  }
  return { code: r.code, byFile };
}

describe('a new working draft on the real corpus', () => {
  it('gets each fault reported at its file, line and column, and nothing else in the corpus', () => {
    const { code, byFile } = lintDraft();
    expect(code).toBe(1);
    expect(Object.fromEntries(byFile)).toEqual({
      // the document was scaffolded with TODO markers in place of a source: nothing to report there
      // the misnamed convention: a near miss of its title, and a citation of it as a whole not declared in `cites` (issue 18)
      'paragraphs/plan-2027/1.md': [['citation-declared', 11, 33], ['instrument-title', 11, 33]],
      // undeclared (CTOC, Art. 16) and (CTOC, Art. 18); Article 99 does not exist (and is not offered as a declaration)
      'paragraphs/plan-2027/2.md': [['citation-declared', 11, 46], ['citation-declared', 11, 90], ['citation-declared', 11, 116]],
      'paragraphs/plan-2027/4.md': [['numbering', 4, 9], ['acronym-defined', 11, 5], ['internal-reference', 11, 66]],
    });
  });

  it('says what is wrong in words a drafter can act on', () => {
    const r = plan(['--corpus', corpus, '--no-color', 'lint', 'paragraphs/plan-2027'.replace(/^/, `${corpus}/`)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('did you mean "United Nations Convention against Transnational Organized Crime"?');
    expect(r.stdout).toContain('Citation "(CTOC, Art. 16)" is not declared: add {instrument: untoc, articles: [16]} to `cites`.');
    expect(r.stdout).toContain('article 99 does not exist in `untoc` (articles 1-41)');
    expect(r.stdout).toContain('XYZQ is never spelled out');
    expect(r.stdout).toContain('"paragraph 9 of this Plan of Action" points to nothing: plan-2027/9 does not exist.');
    expect(r.stdout).toContain('Numbering gap in plan-2027: 3 is missing before 4.');
  });

  it('--fix writes the canonical title and declares the citation in the draft only; the rest stays reported', () => {
    const before = readFileSync(join(REPO, 'corpus', 'paragraphs', 'strategy-2021', '2.iv.md'), 'utf8');
    const r = plan(['--corpus', corpus, 'lint', '--fix']);
    expect(r.code).toBe(1);
    const p1 = readFileSync(join(corpus, 'paragraphs', 'plan-2027', '1.md'), 'utf8');
    expect(p1).toContain('the United Nations Convention against Transnational Organized Crime and its protocols.');
    const p2 = readFileSync(join(corpus, 'paragraphs', 'plan-2027', '2.md'), 'utf8');
    expect(p2.match(/^cites:/gm)).toHaveLength(1);
    expect(readFileSync(join(corpus, 'paragraphs', 'strategy-2021', '2.iv.md'), 'utf8')).toBe(before);
    const { byFile } = lintDraft();
    expect(byFile.get('paragraphs/plan-2027/1.md')).toBeUndefined();
    // Article 16 is declared; the article that does not exist cannot be fixed by declaring it.
    expect(p2).toContain('articles: ["16"]');
    expect(p2).toContain('articles: ["18"]');
    expect(p2).not.toContain('"99"');
    expect(byFile.get('paragraphs/plan-2027/2.md')).toEqual([['citation-declared', 18, 116]]); // seven lines of cites above it now
    expect(byFile.get('paragraphs/plan-2027/4.md')?.map(([rule]) => rule)).toEqual(['numbering', 'acronym-defined', 'internal-reference']);
  });

  it('leaves the shipped corpus itself clean (exit 0)', () => {
    const r = plan(['lint', '--format', 'json'], { cwd: REPO });
    expect(r.code, r.stderr).toBe(0);
    const results = JSON.parse(r.stdout) as Array<{ errorCount: number; warningCount: number }>;
    expect(results.reduce((n, f) => n + f.errorCount + f.warningCount, 0)).toBe(0);
    expect(results.length).toBeGreaterThan(900);
  });
});
