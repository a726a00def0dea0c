import {
  closeSync, constants, copyFileSync, fchmodSync, fchownSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, unlinkSync, writeSync, type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { WriteError } from '../errors.js';
import { removeOnInterrupt } from './cleanup.js';
import { fsCode, fsReason } from './fs-errors.js';

export interface AtomicWriteOptions {
  /** false: refuse to replace an existing file (EEXIST); the temp file is linked into place only if absent. */
  overwrite?: boolean;
  /** false: skip the fsync (a cache: a crash may lose it, never tear it). Default true. */
  fsync?: boolean;
}

/** One file of a change. */
export interface FileToWrite {
  path: string;
  data: string | Uint8Array;
}

/** A temp file of this writer: `.<name>.<pid>.<8 hex>.tmp`, next to the file it becomes. */
const TEMP = /^\.(.+)\.(\d+)\.([0-9a-f]{8})\.tmp$/s;
/** A temp file this old is stale even if a process has its pid now (pids are reused). */
const STALE_MS = 24 * 3600 * 1000;

function tempName(path: string): string {
  // The name is cut so that a long file name still leaves room for the suffix.
  return join(dirname(path), `.${basename(path).slice(0, 100)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `path` (named `name`) if it is a temp file this writer left behind in a run that was
 * killed (SIGKILL, power loss): its process is gone, or it is a day old. True if removed.
 */
export function removeIfStaleTemp(path: string, name: string): boolean {
  const m = TEMP.exec(name);
  if (!m) return false;
  const pid = Number(m[2]);
  if (pid === process.pid) return false;
  try {
    const st = lstatSync(path);
    if (!st.isFile()) return false;
    if (Date.now() - st.mtimeMs < STALE_MS && alive(pid)) return false;
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Removes the stale temp files of a folder (best effort). */
export function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (name.charCodeAt(0) === 0x2e) removeIfStaleTemp(join(dir, name), name);
}

function describe(st: Stats): string {
  if (st.isDirectory()) return 'it is a folder';
  if (st.isSymbolicLink()) return 'it is a symbolic link (plan never writes through a link or replaces one)';
  if (st.isFIFO()) return 'it is a FIFO';
  if (st.isSocket()) return 'it is a socket';
  return 'it is a device';
}

/**
 * What is at `path` now: undefined if nothing, its stats if a regular file. Anything else (a
 * folder, a link, a device, a FIFO) is a WriteError: plan replaces regular files only.
 */
export function existingTarget(path: string): Stats | undefined {
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch (e) {
    if (fsCode(e) === 'ENOENT') return undefined;
    throw toWriteError(e, path, 1);
  }
  if (!st.isFile()) throw new WriteError(`Could not write ${path}: ${describe(st)}; plan replaces regular files only, and nothing was changed.`, st.isDirectory() ? 'EISDIR' : 'ENOTREG');
  return st;
}

function toWriteError(e: unknown, path: string, files: number): WriteError {
  if (e instanceof WriteError) return e;
  const code = fsCode(e);
  const unchanged = files > 1 ? `none of the ${files} files was changed` : 'nothing was changed';
  const hint = code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG' ? 'Free some space (or raise the limit) and run the command again.' : undefined;
  return new WriteError(`Could not write ${path}: ${fsReason(e)}; ${unchanged}.`, code, hint);
}

/** Writes every byte (write(2) may write fewer than asked: a nearly full disk, a size limit). */
function writeAll(fd: number, data: Uint8Array): void {
  let at = 0;
  while (at < data.length) {
    const n = writeSync(fd, data, at, data.length - at);
    if (n <= 0) throw Object.assign(new Error('write wrote nothing'), { code: 'EIO' });
    at += n;
  }
}

interface Staged {
  path: string;
  tmp: string;
  before: Stats | undefined;
  release: () => void;
}

function discard(s: Staged): void {
  try {
    unlinkSync(s.tmp);
  } catch {
    /* renamed into place, or never created */
  }
  s.release();
}

/** The new content in a complete, synced temp file beside the target, with the target's mode. */
function stage(f: FileToWrite, opts: AtomicWriteOptions): Staged {
  const dir = dirname(f.path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    // mkdir says EEXIST when a part of the folder's path is a file: say that.
    if (fsCode(e) === 'EEXIST') throw Object.assign(new Error('a part of the path is not a folder'), { code: 'ENOTDIR' });
    throw e;
  }
  removeStaleTemps(dir);
  const before = existingTarget(f.path);
  if (before && opts.overwrite === false) throw new WriteError(`Could not write ${f.path}: it already exists (EEXIST); nothing was changed.`, 'EEXIST');
  const tmp = tempName(f.path);
  const s: Staged = { path: f.path, tmp, before, release: removeOnInterrupt(tmp) };
  try {
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o666);
    try {
      if (before) keepModeAndOwner(fd, before);
      writeAll(fd, typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : f.data);
      if (opts.fsync !== false) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    discard(s);
    throw e;
  }
  return s;
}

function keepModeAndOwner(fd: number, before: Stats): void {
  fchmodSync(fd, before.mode & 0o7777);
  if (process.getuid?.() === 0 && (before.uid !== 0 || before.gid !== 0)) {
    try {
      fchownSync(fd, before.uid, before.gid);
      fchmodSync(fd, before.mode & 0o7777); // chown clears set-id bits
    } catch {
      /* a file system without owners */
    }
  }
}

/** A second name for the file now at `path`, to put it back if a later rename of the change fails. */
function backup(path: string): string {
  const b = tempName(path);
  try {
    linkSync(path, b);
  } catch {
    copyFileSync(path, b, constants.COPYFILE_EXCL);
  }
  return b;
}

function syncFolders(staged: Staged[]): void {
  for (const dir of new Set(staged.map((s) => dirname(s.path)))) {
    try {
      const fd = openSync(dir, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch {
      /* not every file system syncs folders */
    }
  }
}

/** Puts every staged file in place, or (on a failure) puts back what was there. */
function commit(staged: Staged[], opts: AtomicWriteOptions, at: { path: string }): void {
  const create = opts.overwrite === false;
  const backups: Array<string | undefined> = [];
  let done = 0;
  try {
    if (staged.length > 1 && !create) for (const s of staged) backups.push(s.before ? backup(s.path) : undefined);
    for (; done < staged.length; done++) {
      const s = staged[done]!;
      at.path = s.path;
      // link() fails with EEXIST if the target exists: create-if-absent, atomically.
      if (create) {
        linkSync(s.tmp, s.path);
        unlinkSync(s.tmp);
      } else renameSync(s.tmp, s.path);
    }
  } catch (e) {
    for (let i = 0; i < done; i++) {
      try {
        const b = backups[i];
        if (b) renameSync(b, staged[i]!.path);
        else unlinkSync(staged[i]!.path);
      } catch {
        /* best effort: the other files are back */
      }
    }
    throw e;
  } finally {
    for (const b of backups) if (b) try { unlinkSync(b); } catch { /* put back */ }
  }
  if (opts.fsync !== false) syncFolders(staged);
}

/**
 * Writes several files as one change: all of them or none. Each goes to a temp file beside
 * it (every byte written, fsync, the old file's mode kept); only when all are complete are they
 * renamed into place. On any failure the temp files are removed, the files are as they were,
 * and a WriteError (one line, exit 2) says which file and why. A SIGINT or SIGTERM during the
 * change leaves no temp file (src/util/cleanup.ts); temp files of a killed run are removed by
 * the next write into their folder.
 */
export function writeFilesAtomic(files: readonly FileToWrite[], opts: AtomicWriteOptions = {}): void {
  const staged: Staged[] = [];
  const at = { path: files[0]?.path ?? '' };
  try {
    for (const f of files) {
      at.path = f.path;
      staged.push(stage(f, opts));
    }
    commit(staged, opts, at);
  } catch (e) {
    throw toWriteError(e, at.path, files.length);
  } finally {
    for (const s of staged) discard(s);
  }
}

/**
 * Writes `data` to `path` so that a reader (or a crash) sees either the old
 * file or the new one, never a torn one: a temp file in the same folder,
 * every byte, fsync, then rename.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): void {
  writeFilesAtomic([{ path, data }], opts);
}
