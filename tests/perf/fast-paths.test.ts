import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plan, REPO } from '../cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface FileResult { filePath: string; errorCount: number; warningCount: number; messages: Array<{ ruleId: string }> }

describe('the fast paths give the plain path\'s diagnostics, byte for byte', () => {
  execFileSync(process.execPath, [join(REPO, 'bench/gen-corpus.mjs'), '2600', dir], { stdio: 'ignore' });
  const args = ['lint', '--corpus', dir, '--format', 'json', '--today', '2026-01-01'];
  // The plain path: every front matter parsed by `yaml`, the schemas compiled by ajv at start.
  const plain = plan(args, { env: { PLAN_FAST_YAML: '0', PLAN_PRECOMPILED: '0' } });

  it('finds every planted problem of the synthetic corpus, in exactly the planted files', () => {
    expect(plain.code).toBe(1);
    const files = JSON.parse(plain.stdout) as FileResult[];
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { bad: Array<{ file: string; kind: string }>; warned: Array<{ file: string; kind: string }> };
    const rel = (f: FileResult) => f.filePath.slice(dir.length + 1);
    const bad = files.filter((f) => f.errorCount > 0).map(rel).sort();
    expect(bad).toEqual(expected.bad.map((b) => b.file).sort());
    const warned = files.filter((f) => f.warningCount > 0 && f.errorCount === 0).map(rel).sort();
    expect(warned).toEqual(expected.warned.map((b) => b.file).sort());
    // a planted problem of every kind is there, and reported by its rule
    const kinds = new Set([...expected.bad, ...expected.warned].map((b) => b.kind.replace(/^schema-.*/, 'schema')));
    expect(kinds.size).toBeGreaterThanOrEqual(25);
    const byFile = new Map(files.map((f) => [rel(f), new Set(f.messages.map((m) => m.ruleId))]));
    for (const b of [...expected.bad, ...expected.warned]) expect(byFile.get(b.file), `${b.file} (${b.kind})`).toContain(b.kind.replace(/^schema-.*/, 'schema'));
  });

  it('the js-yaml fast path and the precompiled validators (plan lint as shipped)', () => {
    const r = plan(args);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(plain.stdout);
  });

  it('each fast path alone', () => {
    for (const env of [{ PLAN_FAST_YAML: '0' }, { PLAN_PRECOMPILED: '0' }]) {
      const r = plan(args, { env });
      expect(r.code, JSON.stringify(env)).toBe(1);
      expect(r.stdout, JSON.stringify(env)).toBe(plain.stdout);
    }
  });

  it('--cache, cold then warm, and warm after a change that moves the findings', () => {
    const cache = join(dir, '.plancache', 'lint.json');
    const cold = plan([...args, '--cache-location', cache]);
    expect(cold.stdout).toBe(plain.stdout);
    const warm = plan([...args, '--cache-location', cache]);
    expect(warm.stdout).toBe(plain.stdout);
    // Break one paragraph's front matter: the warm run must see it, like a plain run does.
    const victim = join(dir, 'paragraphs/doc-0/5.md');
    writeFileSync(victim, readFileSync(victim, 'utf8').replace('type: ', 'type: nonsense-'));
    const changed = plan([...args, '--cache-location', cache]);
    const plainAgain = plan(args, { env: { PLAN_FAST_YAML: '0', PLAN_PRECOMPILED: '0' } });
    expect(changed.stdout).toBe(plainAgain.stdout);
    expect(changed.stdout).not.toBe(plain.stdout);
  });
});
