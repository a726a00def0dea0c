/**
 * `plan diff` as a user runs it: a copy of the real corpus in a temporary git
 * repository, one commit, then a paragraph edited, one added, one removed and
 * a second commit; `plan diff strategy-2021 --since HEAD~1` in every format
 * (the DOCX's tracked changes read from word/document.xml, and converted by
 * LibreOffice), --out and --force, and the usage errors.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan, REPO } from './run.js';

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=plan tests', '-c', 'user.email=tests@example.org', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });

let repo = '';
let before = 0;
let removedText = '';
const DOC = 'strategy-2021';
const para = (n: string) => join(repo, 'corpus', 'paragraphs', DOC, `${n}.md`);
const run = (...args: string[]) => plan(['diff', ...args, '--today', '2026-12-03'], { cwd: repo });
/** Standard error without the note on lint errors every report prints (the copied corpus may be mid-edit). */
const noted = (stderr: string) => stderr.replace(/^plan: note: the corpus has \d+ lint errors?; run plan lint\n/, '');

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'plan-diff-cli-'));
  cpSync(join(REPO, 'corpus'), join(repo, 'corpus'), { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'the corpus');
  before = readdirSync(join(repo, 'corpus', 'paragraphs', DOC)).filter((f) => f.endsWith('.md')).length;
  // Edit 6.f, remove 6.e, add 6.h after 6.g.
  const [fm, text] = readFileSync(para('6.f'), 'utf8').split(/(?<=\n---\n)/) as [string, string];
  expect(text).toContain('no bilateral treaty exists');
  writeFileSync(para('6.f'), fm + text.replace('no bilateral treaty exists', 'no bilateral or multilateral treaty exists').replace('in investigations,', 'in inquiries,'));
  removedText = readFileSync(para('6.e'), 'utf8').split(/\n---\n/)[1]!.trim().replace(/\s+/g, ' ');
  expect(removedText.length).toBeGreaterThan(20);
  unlinkSync(para('6.e'));
  const g = readFileSync(para('6.g'), 'utf8');
  const h = g.replace(/^id: .*$/m, `id: ${DOC}/6.h`).replace(/^number: .*$/m, 'number: 6.h').replace(/\n---\n[\s\S]*$/, '\n---\nMember states exchange information on the “proceeds of crime” & report <annually>.\n');
  writeFileSync(para('6.h'), h);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'edit, add, remove');
});

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('plan diff <document> --since <git-ref>', () => {
  it('text: git word-diff markers without a terminal, the summary, exit 0, and the working tree untouched', () => {
    const status = git(repo, 'status', '--porcelain');
    const r = run(DOC, '--since', 'HEAD~1');
    expect(noted(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`summary: 1 changed, 1 added, 1 removed, 0 moved, ${before - 2} unchanged\n`);
    expect(r.stdout).toContain(`changed ${DOC}/6.f (same id)\n`);
    expect(r.stdout).toContain('bilateral {+or multilateral +}treaty');
    expect(r.stdout).toContain('[-investigations-]{+inquiries+}');
    expect(r.stdout).toContain(`removed ${DOC}/6.e\n[-${removedText}-]\n`);
    expect(r.stdout).toContain(`added ${DOC}/6.h\n{+Member states exchange information on the “proceeds of crime” & report <annually>.+}`);
    expect(r.stdout).toContain(`${before - 2} unchanged paragraphs not shown.`);
    expect(r.stdout).not.toContain('\u001b[');
    // Order: the removed paragraph where it stood, before 6.f; the new one after 6.g.
    const at = (s: string) => r.stdout.indexOf(s);
    expect(at(`removed ${DOC}/6.e`)).toBeLessThan(at(`changed ${DOC}/6.f`));
    expect(git(repo, 'status', '--porcelain')).toBe(status);
  });

  it('text with --color: ANSI colours instead of markers', () => {
    const r = plan(['--color', 'diff', DOC, '--since', 'HEAD~1'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\u001b[32m\u001b[4mor multilateral ');
    expect(r.stdout).not.toContain('{+or multilateral');
  });

  it('json: the contract, summary counts = paragraphs by kind, the revision named', () => {
    const r = run(DOC, '--since', 'HEAD~1', '--format', 'json');
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout) as { from: object; to: object; summary: Record<string, number>; paragraphs: Array<{ from: string | null; to: string | null; kind: string; basis?: string; changes: Array<{ op: string; text: string }> }> };
    expect(v.from).toEqual({ document: DOC, revision: 'HEAD~1' });
    expect(v.to).toEqual({ document: DOC });
    expect(v.summary).toEqual({ changed: 1, added: 1, removed: 1, moved: 0, unchanged: before - 2 });
    for (const k of Object.keys(v.summary)) expect(v.summary[k]).toBe(v.paragraphs.filter((p) => p.kind === k).length);
    // Every paragraph of now, and the one removed.
    expect(v.paragraphs).toHaveLength(before + 1);
    const f = v.paragraphs.find((p) => p.to === `${DOC}/6.f`)!;
    expect(f).toMatchObject({ from: `${DOC}/6.f`, kind: 'changed', basis: 'same-id' });
    expect(f.changes).toContainEqual({ op: 'insert', text: 'or multilateral ' });
    expect(f.changes).toContainEqual({ op: 'delete', text: 'investigations' });
    expect(v.paragraphs.find((p) => p.from === `${DOC}/6.e`)).toMatchObject({ to: null, kind: 'removed' });
    expect(v.paragraphs.find((p) => p.to === `${DOC}/6.h`)).toMatchObject({ from: null, kind: 'added' });
  });

  it('markdown: CriticMarkup', () => {
    const r = run(DOC, '--since', 'HEAD~1', '--format', 'markdown');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('bilateral {++or multilateral ++}treaty');
    expect(r.stdout).toContain('{--investigations--}{++inquiries++}');
    expect(r.stdout).toContain('{++Member states exchange information on the “proceeds of crime” & report \\<annually\\>.++}');
    expect(r.stdout).toContain(`{--${removedText}--}`);
  });

  it('html: ins and del, escaped, self-contained', () => {
    const r = run(DOC, '--since', 'HEAD~1', '--format', 'html');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('bilateral <ins>or multilateral </ins>treaty');
    expect(r.stdout).toContain('<ins>Member states exchange information on the “proceeds of crime” &amp; report &lt;annually&gt;.</ins>');
    expect(r.stdout).not.toMatch(/<script|<link|src=/);
  });

  it('docx: Word tracked changes by author plan dated --today, written atomically with --out, and LibreOffice converts it', async () => {
    const out = join(repo, 'out', 'redline.docx');
    const r = run(DOC, '--since', 'HEAD~1', '--format', 'docx', '--out', out);
    expect(noted(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${out}\n`);
    expect(readdirSync(join(repo, 'out'))).toEqual(['redline.docx']);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    const ins = [...xml.matchAll(/<w:ins ([^>]*)>([\s\S]*?)<\/w:ins>/g)];
    const del = [...xml.matchAll(/<w:del ([^>]*)>([\s\S]*?)<\/w:del>/g)];
    for (const m of [...ins, ...del]) expect(m[1]).toMatch(/w:author="plan" w:date="2026-12-03T00:00:00Z"|w:date="2026-12-03T00:00:00Z"[^>]*w:author="plan"|w:author="plan"[^>]*w:date="2026-12-03T00:00:00Z"/);
    expect(ins.map((m) => m[2]).join('\n')).toContain('>or multilateral </w:t>');
    expect(ins.map((m) => m[2]).join('\n')).toContain('>inquiries</w:t>');
    expect(del.map((m) => m[2]).join('\n')).toContain('>investigations</w:delText>');
    expect(ins.map((m) => m[2]).join('\n')).toContain('Member states exchange information on the “proceeds of crime” &amp; report &lt;annually&gt;.');
    expect(del.map((m) => m[2]).join('\n')).toContain(`<w:delText xml:space="preserve">${removedText.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</w:delText>`);
    // Renumbered? No: 6.f keeps its number, so its number is plain text.
    expect(del.map((m) => m[2]).join('\n')).toContain('>6.e</w:delText>');
    // The status of the text: an adopted text's header says so (a draft would say NOT ADOPTED).
    const header = Object.keys((await JSZip.loadAsync(readFileSync(out))).files).filter((n) => /^word\/header\d*\.xml$/.test(n));
    expect(header.length).toBeGreaterThan(0);

    const lo = mkdtempSync(join(tmpdir(), 'plan-diff-lo-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${join(lo, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', lo, out], { stdio: 'pipe', timeout: 180_000 });
      const pdf = join(lo, 'redline.pdf');
      expect(existsSync(pdf)).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBeGreaterThan(1);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('Member states exchange information');
    } finally {
      rmSync(lo, { recursive: true, force: true });
    }
  }, 240_000);

  it('--out never replaces a file without --force; with --force it does', () => {
    const out = join(repo, 'out', 'redline.md');
    writeFileSync(out, 'keep me\n');
    const r = run(DOC, '--since', 'HEAD~1', '--format', 'markdown', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: ${out} already exists.\nhint: Pass --force to replace it, or choose another --out.\n`);
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    const f = run(DOC, '--since', 'HEAD~1', '--format', 'markdown', '--out', out, '--force');
    expect(f.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('{++or multilateral ++}');
    expect(statSync(out).size).toBeGreaterThan(1000);
  });
});

describe('plan diff usage errors: exit 2, one line and a hint, no stack', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['an unknown revision', [DOC, '--since', 'no-such-tag'], /^plan: Unknown git revision `no-such-tag` for --since/],
    ['an unknown document', ['strategy-2022', '--since', 'HEAD~1'], /^plan: Unknown document `strategy-2022`.*did you mean `strategy-2021`/],
    ['one document without --since', [DOC], /^plan: Compare `strategy-2021` with what\?/],
    ['two documents with --since', ['mex-draft-2005', DOC, '--since', 'HEAD~1'], /^plan: --since compares one document with itself/],
    ['docx without --out', ['mex-draft-2005', 'cedot-draft-2006', '--format', 'docx'], /^plan: --format docx writes a Word file/],
    ['the same document twice', [DOC, DOC], /^plan: Both sides are `strategy-2021`/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    });
  }
});

describe('plan diff <from> <to> on the real corpus', () => {
  it('mex-draft-2005 cedot-draft-2006: what CEDOT kept of the Mexican draft', () => {
    const r = plan(['diff', 'mex-draft-2005', 'cedot-draft-2006', '--format', 'json']);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout) as { summary: Record<string, number> };
    expect(v.summary).toEqual({ changed: 21, added: 142, removed: 48, moved: 1, unchanged: 4 });
    const t = plan(['diff', 'mex-draft-2005', 'cedot-draft-2006']);
    expect(t.stdout).toContain('changed cedot-draft-2006/3.k ← mex-draft-2005/list.11 (derived-from)\nInter-American Convention on Mutual {+Legal +}Assistance in Criminal Matters;\n');
  });
});
