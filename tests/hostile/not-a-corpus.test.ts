/**
 * Issue 15, item 5: a folder without documents/ is not a corpus, for every command: exit 2 with
 * "not a corpus" and a hint, never "0 files checked, no problems" (CI must not go green on the
 * wrong folder).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REPO } from '../cli/run.js';
import { oneLine } from './spawn.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function plan(cwd: string, argv: string[]) {
  let out = '';
  let err = '';
  const code = await main({ argv: [...argv, '--today', '2026-01-01'], cwd, env: {}, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const COMMANDS = [['lint'], ['lint', '--cache'], ['gaps', '--all'], ['xref'], ['show', 'MEX'], ['search', 'extradition'], ['report', '--out', 'r.html'], ['new', 'document', 'x'], ['import', 'seeds', '--check']];

function empty(): string {
  const d = mkdtempSync(join(tmpdir(), 'plan-notcorpus-'));
  dirs.push(d);
  return d;
}

describe('not a corpus', () => {
  it('--corpus src (a folder of code): every command exits 2, "not a corpus", with a hint', async () => {
    const cwd = empty();
    for (const args of COMMANDS) {
      const r = await plan(cwd, [...args, '--corpus', join(REPO, 'src')]);
      expect(r.code, args.join(' ')).toBe(2);
      oneLine(r.err);
      expect(r.err).toContain(`plan: ${join(REPO, 'src')} is not a corpus: it has no documents/ folder.\nhint: `);
      expect(r.out).toBe('');
    }
  });

  it('an empty folder, given or as ./corpus: exit 2', async () => {
    const cwd = empty();
    mkdirSync(join(cwd, 'corpus'));
    writeFileSync(join(cwd, 'corpus', 'README.md'), '# not a corpus\n');
    for (const args of COMMANDS) {
      const given = await plan(cwd, [...args, '--corpus', join(cwd, 'corpus')]);
      expect(given.code, args.join(' ')).toBe(2);
      expect(given.err).toContain('is not a corpus: it has no documents/ folder.');
      const found = await plan(cwd, args);
      expect(found.code, args.join(' ')).toBe(2);
      expect(found.err).toContain('plan: corpus is not a corpus: it has no documents/ folder.');
    }
  });

  it('the repository root (it holds node_modules READMEs): exit 2, and the hint names its corpus/', async () => {
    const r = await plan(REPO, ['lint', '--corpus', '.']);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toBe('plan: . is not a corpus: it has no documents/ folder.\nhint: Did you mean --corpus corpus? It holds documents/.\n');
  });

  it('the shipped corpus still is one', async () => {
    const r = await plan(REPO, ['lint', '--corpus', 'corpus']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\d+ files checked/);
  });
});
