/**
 * Issue 18, part 3, on a copy of the real corpus with a new working draft: YAML errors in a
 * drafter's words (with the parser's words after them), one problem never hides the others, no
 * double reports, notes about the files linted only, and a rule switched off leaves its
 * baseline entries alone.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan, REPO } from './run.js';

let dir: string;
let corpus: string;
const p = (n: string) => join(corpus, 'paragraphs', 'plan-2027', `${n}.md`);
const FM = (n: string, extra = '', force = 'should') => `---\nid: plan-2027/${n}\ndocument: plan-2027\nnumber: "${n}"\nprinted: true\nsection: []\ntype: operative\naddressees: [member-states]\nforce: ${force}\n${extra}---\n`;

interface Msg { ruleId: string; line: number; column: number; message: string }
function lint(args: string[]): { code: number | null; files: Array<{ filePath: string; messages: Msg[] }>; stdout: string } {
  const r = plan(['--corpus', corpus, '--no-color', 'lint', '--format', 'json', ...args]);
  return { code: r.code, files: JSON.parse(r.stdout), stdout: r.stdout };
}
const messages = (file: string) => lint([file]).files.find((f) => f.filePath === file)!.messages;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-words-'));
  corpus = join(dir, 'corpus');
  cpSync(join(REPO, 'corpus'), corpus, { recursive: true });
  expect(plan(['--corpus', corpus, 'new', 'document', 'plan-2027', '--title', 'Draft Hemispheric Plan of Action 2027']).code).toBe(0);
  mkdirSync(join(corpus, 'paragraphs', 'plan-2027'), { recursive: true });
  writeFileSync(p('1'), `${FM('1')}Member states should exchange information.\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one problem does not hide the others', () => {
  it('an unknown key and three other slips (numbering, section, force) are all reported in one run', () => {
    writeFileSync(p('3'), `---\nid: plan-2027/3\ndocument: plan-2027\nnumber: "3"\nprinted: true\nsection: [Prevention]\ntype: operative\naddressees: [member-states]\nforce: shall\nremarks: drafted in Lima\n---\nMember states should consider exchanging information. TBD\n`);
    const r = lint([p('3')]);
    expect(r.code).toBe(1);
    expect(r.files[0]!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['numbering', 4, 9],
      ['section-in-outline', 6, 10],
      ['force-matches-text', 9, 8],
      ['schema', 10, 1],
      // TBD: an editorial note, reported once (not also as an acronym never spelled out).
      ['editorial-note', 12, 55],
    ]);
    expect(r.files[0]!.messages[3]!.message).toBe('Unknown key `remarks` in front matter.');
  });

  it('a wrong value of a field is reported, and the rules that do not need it still run (numbering)', () => {
    writeFileSync(p('3'), FM('3', '', 'mandatory') + 'Member states must exchange information.\n');
    const r = messages(p('3'));
    expect(r.map((m) => [m.ruleId, m.line, m.column])).toEqual([['numbering', 4, 9], ['schema', 9, 8]]);
    expect(r[1]!.message).toContain('`force` must be one of shall, must,');
  });
});

describe('YAML errors in a drafter\'s words, the parser\'s after them', () => {
  it('an unquoted colon: put the whole value in quotes', () => {
    writeFileSync(p('3'), FM('3', 'summary: Exchange: information\n') + 'Member states should exchange information.\n');
    const [m] = messages(p('3'));
    expect([m!.ruleId, m!.line, m!.column]).toEqual(['yaml-syntax', 10, 10]);
    expect(m!.message).toBe('This value contains \': \' — put the whole value in quotes: summary: "Exchange: information". (YAML parser: Nested mappings are not allowed in compact mappings.)');
  });

  it('a duplicate key names the key and the line of its first use', () => {
    writeFileSync(p('3'), FM('3', 'force: shall\n') + 'Member states should exchange information.\n');
    const [m] = messages(p('3'));
    expect([m!.ruleId, m!.line, m!.column]).toEqual(['yaml-syntax', 10, 1]);
    expect(m!.message).toBe('Duplicate key `force`: it is already used on line 9; keep one of the two (merge their values). (YAML parser: Map keys must be unique.)');
  });

  it('a tab: use spaces, not a tab, to indent', () => {
    writeFileSync(p('3'), FM('3', 'cites:\n\t- instrument: untoc\n') + 'Member states should exchange information.\n');
    const [m] = messages(p('3'));
    expect([m!.ruleId, m!.line, m!.column]).toEqual(['yaml-syntax', 11, 1]);
    expect(m!.message).toBe('Use spaces, not a tab, to indent. (YAML parser: Tabs are not allowed as indentation.)');
  });

  it('a misspelled key: the nearest allowed key', () => {
    writeFileSync(p('3'), FM('3').replace('addressees:', 'addresees:') + 'Member states should exchange information.\n');
    const r = lint([p('3')]);
    expect(r.code).toBe(1);
    expect(r.files[0]!.messages.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      ['numbering', 4, 9, 'Numbering gap in plan-2027: 2 is missing before 3.'],
      ['schema', 8, 1, 'Unknown key `addresees` in front matter; did you mean `addressees`?'],
    ]);
  });
});

describe('notes and suppressions', () => {
  it('a note about files not linted is not shown; the whole corpus shows it once', () => {
    rmSync(p('3'));
    writeFileSync(p('2'), FM('2') + 'Member states should exchange information.\n');
    const one = plan(['--corpus', corpus, '--no-color', 'lint', p('1')]);
    expect(one.code).toBe(0);
    expect(one.stdout).not.toContain('not checked');
    const all = plan(['--corpus', corpus, '--no-color', 'lint']);
    expect(all.stdout.match(/article citation\(s\) of `untoc-tip` not checked/g)).toHaveLength(1);
  });

  it('a rule switched off (--rule or the configuration) leaves its baseline entries alone', () => {
    for (const args of [['--rule', 'acronym-defined=off'], ['--rule', 'acronym-used=off', '--rule', 'acronym-defined-once=off']]) {
      const r = plan(['--corpus', corpus, '--no-color', 'lint', ...args]);
      expect(r.stdout, args.join(' ')).not.toContain('unused-suppression');
      expect(r.code).toBe(0);
    }
    writeFileSync(join(corpus, 'plan.config.yaml'), 'rules:\n  acronym-defined: off\n');
    try {
      const r = plan(['--corpus', corpus, '--no-color', 'lint']);
      expect(r.stdout).not.toContain('unused-suppression');
      expect(r.code).toBe(0);
    } finally {
      rmSync(join(corpus, 'plan.config.yaml'));
    }
    // A baseline entry that matches nothing is reported while its rule runs, and only then.
    appendFileSync(join(corpus, 'plan.baseline.yaml'), '- file: paragraphs/plan-2027/1.md\n  rule: acronym-defined\n  message: XYZ is never spelled out.\n  reason: a test\n');
    const on = plan(['--corpus', corpus, '--no-color', 'lint']);
    expect(on.stdout).toMatch(/warning {2}Baseline entry for paragraphs\/plan-2027\/1\.md \(acronym-defined\) matches no finding any more; remove it \(plan lint --update-baseline\)\. {2}unused-suppression/);
    expect(plan(['--corpus', corpus, '--no-color', 'lint', '--rule', 'acronym-defined=off']).stdout).not.toContain('unused-suppression');
  });
});
