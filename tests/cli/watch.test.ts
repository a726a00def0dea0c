/** `plan lint --watch`: lints, then again on every save, until interrupted. */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCorpusChange } from '../../src/commands/watch.js';
import { BIN, REPO } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-watch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Resolves when `pred` holds for the text gathered so far (checked on every chunk), or rejects after 60 s. */
function until(get: () => string, pred: (s: string) => boolean, onData: (cb: () => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out; output so far:\n${get()}`)), 25_000);
    const check = () => {
      if (pred(get())) {
        clearTimeout(t);
        resolve();
      }
    };
    onData(check);
    check();
  });
}

describe('plan lint --watch', () => {
  it('reports again after a save, without clearing a screen that is not a terminal, and stops on Ctrl-C', async () => {
    const corpus = join(dir, 'corpus');
    cpSync(join(REPO, 'corpus'), corpus, { recursive: true });
    const child = spawn(process.execPath, [BIN, 'lint', '--watch'], { cwd: dir, env: { PATH: process.env.PATH ?? '', CI: '' } });
    let out = '';
    let err = '';
    const listeners: Array<() => void> = [];
    child.stdout.on('data', (b: Buffer) => { out += b.toString(); listeners.forEach((l) => l()); });
    child.stderr.on('data', (b: Buffer) => { err += b.toString(); listeners.forEach((l) => l()); });
    const onData = (cb: () => void) => listeners.push(cb);

    await until(() => err, (s) => s.includes('plan: watching'), onData);
    expect(out).toContain('920 files checked');
    expect(out).not.toContain('known-instrument');

    const para = join(corpus, 'paragraphs/strategy-2021/2.i.md');
    const text = readFileSync(para, 'utf8');
    const line = text.split('\n').findIndex((l) => l.endsWith('instrument: untoc')) + 1;
    expect(line).toBeGreaterThan(1);
    writeFileSync(para, text.replace('instrument: untoc\n', 'instrument: untocx\n'));
    await until(() => out, (s) => s.includes('known-instrument'), onData);
    expect(out).toMatch(new RegExp(`paragraphs/strategy-2021/2\\.i\\.md\\n\\s+${line}:\\d+\\s+error`));
    expect(out).not.toContain('\u001b[2J');

    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130); // interrupted, as any command stopped by Ctrl-C
  });

  it('counts only corpus files as saves (not the cache, temp or dot files)', () => {
    expect(isCorpusChange('paragraphs/x/1.md')).toBe(true);
    expect(isCorpusChange('plan.config.yaml')).toBe(true);
    expect(isCorpusChange('paragraphs/x/.1.md.123.abcd.tmp')).toBe(false);
    expect(isCorpusChange('.plancache/lint.json')).toBe(false);
    expect(isCorpusChange('paragraphs/x/notes.txt')).toBe(false);
  });

  it('refuses to combine with --fix or --stdin, in one line', async () => {
    const { plan } = await import('./run.js');
    const r = plan(['--corpus', join(REPO, 'corpus'), 'lint', '--watch', '--fix']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan: --watch lints again on every save; it does not combine with --fix.\n');
  });
});
