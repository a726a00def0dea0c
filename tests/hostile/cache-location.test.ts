/**
 * Issue 15, item 4: --cache-location writes only a regular file (or creates one), never
 * through a folder that is a symbolic link: anything else is exit 2 with one line, and what
 * was there is left as it was.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { withOverrides } from '../helpers/rule-tester.js';
import { isRoot, oneLine } from './spawn.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeCorpus));

function fresh(): { root: string; cwd: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'plan-cacheloc-'));
  roots.push(cwd);
  const root = writeCorpus(withOverrides({}));
  roots.push(root);
  return { root, cwd };
}

async function lint(cwd: string, root: string, extra: string[]) {
  let out = '';
  let err = '';
  const code = await main({ argv: ['lint', '--corpus', root, '--today', '2026-01-01', ...extra], cwd, env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

describe('--cache-location', () => {
  it('a FIFO (and, as root, a character device): exit 2, one line, still what it was', async () => {
    const { root, cwd } = fresh();
    const fifo = join(cwd, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const nodes: Array<[string, (p: string) => boolean]> = [[fifo, (p) => lstatSync(p).isFIFO()]];
    if (isRoot) {
      const dev = join(cwd, 'null');
      execFileSync('mknod', [dev, 'c', '1', '3']);
      nodes.push([dev, (p) => lstatSync(p).isCharacterDevice()]);
    }
    for (const [p, still] of nodes) {
      const r = await lint(cwd, root, ['--cache-location', p]);
      expect(r.code).toBe(2);
      oneLine(r.err);
      expect(r.err).toMatch(/^plan: --cache-location .*: it is (a FIFO|a device); plan replaces regular files only/);
      expect(still(p)).toBe(true);
    }
  });

  it('a committed .plancache that is a symbolic link to a folder outside: exit 2, nothing written there', async () => {
    const { root, cwd } = fresh();
    const outside = mkdtempSync(join(tmpdir(), 'plan-outside-'));
    roots.push(outside);
    symlinkSync(outside, join(cwd, '.plancache'));
    const r = await lint(cwd, root, ['--cache']);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toContain(`plan: --cache-location .plancache/lint.json: ${join(cwd, '.plancache')} is a symbolic link; plan never writes the cache through a link.`);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a folder at the location or at its .parse file: exit 2', async () => {
    const { root, cwd } = fresh();
    mkdirSync(join(cwd, 'c', 'lint.json'), { recursive: true });
    const r = await lint(cwd, root, ['--cache-location', 'c/lint.json']);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toContain('it is a folder');
    rmSync(join(cwd, 'c'), { recursive: true });
    mkdirSync(join(cwd, 'c', 'lint.json.parse'), { recursive: true });
    const p = await lint(cwd, root, ['--cache-location', 'c/lint.json']);
    expect(p.code).toBe(2);
    expect(p.err).toContain(`${join(cwd, 'c', 'lint.json.parse')}: it is a folder`);
  });

  it('absent or a regular file: the cache is written (and used)', async () => {
    const { root, cwd } = fresh();
    const first = await lint(cwd, root, ['--cache']);
    expect(first.code).not.toBe(2);
    expect(existsSync(join(cwd, '.plancache', 'lint.json'))).toBe(true);
    const again = await lint(cwd, root, ['--cache']);
    expect(again.code).toBe(first.code);
    expect(again.out).toBe(first.out);
  });
});
