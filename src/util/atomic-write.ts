import { closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface AtomicWriteOptions {
  /** false: refuse to replace an existing file (EEXIST); the temp file is linked into place only if absent. */
  overwrite?: boolean;
  /** false: skip the fsync (a cache: a crash may lose it, never tear it). Default true. */
  fsync?: boolean;
}

/**
 * Writes `data` to `path` so that a reader (or a crash) sees either the old
 * file or the new one, never a torn one: a temp file in the same folder,
 * fsync, then rename.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx');
  try {
    if (typeof data === "string") writeSync(fd, data);
    else writeSync(fd, data);
    if (opts.fsync !== false) fsyncSync(fd);
    closeSync(fd);
    if (opts.overwrite === false) {
      // link() fails with EEXIST if the target exists: create-if-absent, atomically.
      linkSync(tmp, path);
      unlinkSync(tmp);
    } else {
      renameSync(tmp, path);
    }
  } catch (e) {
    try { closeSync(fd); } catch { /* already closed */ }
    try { unlinkSync(tmp); } catch { /* gone */ }
    throw e;
  }
}
