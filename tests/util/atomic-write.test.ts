import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/util/atomic-write.js';
import { REPO } from '../cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces a file, and with overwrite: false refuses to replace it', () => {
    const p = join(dir, 'a.md');
    writeFileAtomic(p, 'one');
    writeFileAtomic(p, 'two');
    expect(readFileSync(p, 'utf8')).toBe('two');
    expect(() => writeFileAtomic(p, 'three', { overwrite: false })).toThrow(/EEXIST/);
    expect(readFileSync(p, 'utf8')).toBe('two');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a process killed mid-write leaves the old file or the new one, never a torn one', async () => {
    const p = join(dir, 'big.md');
    const A = 'A'.repeat(4 * 1024 * 1024);
    const B = 'B'.repeat(4 * 1024 * 1024);
    writeFileSync(p, A);
    const script = `import { writeFileAtomic } from ${JSON.stringify(join(REPO, 'dist/util/atomic-write.js'))};
      const A = 'A'.repeat(4 * 1024 * 1024), B = 'B'.repeat(4 * 1024 * 1024);
      for (let i = 0; ; i++) writeFileAtomic(${JSON.stringify(p)}, i % 2 ? A : B);`;
    expect(existsSync(join(REPO, 'dist/util/atomic-write.js'))).toBe(true);
    for (let round = 0; round < 8; round++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, 60 + round * 37));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      const now = readFileSync(p, 'utf8');
      expect(now === A || now === B).toBe(true);
    }
  });
});
