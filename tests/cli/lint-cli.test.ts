import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINI, removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { mini } from '../helpers/mini-text.js';
import { withOverrides } from '../helpers/rule-tester.js';
import { plan } from './run.js';

const roots: string[] = [];
function corpus(over: Record<string, string | Uint8Array | null> = {}): string {
  const r = writeCorpus(withOverrides(over));
  roots.push(r);
  return r;
}
afterAll(() => roots.forEach(removeCorpus));

interface JsonFile { filePath: string; messages: Array<{ ruleId: string; severity: number; line: number; column: number; message: string }>; errorCount: number; warningCount: number }

describe('plan lint (end to end)', () => {
  it('a clean corpus exits 0 and says so', () => {
    const r = plan(['lint', '--corpus', corpus()]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${Object.keys(MINI).length} files checked, no problems`);
  });

  it('reports one planted fault of each kind at its file, line and rule, exit 1', () => {
    const root = corpus({
      'instruments/bad-yaml.md': '---\nid: bad-yaml\ntitle: x\ntitle: y\n---\n',
      'instruments/nofm.md': 'just text\n',
      'instruments/js.md': '---js\n{id: "js"}\n---\n',
      'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md').replace('force: consider', 'force: perhaps'),
      'paragraphs/adopted/1.md': mini('paragraphs/adopted/1.md').replace('[untoc, ia-mla]', '[untoc, ia-mlx]'),
      'paragraphs/draft/1.md': mini('paragraphs/draft/1.md').replace('articles: ["16"]', 'articles: ["99"]'),
      'instruments/untocx.md': mini('instruments/untoc.md'),
      'commitments/MEX/untoc.md': mini('commitments/MEX/untoc.md').replace('as-of: "2014-01-27"', 'as-of: "2014-02-30"'),
      'commitments/MEX/national-authority.md': mini('commitments/MEX/national-authority.md').replace(/    evidence: .*\n/, ''),
    });
    const r = plan(['lint', '--corpus', root, '--format', 'json', '--today', '2026-01-01']);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout) as JsonFile[];
    const got = files.flatMap((f) => f.messages.map((m) => `${f.filePath.slice(root.length + 1)}:${m.line}:${m.column} ${m.ruleId}`));
    expect(got).toEqual([
      'commitments/MEX/national-authority.md:6:13 evidence-required',
      'commitments/MEX/untoc.md:12:12 valid-dates',
      'instruments/bad-yaml.md:4:1 yaml-syntax',
      'instruments/js.md:1:1 front-matter',
      'instruments/nofm.md:1:1 front-matter',
      'instruments/untocx.md:2:5 id-matches-path',
      'instruments/untocx.md:2:5 id-unique',
      'paragraphs/adopted/1.md:13:24 known-instrument',
      'paragraphs/adopted/2.md:9:8 schema',
      'paragraphs/draft/1.md:12:16 known-article',
      'paragraphs/draft/1.md:19:67 citation-declared',
    ]);
    expect(files.every((f) => f.filePath.startsWith('/'))).toBe(true);
  });

  it('stylish output groups by file with line:col, severity, message and rule, and a summary', () => {
    const root = corpus({ 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md').replace('force: consider', 'force: shal') });
    const r = plan(['lint', '--corpus', root], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('paragraphs/adopted/2.md\n  9:8  error  `force` must be one of');
    expect(r.stdout).toContain('did you mean `shall`?  schema');
    expect(r.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\)/);
    expect(r.stdout).not.toContain('\u001b['); // no colour when piped
  });

  it('paths limit the report but references resolve against the whole corpus', () => {
    const root = corpus({ 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md').replace('force: consider', 'force: shal') });
    const ok = plan(['lint', '--corpus', root, join(root, 'paragraphs/draft')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('1 file checked');
    const bad = plan(['lint', '--corpus', root, join(root, 'paragraphs/adopted/2.md')]);
    expect(bad.code).toBe(1);
    const outside = plan(['lint', '--corpus', root, tmpdir()]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is not inside the corpus');
  });

  it('--quiet drops warnings; --max-warnings turns too many into exit 1', () => {
    const root = corpus({ 'plan.config.yaml': 'rules:\n  schema: warn\n', 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md').replace('force: consider', 'force: shal') });
    const w = plan(['lint', '--corpus', root]);
    expect(w.code).toBe(0);
    expect(w.stdout).toContain('warning');
    expect(plan(['lint', '--corpus', root, '--max-warnings', '0']).code).toBe(1);
    const q = plan(['lint', '--corpus', root, '--quiet']);
    expect(q.code).toBe(0);
    expect(q.stdout).not.toContain('warning');
    expect(plan(['lint', '--corpus', root, '--rule', 'schema=off', '--max-warnings', '0']).code).toBe(0);
  });

  it('a bad configuration is a usage error naming the file and line', () => {
    const root = corpus({ 'plan.config.yaml': 'rules:\n  schema: loud\n' });
    const r = plan(['lint', '--corpus', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan.config.yaml:2:11');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const unknown = plan(['lint', '--corpus', corpus({ 'plan.config.yaml': 'rules:\n  no-such-rule: off\n' })]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown rule `no-such-rule`');
  });

  it('user errors print one line and a hint, exit 2, no stack trace', () => {
    const flag = plan(['lint', '--no-such-flag']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("unknown option '--no-such-flag'");
    expect(flag.stderr).not.toMatch(/\n\s+at /);
    const missing = plan(['lint', '--corpus', '/nonexistent/corpus']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Corpus folder not found');
    const empty = mkdtempSync(join(tmpdir(), 'plan-empty-'));
    roots.push(empty);
    const none = plan(['lint'], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No corpus found');
    expect(plan(['lint', '--max-warnings', 'many']).code).toBe(2);
    expect(plan(['lint', '--today', '2024-02-30', '--corpus', corpus()]).code).toBe(2);
  });

  it('never runs ---js front matter', () => {
    const marker = join(tmpdir(), `plan-pwned-${process.pid}`);
    const root = corpus({ 'instruments/js.md': `---js\nrequire('fs').writeFileSync(${JSON.stringify(marker)}, 'x')\n---\n`, 'instruments/js2.md': `---javascript\n(function(){require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')})()\n---\n` });
    const r = plan(['lint', '--corpus', root, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(existsSync(marker)).toBe(false);
  });

  it('--format json stays one valid document with hostile files', () => {
    const root = corpus({
      'instruments/bin.md': new Uint8Array([0xff, 0xfe, 0x00, 0x41]),
      'instruments/deep.md': '---\nid: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n---\n',
      'instruments/dir.md/x.txt': 'x',
    });
    writeFileSync(join(root, 'instruments', 'crlf.md'), '---\r\nid: crlf\r\ntitle: x\r\ntype: convention\r\norganization: an organization\r\nsources: [z]\r\n---\r\n');
    const r = plan(['lint', '--corpus', root, '--format', 'json']);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout) as JsonFile[];
    const by = (rel: string) => files.find((f) => f.filePath.endsWith(rel))!;
    expect(by('instruments/bin.md').messages[0]!.ruleId).toBe('file-readable');
    expect(by('instruments/deep.md').messages[0]!.message).toContain('more than 64');
    expect(by('instruments/dir.md').messages[0]!.message).toContain('folder named like a Markdown file');
    expect(by('instruments/crlf.md').messages).toEqual([]);
  });

  it('--help explains every flag', () => {
    const top = plan(['--help']);
    expect(top.code).toBe(0);
    for (const f of ['--corpus', '--no-color', '--today', '--version', 'lint', 'gaps', 'xref', 'show', 'search', 'schema']) expect(top.stdout).toContain(f);
    const l = plan(['lint', '--help']);
    for (const f of ['--format', '--quiet', '--max-warnings', '--rule', '--list-rules', 'paths']) expect(l.stdout).toContain(f);
    expect(plan(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('plan schema prints a draft-07 schema; an unknown kind is a usage error', () => {
    const r = plan(['schema', 'paragraph']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toBe('http://json-schema.org/draft-07/schema#');
    const bad = plan(['schema', 'paragraf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('did you mean `paragraph`');
  });
});
