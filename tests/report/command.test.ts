import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { REPORT_FIXTURE } from '../helpers/report-fixture.js';

async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv, cwd, env: {},
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
  });
  return { code, stdout, stderr };
}

describe('plan report (command)', () => {
  let root: string;
  let dir: string;
  beforeAll(() => {
    root = writeCorpus(REPORT_FIXTURE);
    dir = mkdtempSync(join(tmpdir(), 'plan-report-cmd-'));
  });
  afterAll(() => {
    removeCorpus(root);
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one file, prints its path, and gives the same bytes twice for the same --today', async () => {
    const a = await run(['--corpus', root, '--today', '2026-01-01', 'report', '--out', 'a.html'], dir);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(`${join(dir, 'a.html')}\n`);
    const b = await run(['--corpus', root, '--today', '2026-01-01', 'report', '--out', 'b.html'], dir);
    expect(b.code, b.stderr).toBe(0);
    const html = readFileSync(join(dir, 'a.html'), 'utf8');
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toBe(html);
    expect(html).toContain('As of <time datetime="2026-01-01">');
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('javascript:');
    expect(html.match(/<td class="cell[^"]*" data-key=/g)).toHaveLength(3 * 4);
  });

  it('refuses to overwrite a file without --force (exit 2), replaces it with --force', async () => {
    const out = join(dir, 'exists.html');
    writeFileSync(out, 'keep me');
    const r = await run(['--corpus', root, '--today', '2026-01-01', 'report', '--out', out], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already exists/);
    expect(r.stderr).toMatch(/--force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const f = await run(['--corpus', root, '--today', '2026-01-01', 'report', '--out', out, '--force'], dir);
    expect(f.code, f.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('--state makes a one-state report (any case); an unknown state is a usage error', async () => {
    const r = await run(['--corpus', root, '--today', '2026-01-01', 'report', '--state', 'mex', '--out', 'mex.html'], dir);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(dir, 'mex.html'), 'utf8');
    expect(html).toContain('id="state-MEX"');
    expect(html).not.toContain('id="state-NIC"');
    expect(html).not.toContain('id="hemisphere"');
    const bad = await run(['--corpus', root, '--today', '2026-01-01', 'report', '--state', 'MEZ', '--out', 'x.html'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown state `MEZ`; did you mean `MEX`/);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });
});
