/**
 * The configuration is found as ESLint and markdownlint-cli2 find theirs: --config, else the
 * nearest plan.config.yaml from the current folder up to the repository root, else the
 * corpus's own; `plan lint --print-config [file]` says which applies and what it sets.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan, REPO } from './run.js';

let top: string;
let repo: string;
beforeAll(() => {
  top = mkdtempSync(join(tmpdir(), 'plan-config-'));
  repo = join(top, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  cpSync(join(REPO, 'corpus'), join(repo, 'corpus'), { recursive: true });
  // above the repository: never read
  writeFileSync(join(top, 'plan.config.yaml'), 'rules:\n  schema: off\n');
});
afterAll(() => rmSync(top, { recursive: true, force: true }));

interface Printed { config: string | null; rules: Record<string, { severity: string; from: string }>; file?: Record<string, unknown> }
const printed = (cwd: string, args: string[] = []): Printed => {
  const r = plan(['lint', '--print-config', ...args], { cwd });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Printed;
};

describe('configuration discovery', () => {
  it('uses no configuration when there is none in the repository (never one above it)', () => {
    const p = printed(repo);
    expect(p.config).toBeNull();
    expect(p.rules.schema).toEqual({ severity: 'error', from: 'default' });
  });

  it('finds plan.config.yaml at the repository root, and the nearest one from inside the corpus', () => {
    writeFileSync(join(repo, 'plan.config.yaml'), 'rules:\n  editorial-note: off\n');
    expect(printed(repo).config).toBe(join(repo, 'plan.config.yaml'));
    expect(printed(repo).rules['editorial-note']).toEqual({ severity: 'off', from: 'configuration' });
    writeFileSync(join(repo, 'corpus/plan.config.yaml'), 'rules:\n  editorial-note: warn\n');
    const inside = printed(join(repo, 'corpus/paragraphs'));
    expect(inside.config).toBe(join(repo, 'corpus/plan.config.yaml'));
    expect(inside.rules['editorial-note']!.severity).toBe('warn');
    rmSync(join(repo, 'corpus/plan.config.yaml'));
  });

  it('--config points at another file; --rule wins over it; a missing one is exit 2', () => {
    writeFileSync(join(top, 'strict.yaml'), 'rules:\n  acronym-defined: error\n  editorial-note: error\n');
    const p = printed(repo, ['--rule', 'editorial-note=warn', '--config', join(top, 'strict.yaml')]);
    expect(p.config).toBe(join(top, 'strict.yaml'));
    expect(p.rules['acronym-defined']).toEqual({ severity: 'error', from: 'configuration' });
    expect(p.rules['editorial-note']).toEqual({ severity: 'warn', from: '--rule' });
    const missing = plan(['--config', 'nope.yaml', 'lint'], { cwd: repo });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^plan: Configuration file not found: nope\.yaml\n/);
  });

  it('the configuration found is the one lint applies', () => {
    writeFileSync(join(top, 'off.yaml'), 'rules:\n  known-instrument: off\n');
    const para = join(repo, 'corpus/paragraphs/strategy-2021/2.i.md');
    const before = readFileSync(para, 'utf8');
    writeFileSync(para, before.replace('instrument: untoc\n', 'instrument: untocx\n'));
    try {
      expect(plan(['lint', para], { cwd: repo }).code).toBe(1);
      expect(plan(['--config', join(top, 'off.yaml'), 'lint', '--format', 'json', para], { cwd: repo }).stdout).not.toContain('known-instrument');
      // with the cache too: another configuration is another key
      expect(plan(['lint', '--cache', para], { cwd: repo }).stdout).toContain('known-instrument');
      expect(plan(['--config', join(top, 'off.yaml'), 'lint', '--cache', para], { cwd: repo }).stdout).not.toContain('known-instrument');
    } finally {
      writeFileSync(para, before);
    }
  });

  it('--print-config <file> says what the file is and whether --fix may touch it', () => {
    const p = printed(repo, [join(repo, 'corpus/paragraphs/strategy-2021/2.i.md')]);
    expect(p.file).toEqual({ path: join(repo, 'corpus/paragraphs/strategy-2021/2.i.md'), kind: 'paragraph', document: 'strategy-2021', status: 'adopted', fixable: false });
  });
});
