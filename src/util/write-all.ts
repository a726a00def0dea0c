/**
 * Several files changed together, all or none: every new content is written
 * to a temp file beside its target and fsynced first; only then are the temp
 * files renamed into place. A failure while writing the temps removes them
 * (nothing changed); a failure while renaming puts back the files already
 * replaced (their old bytes) and removes the ones created.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { writeFileAtomic } from './atomic-write.js';

export interface PlannedWrite {
  path: string;
  data: string;
}

function tempFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export function writeAllOrNone(files: readonly PlannedWrite[]): void {
  const temps: Array<{ tmp: string; path: string; old: Buffer | undefined }> = [];
  try {
    for (const f of files) {
      mkdirSync(dirname(f.path), { recursive: true });
      const tmp = tempFor(f.path);
      const fd = openSync(tmp, 'wx');
      temps.push({ tmp, path: f.path, old: existsSync(f.path) ? readFileSync(f.path) : undefined });
      try {
        writeSync(fd, f.data);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (e) {
    for (const t of temps) try { unlinkSync(t.tmp); } catch { /* gone */ }
    throw e;
  }
  const done: typeof temps = [];
  try {
    for (const t of temps) {
      renameSync(t.tmp, t.path);
      done.push(t);
    }
  } catch (e) {
    for (const t of temps) if (!done.includes(t)) try { unlinkSync(t.tmp); } catch { /* gone */ }
    for (const t of done.reverse()) {
      try {
        if (t.old === undefined) unlinkSync(t.path);
        else writeFileAtomic(t.path, t.old);
      } catch { /* best effort: the error below names the failure */ }
    }
    throw e;
  }
}
