/**
 * Issue 18, part 1, end to end on a copy of the real corpus: a drafter starts
 * a working draft with `plan new` and writes the citation forms that went
 * unchecked ("(UNTOC art 20)", "(Art. 18(13) UNTOC)", "articles 16 to 18 of
 * UNTOC", "article 18, paragraph 13, of UNTOC", "Convention on Cybercrime
 * (Budapest, 2001), art. 35", "art. 20 UNTOC and Art. 18(13) UNTOC"), an
 * article UNTOC does not have, and a whole instrument named by its title.
 * `plan lint` reports each at its line and column (exit 1); `plan lint --fix`
 * declares them; the draft then lints clean and `plan xref` counts it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { draftCorpus, draftParagraph } from './draft-2027.js';
import { plan } from './run.js';

interface Message { ruleId: string; line: number; column: number; message: string }
interface FileResult { filePath: string; messages: Message[] }

let dir: string;
let corpus: string;

const FORMS = [
  '(UNTOC art 20)',
  '(Art. 18(13) UNTOC)',
  'articles 16 to 18 of UNTOC',
  'article 18, paragraph 13, of UNTOC',
  '(Convention on Cybercrime (Budapest, 2001), art. 35)',
  'art. 20 UNTOC',
  'Art. 18(13) UNTOC',
];
const BODY1 =
  'Member states shall cooperate in special investigative techniques (UNTOC art 20), exchange information (Art. 18(13) UNTOC), ' +
  'extradite under articles 16 to 18 of UNTOC, assist as article 18, paragraph 13, of UNTOC provides, and preserve stored data ' +
  '(Convention on Cybercrime (Budapest, 2001), art. 35); joint operations follow art. 20 UNTOC and Art. 18(13) UNTOC.';
const BODY2 = 'Member states should consider acceding to the Convention on Cybercrime and should apply Article 45 of UNTOC.';

const para = draftParagraph;
const BODY_LINE = 11;
const file = (n: string) => join(corpus, 'paragraphs', 'plan-2027', `${n}.md`);

beforeAll(() => {
  ({ dir, corpus } = draftCorpus('plan-cite-', 2));
  writeFileSync(file('1'), para('1', 'shall', BODY1));
  writeFileSync(file('2'), para('2', 'should', BODY2));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lintDraft(): { code: number | null; byFile: Map<string, Message[]> } {
  const r = plan(['--corpus', corpus, 'lint', '--format', 'json', join(corpus, 'paragraphs', 'plan-2027')]);
  const byFile = new Map<string, Message[]>();
  for (const f of JSON.parse(r.stdout) as FileResult[]) if (f.messages.length) byFile.set(f.filePath.slice(corpus.length + 1), f.messages);
  return { code: r.code, byFile };
}

/** Column (1-based) of the n-th occurrence of `s` in `body`. */
function column(body: string, s: string, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) at = body.indexOf(s, at + 1);
  expect(at, s).toBeGreaterThanOrEqual(0);
  return at + 1;
}

describe('citation forms in a new working draft on the real corpus', () => {
  it('reports each form at its line and column, the missing article, and the undeclared whole instrument (exit 1)', () => {
    const { code, byFile } = lintDraft();
    expect(code).toBe(1);
    const p1 = (byFile.get('paragraphs/plan-2027/1.md') ?? []).map((m) => [m.ruleId, m.line, m.column]);
    // "Art. 18(13) UNTOC" appears twice: in parentheses first, then after "and".
    const expected = FORMS.map((f, i) => ['citation-declared', BODY_LINE, column(BODY1, f, i === 6 ? 2 : 1)]);
    expect(p1).toEqual(expected);
    const msgs = (byFile.get('paragraphs/plan-2027/1.md') ?? []).map((m) => m.message);
    expect(msgs[0]).toBe('Citation "(UNTOC art 20)" is not declared: add {instrument: untoc, articles: [20]} to `cites`.');
    expect(msgs[2]).toBe('Citation "articles 16 to 18 of UNTOC" is not declared: add {instrument: untoc, articles: [16, 17, 18]} to `cites`.');
    expect(msgs[4]).toBe('Citation "(Convention on Cybercrime (Budapest, 2001), art. 35)" is not declared: add {instrument: budapest, articles: [35]} to `cites`.');
    const p2 = byFile.get('paragraphs/plan-2027/2.md') ?? [];
    expect(p2.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      ['citation-declared', BODY_LINE, column(BODY2, 'Convention on Cybercrime'), '"Convention on Cybercrime" cites `budapest` as a whole and is not declared: add {instrument: budapest} to `cites`.'],
      ['citation-declared', BODY_LINE, column(BODY2, 'Article 45 of UNTOC'), 'Citation "Article 45 of UNTOC": article 45 does not exist in `untoc` (articles 1-41).'],
    ]);
  });

  it('--fix declares every citation in `cites` (paragraphs of articles 18(13) included); the draft then lints clean but for the missing article', () => {
    const r = plan(['--corpus', corpus, 'lint', '--fix', join(corpus, 'paragraphs', 'plan-2027')]);
    expect(r.stderr).toContain('plan: fixed paragraphs/plan-2027/1.md');
    const fm = (n: string) => YAML.parse(readFileSync(file(n), 'utf8').split('---\n')[1]!) as { cites: Array<{ instrument: string; articles?: string[]; paragraph?: string; text?: string }> };
    const cites1 = fm('1').cites;
    expect(cites1.map((x) => x.text)).toEqual(FORMS);
    expect(cites1.map((x) => [x.instrument, x.articles, x.paragraph])).toEqual([
      ['untoc', ['20'], undefined],
      ['untoc', ['18'], '13'],
      ['untoc', ['16', '17', '18'], undefined],
      ['untoc', ['18'], '13'],
      ['budapest', ['35'], undefined],
      ['untoc', ['20'], undefined],
      ['untoc', ['18'], '13'],
    ]);
    expect(fm('2').cites).toEqual([{ instrument: 'budapest', text: 'Convention on Cybercrime' }]);
    const { byFile } = lintDraft();
    expect(byFile.get('paragraphs/plan-2027/1.md')).toBeUndefined();
    // An article the instrument does not have cannot be fixed by declaring it: it stays reported, on the body line.
    expect(byFile.get('paragraphs/plan-2027/2.md')?.map((m) => [m.ruleId, m.message])).toEqual([
      ['citation-declared', 'Citation "Article 45 of UNTOC": article 45 does not exist in `untoc` (articles 1-41).'],
    ]);
  });

  it('plan xref counts the draft: articles 16-18, 20 of untoc, article 35 and the whole of budapest', () => {
    const untoc = JSON.parse(plan(['--corpus', corpus, 'xref', '--instrument', 'untoc', '--format', 'json']).stdout) as { articles: Array<{ article: string; byDocument: Array<{ document: string; paragraphs: string[] }> }> };
    const cited = untoc.articles.filter((a) => a.byDocument.some((d) => d.document === 'plan-2027')).map((a) => a.article);
    expect(cited).toEqual(['16', '17', '18', '20']);
    const budapest = JSON.parse(plan(['--corpus', corpus, 'xref', '--instrument', 'budapest', '--format', 'json']).stdout) as { articles: Array<{ article: string; byDocument: Array<{ document: string; paragraphs: string[] }> }>; whole: Array<{ paragraph: string }> };
    expect(budapest.whole.map((w) => w.paragraph)).toContain('plan-2027/2');
    expect(budapest.articles.find((a) => a.article === '35')?.byDocument).toEqual([{ document: 'plan-2027', paragraphs: ['plan-2027/1'] }]);
  });
});
