/**
 * Issue 18's checks for negotiated texts, on a copy of the real corpus: a working draft
 * with open brackets and a "previous paragraph" reference. While it is a working draft its
 * brackets are counted (`plan show`, `plan render`), not reported; `plan move` puts another
 * paragraph before the reference, and lint says so; circulated, its brackets are warnings;
 * adopted, they are errors.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan, REPO } from './run.js';

let dir: string;
let corpus: string;
const DOC = 'wd-neg';
const para = (n: number, body: string): string => `---
id: ${DOC}/${n}
document: ${DOC}
number: "${n}"
printed: true
position: ${n}
section: [Measures]
type: operative
addressees: [member-states]
force: should
---
${body}
`;
const BODIES = [
  'Member states should conclude extradition treaties [within two years].',
  'The treaties referred to in the previous paragraph should be published [each year/every two years].',
  'Member states should share data on firearms.',
];
const docFile = (status: string) => `---\nid: ${DOC}\ntitle: A negotiated draft\ndate: "2026-11-01"\nauthor: member-states\nstatus: ${status}\noutline:\n  - title: Measures\nsource: a test draft\n---\nA draft under negotiation.\n`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-negotiation-'));
  corpus = join(dir, 'corpus');
  cpSync(join(REPO, 'corpus'), corpus, { recursive: true });
  writeFileSync(join(corpus, `documents/${DOC}.md`), docFile('working-draft'));
  mkdirSync(join(corpus, `paragraphs/${DOC}`));
  BODIES.forEach((b, i) => writeFileSync(join(corpus, `paragraphs/${DOC}/${i + 1}.md`), para(i + 1, b)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => plan(['--corpus', corpus, '--today', '2026-12-01', ...args]);
interface Msg { ruleId: string; line: number; column: number; message: string }
const findings = (r: { stdout: string }) => (JSON.parse(r.stdout) as Array<{ filePath: string; messages: Msg[] }>)
  .flatMap((f) => f.messages.map((m) => `${f.filePath.slice(corpus.length + 1)}:${m.line}:${m.column} ${m.ruleId}`));

describe('a negotiated working draft', () => {
  it('lints clean while under negotiation, and show and render count its brackets', () => {
    const r = run(['lint', '--format', 'json']);
    expect(findings(r)).toEqual([]);
    expect(r.code).toBe(0);
    // 32 words, 8 of them in the two brackets (one offers two options): 75% agreed.
    expect(run(['show', DOC]).stdout).toContain('\nAgreed text: 75% agreed, 2 brackets open, 1 option\n');
    const md = run(['render', DOC, '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n').slice(0, 8)).toContain('Agreed text: 75% agreed, 2 brackets open, 1 option.');
  });
  it('after plan move puts the firearms paragraph second, "the previous paragraph" is reported', () => {
    expect(run(['move', `${DOC}/3`, '--to', '2']).code).toBe(0);
    expect(readFileSync(join(corpus, `paragraphs/${DOC}/3.md`), 'utf8')).toContain('the previous paragraph');
    const r = run(['lint', '--format', 'json']);
    expect(findings(r)).toEqual([`paragraphs/${DOC}/3.md:12:29 relative-reference`]);
    expect(r.code).toBe(1);
    const text = run(['lint', join(corpus, `paragraphs/${DOC}/3.md`)]);
    expect(text.stdout).toContain(`"the previous paragraph" is about "treaties", but the paragraph now before this one (${DOC}/2) is not: was a paragraph moved or inserted?`);
  });
  it('circulated, its open brackets are warnings (and the reference stands as written)', () => {
    writeFileSync(join(corpus, `documents/${DOC}.md`), docFile('circulated-draft'));
    const r = run(['lint', '--format', 'json']);
    expect(findings(r)).toEqual([`paragraphs/${DOC}/1.md:12:52 bracketed-text`, `paragraphs/${DOC}/3.md:12:72 bracketed-text`]);
    expect(r.code).toBe(0);
  });
  it('adopted, a bracket is an error', () => {
    writeFileSync(join(corpus, `documents/${DOC}.md`), docFile('adopted'));
    const r = run(['lint', '--format', 'json']);
    expect(findings(r)).toEqual([`paragraphs/${DOC}/1.md:12:52 bracket-in-adopted`, `paragraphs/${DOC}/3.md:12:72 bracket-in-adopted`]);
    expect(r.code).toBe(1);
  });
});
