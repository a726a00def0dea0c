/**
 * Issue 18, part 2, end to end on a copy of the real corpus: `plan lint --fix` on a working
 * draft whose paragraphs write `cites` in flow style, block style and with comments yields
 * files that lint clean and keep their comments; before the fix, every format says what is
 * fixable (stylish's summary, ESLint's JSON counts and `fix`, SARIF's `fixes`).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftCorpus } from './draft-2027.js';
import { plan } from './run.js';

const require = createRequire(import.meta.url);

let dir: string;
let corpus: string;
const p = (n: string) => join(corpus, 'paragraphs', 'plan-2027', `${n}.md`);
const head = (n: string) => `id: plan-2027/${n}\ndocument: plan-2027\nnumber: "${n}"\nprinted: true\nsection: []\ntype: operative\naddressees: [member-states]\nforce: shall\n`;
const BODY = 'Member states shall cooperate on extradition (CTOC, Art. 16) and on mutual legal assistance (CTOC, Art. 18).';
const FLOW = `---\n${head('1')}cites: [{instrument: untoc, articles: ["5"]}] # criminalization first\n---\nMember states shall criminalize participation (CTOC, Art. 5) and cooperate on extradition (CTOC, Art. 16).\n`;
const BLOCK = `---\n${head('2')}cites:\n  - instrument: untoc\n    articles: ["18"]\n---\n${BODY}\n`;
const COMMENTED = `---\n# Drafted by the secretariat\n${head('3')}# cites to be declared\n---\n${BODY}\n`;

interface Msg { ruleId: string; line: number; column: number; fix?: { range: [number, number]; text: string } }
interface Res { filePath: string; messages: Msg[]; errorCount: number; fixableErrorCount: number; fixableWarningCount: number }

beforeAll(() => {
  ({ dir, corpus } = draftCorpus('plan-fix-'));
  writeFileSync(p('1'), FLOW);
  // On disk with a byte-order mark and CRLF line ends: fixes are given in the file's own terms.
  writeFileSync(p('2'), '\uFEFF' + BLOCK.replace(/\n/g, '\r\n'));
  writeFileSync(p('3'), COMMENTED);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function draftResults(format = 'json'): { code: number | null; files: Res[]; out: string } {
  const r = plan(['--corpus', corpus, '--no-color', 'lint', '--format', format, join(corpus, 'paragraphs', 'plan-2027')]);
  return { code: r.code, out: r.stdout, files: format === 'json' ? (JSON.parse(r.stdout) as Res[]) : [] };
}

describe('plan lint says what is fixable, then --fix fixes it without breaking a file', () => {
  it('stylish: the summary ends with the number of fixable problems', () => {
    const r = draftResults('stylish');
    expect(r.code).toBe(1);
    expect(r.out).toContain('4 problems (4 errors, 0 warnings) in 3 files checked; 4 fixable with `plan lint --fix`\n');
  });

  it('JSON: fixableErrorCount and each message\'s fix, with offsets into the file as on disk', () => {
    const { files } = draftResults();
    const by = (n: string) => files.find((f) => f.filePath === p(n))!;
    expect(files.map((f) => [f.filePath.slice(corpus.length + 1), f.messages.map((m) => [m.ruleId, m.line, m.column]), f.fixableErrorCount])).toEqual([
      ['paragraphs/plan-2027/1.md', [['citation-declared', 12, 91]], 1],
      ['paragraphs/plan-2027/2.md', [['citation-declared', 14, 46]], 1],
      ['paragraphs/plan-2027/3.md', [['citation-declared', 13, 46], ['citation-declared', 13, 93]], 2],
    ]);
    // Applying the JSON's fix to the bytes on disk (BOM and CRLF counted) gives a file that
    // keeps its BOM and CRLF and declares the citation.
    const m = by('2').messages[0]!;
    const disk = readFileSync(p('2'), 'utf8');
    const fixed = disk.slice(0, m.fix!.range[0]) + m.fix!.text + disk.slice(m.fix!.range[1]);
    expect(fixed).toBe('\uFEFF' + BLOCK.replace('    articles: ["18"]\n', '    articles: ["18"]\n  - instrument: untoc\n    articles: ["16"]\n    text: "(CTOC, Art. 16)"\n').replace(/\n/g, '\r\n'));
    // Both findings of paragraph 3 carry the one fix that declares both.
    const [a, b] = by('3').messages;
    expect(a!.fix).toEqual(b!.fix);
  });

  it('SARIF: each fixable result carries a fix, and the log validates against SARIF 2.1.0', () => {
    const r = draftResults('sarif');
    const log = JSON.parse(r.out);
    const Ajv4 = require('ajv-draft-04');
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv4({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0].results as Array<{ fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ deletedRegion: Record<string, number>; insertedContent: { text: string } }> }> }> }>;
    expect(results).toHaveLength(4);
    expect(results.every((x) => x.fixes?.length === 1)).toBe(true);
    const rep = results[0]!.fixes![0]!.artifactChanges[0]!.replacements[0]!;
    // Paragraph 1: inside the flow list on line 10, never a second `cites:` line.
    expect(rep.deletedRegion.startLine).toBe(10);
    expect(rep.insertedContent.text).not.toContain('cites:');
  });

  it('--fix: flow, block and commented front matter lint clean, keep their comments and style, exit 0', () => {
    const r = plan(['--corpus', corpus, 'lint', join(corpus, 'paragraphs', 'plan-2027'), '--fix']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const one = readFileSync(p('1'), 'utf8');
    expect(one).toBe(FLOW.replace('articles: ["5"]}]', 'articles: ["5"]}, {instrument: untoc, articles: ["16"], text: "(CTOC, Art. 16)"}]'));
    expect(one.match(/^cites:/gm)).toHaveLength(1);
    const two = readFileSync(p('2'), 'utf8');
    expect(two.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(two).not.toMatch(/[^\r]\n/);
    const three = readFileSync(p('3'), 'utf8');
    expect(three).toContain('# Drafted by the secretariat\n');
    expect(three).toContain('# cites to be declared\n');
    expect(three.match(/^cites:/gm)).toHaveLength(1);
    const again = draftResults();
    expect(again.code).toBe(0);
    expect(again.files.flatMap((f) => f.messages)).toEqual([]);
  });
});
