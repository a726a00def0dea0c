/**
 * A throw-away copy of the real corpus for hostile-output tests: edit a few
 * files, run `plan` in-process (src/cli/main.ts) and read what it printed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const REAL = fileURLToPath(new URL('../../corpus', import.meta.url));

/** A copy of corpus/ in a fresh temporary folder; returns the corpus root. */
export function copyReal(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-hostile-'));
  const root = join(dir, 'corpus');
  cpSync(REAL, root, { recursive: true });
  return root;
}

export function removeCopy(root: string): void {
  rmSync(join(root, '..'), { recursive: true, force: true });
}

/** Replaces `from` (which must be there) by `to` in one file of the copy. */
export function edit(root: string, rel: string, from: string, to: string): void {
  const file = join(root, rel);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${rel} does not hold ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
}

export interface Ran { code: number; stdout: string; stderr: string }

/** `plan --corpus <root> --today 2026-01-01 ...argv`, in-process. */
export async function run(root: string, argv: string[], env: Record<string, string> = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['--corpus', root, '--today', '2026-01-01', ...argv],
    cwd: join(root, '..'),
    env,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}
