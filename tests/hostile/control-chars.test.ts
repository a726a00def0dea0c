/**
 * Issue 15, item 7: control characters and workflow commands in corpus text
 * or paths reach no output raw. Every string a command writes goes through
 * src/cli/safe-output.ts (C0 but tab and LF, DEL, C1 and bidi controls shown
 * as `\u001b` escapes: JSON's own escape, so JSON stays lossless); line breaks
 * inside a field start no physical line in CSV, stylish or table output; a
 * Mermaid directive in a label stays text.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeText } from '../../src/cli/safe-output.js';
import { copyReal, edit, removeCopy, run } from './real-copy.js';

const ESC = '\u001b]0;PWNED\u0007\u001b[2J';
const DIRECTIVE = "%%{init: {'theme':'dark'}}%%";
const TITLE = `${DIRECTIVE} Pwn${ESC}\n::error::title\u202eevil\u009b31m end`;
const FILE = 'x\n::error file=x,line=1::pwned\u009b.md';

/** Characters that may not reach an output raw (CR only outside CRLF). */
const RAW = /(?!\r\n)[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

let root: string;
beforeAll(() => {
  root = copyReal();
  // YAML double-quoted: \e ESC, \a BEL, \n LF, \u202e RLO, \x9b CSI (C1).
  edit(root, 'instruments/untoc.md', 'title: United Nations Convention against Transnational Organized Crime',
    `title: "${DIRECTIVE} Pwn\\e]0;PWNED\\a\\e[2J\\n::error::title\\u202eevil\\x9b31m end"`);
  mkdirSync(join(root, 'paragraphs/gtdot-workplan-2008'), { recursive: true });
  writeFileSync(join(root, 'paragraphs/gtdot-workplan-2008', FILE), '---\nid: nothing\n---\nA stray file.\n');
});
afterAll(() => removeCopy(root));

/** Every physical line of a text, whatever ends it. */
const lines = (s: string) => s.split(/\r\n|\n/);

const XREF: string[][] = [[], ['--instrument', 'untoc'], ['--lists']];
const FORMATS = ['table', 'markdown', 'json', 'csv', 'mermaid', 'dot'];

describe('no raw control character in any output', () => {
  for (const f of FORMATS) {
    for (const v of XREF) {
      it(`xref ${v.join(' ')} --format ${f}`, async () => {
        const r = await run(root, ['xref', ...v, '--format', f]);
        expect(r.code).toBe(0);
        if (v.length === 0) expect(r.stdout).toContain('Pwn');
        expect(r.stdout).not.toMatch(RAW);
        expect(r.stderr).not.toMatch(RAW);
        expect(lines(r.stdout).filter((l) => l.startsWith('::'))).toEqual([]);
        if (f === 'mermaid') expect(r.stdout).not.toContain('%%{');
      });
    }
  }

  for (const argv of [['show', 'untoc'], ['show', 'untoc', '--format', 'markdown'], ['show', 'untoc', '--format', 'json'],
    ['gaps', '--instrument', 'untoc'], ['gaps', '--instrument', 'untoc', '--format', 'markdown'], ['gaps', '--state', 'MEX'], ['search', 'palermo', '-n', '500']]) {
    it(argv.join(' '), async () => {
      const r = await run(root, argv);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(RAW);
      expect(r.stderr).not.toMatch(RAW);
      expect(lines(r.stdout).filter((l) => l.startsWith('::'))).toEqual([]);
    });
  }

  it('JSON keeps the text, escaped its own way: parsed back, the title is the original', async () => {
    const r = await run(root, ['xref', '--instrument', 'untoc', '--format', 'json']);
    expect(r.stdout).not.toMatch(RAW);
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain(JSON.stringify(TITLE).slice(1, -1));
  });
});

describe('a file name with a line break', () => {
  it('stylish: the path stays on its own line, no line starts a workflow command', async () => {
    const r = await run(root, ['lint']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('x\\n::error file=x,line=1::pwned\\u{9b}.md');
    expect(lines(r.stdout).filter((l) => l.startsWith('::'))).toEqual([]);
    expect(r.stdout).not.toMatch(RAW);
  });

  it('github: one annotation per problem, the line break escaped as %0A', async () => {
    const r = await run(root, ['lint', '--format', 'github']);
    const own = lines(r.stdout).filter((l) => l.startsWith('::'));
    expect(own.length).toBeGreaterThan(0);
    for (const l of own) expect(l).toMatch(/^::(error|warning|notice) /);
    expect(r.stdout).toContain('x%0A%3A%3Aerror file=x%2Cline=1%3A%3Apwned\\u009b.md,line=2');
    expect(r.stdout).not.toMatch(RAW);
  });
});

describe('lint --output-file', () => {
  it('the file holds what stdout would: no raw control, JSON that parses back to the path', async () => {
    const out = join(root, '..', 'lint.json');
    const r = await run(root, ['lint', '--format', 'json', '--output-file', out]);
    expect(r.code).toBe(1);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(RAW);
    const files = (JSON.parse(text) as Array<{ filePath: string }>).map((f) => f.filePath);
    expect(files.filter((f) => f.endsWith(FILE))).toHaveLength(1);
  });
});

describe('colour', () => {
  it('--color keeps the formatters\' colours and still escapes everything else', async () => {
    const r = await run(root, ['--color', 'xref', '--instrument', 'untoc']);
    expect(r.stdout).toMatch(/\u001b\[1m/);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW);
  });

  it('safeText: SGR kept only with colour on; CRLF kept, a lone CR escaped', () => {
    expect(safeText('\u001b[31mred\u001b[39m')).toBe('\\u001b[31mred\\u001b[39m');
    expect(safeText('\u001b[31mred\u001b[39m', true)).toBe('\u001b[31mred\u001b[39m');
    expect(safeText(ESC, true)).toBe('\\u001b]0;PWNED\\u0007\\u001b[2J');
    expect(safeText('a\r\nb\rc\td\u0085e\u2066f')).toBe('a\r\nb\\u000dc\td\\u0085e\\u2066f');
    expect(safeText('Convención “Palermo”\u00a0🌎')).toBe('Convención “Palermo”\u00a0🌎');
  });
});
