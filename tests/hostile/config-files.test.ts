/**
 * Issue 15, item 2: plan.config.yaml and plan.baseline.yaml are read as corpus files are (no
 * link, FIFO or device, 1 MiB, strict UTF-8), with or without --cache, and a file that fails to
 * parse is quoted only as a short excerpt without control characters.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { withOverrides } from '../helpers/rule-tester.js';
import { oneLine, planUnder } from './spawn.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeCorpus));

const SECRET = 'https://user:ghp_0123456789abcdefghijklmnopqrstuvwxyzABCD@github.com';

function corpus(): string {
  const root = writeCorpus(withOverrides({}));
  roots.push(root);
  return root;
}

function secretFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-secret-'));
  roots.push(dir);
  const p = join(dir, 'credentials');
  writeFileSync(p, `${SECRET}\n`);
  return p;
}

/** lint, and lint --cache (which keys the cache on these files before reading them), within 20 s. */
function bothRuns(root: string) {
  return [
    planUnder(['lint', '--corpus', root, '--today', '2026-01-01'], { timeoutMs: 20_000 }),
    planUnder(['lint', '--cache', '--cache-location', join(secretFile(), '..', 'cache', 'lint.json'), '--corpus', root, '--today', '2026-01-01'], { timeoutMs: 20_000 }),
  ];
}

describe.each(['plan.config.yaml', 'plan.baseline.yaml'])('%s', (name) => {
  it('a symbolic link to a credentials file: exit 2, one line, the secret never printed', () => {
    const root = corpus();
    rmSync(join(root, name), { force: true });
    symlinkSync(secretFile(), join(root, name));
    for (const r of bothRuns(root)) {
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain(`${join(root, name)}:1:1: the ${name.includes('config') ? 'configuration file' : 'baseline'} was not read. Not read: a symbolic link`);
      expect(r.stdout + r.stderr).not.toContain('ghp_');
    }
  });

  it('a FIFO: exit 2 at once, never a hang', () => {
    const root = corpus();
    rmSync(join(root, name), { force: true });
    execFileSync('mkfifo', [join(root, name)]);
    for (const r of bothRuns(root)) {
      expect(r.signal).toBe(null); // not killed by the 20 s timeout
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toContain('Not read: not a regular file.');
    }
  });

  it('a symbolic link to /dev/zero: exit 2 at once, never reading without end', () => {
    const root = corpus();
    rmSync(join(root, name), { force: true });
    symlinkSync('/dev/zero', join(root, name));
    for (const r of bothRuns(root)) {
      expect(r.signal).toBe(null);
      expect(r.code).toBe(2);
      oneLine(r.stderr);
    }
  });

  it('over 1 MiB: exit 2, one line (the baseline has the configuration\'s limit)', () => {
    const root = corpus();
    writeFileSync(join(root, name), `# ${'x'.repeat(1024 * 1024)}\n`);
    const r = planUnder(['lint', '--corpus', root, '--today', '2026-01-01']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('bytes; the limit is 1048576 bytes');
  });

  it('a regular file holding a secret and control characters: at most a short excerpt, no control character', () => {
    const root = corpus();
    writeFileSync(join(root, name), `${SECRET}\u001b]0;PWNED\u0007\u001b[2J\n`);
    const r = planUnder(['lint', '--corpus', root, '--today', '2026-01-01']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).not.toContain(SECRET.slice(0, 30));
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  });

  it('invalid UTF-8: exit 2, one line', () => {
    const root = corpus();
    writeFileSync(join(root, name), Buffer.from([0x72, 0x75, 0x6c, 0x65, 0x73, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    const r = planUnder(['lint', '--corpus', root, '--today', '2026-01-01']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('cannot be read as UTF-8 text');
  });
});
