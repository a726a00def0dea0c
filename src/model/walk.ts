import { lstatSync, readdirSync, realpathSync, type Dirent } from 'node:fs';
import { sep } from 'node:path';
import type { Kind } from './types.js';
import { UsageError } from '../errors.js';
import { removeIfStaleTemp } from '../util/atomic-write.js';
import { fsCode, fsReason } from '../util/fs-errors.js';

/** A path found under the corpus root, with what it is. */
export interface Found {
  path: string;
  rel: string;
  kind: Kind | 'unknown';
  pathId: string;
  /** Set when the entry must not be read: why. */
  refuse?: string;
  /** Set when it could not be read (a folder that could not be listed): the error code. */
  ioError?: string;
}

const FOLDERS: Record<string, Kind> = {
  documents: 'document',
  paragraphs: 'paragraph',
  instruments: 'instrument',
  states: 'state',
  commitments: 'commitment',
  bodies: 'body',
};

/** Where each kind lives and how deep its files are (segments after the folder). */
const DEPTH: Record<string, number> = { document: 1, paragraph: 2, instrument: 1, state: 1, commitment: 2, body: 1 };

/** The folder for a kind of file. */
export function folderOf(kind: Kind): string | undefined {
  return Object.keys(FOLDERS).find((k) => FOLDERS[k] === kind);
}

/**
 * Lists the corpus's Markdown files without following symbolic links (a link
 * could lead out of the corpus, into a loop or to a device). Links, devices,
 * FIFOs and folders named `*.md` come back with `refuse` set, so the caller
 * reports them instead of reading them. Sorted by path (code-point order), so
 * the result never depends on the order the file system lists entries in.
 */
export function walkCorpus(root: string): Found[] {
  const out: Found[] = [];
  const realRoot = realpathSync(root);
  // `rel` is built alongside `dir` (path.relative on every entry costs more than the walk itself).
  const visit = (dir: string, relDir: string, depth: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      // Never skipped quietly: lint reports the folder, and the reports refuse to answer (assertAllRead).
      if (depth === 0) throw new UsageError(`The corpus folder ${root} cannot be read: ${fsReason(e)}.`, 'Check its permissions.', 'corpus-unreadable');
      const found = classify(dir, relDir.slice(0, -1), `a folder that could not be listed: ${fsReason(e)}; none of its files were checked`);
      found.ioError = fsCode(e);
      out.push(found);
      return;
    }
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const e of entries) {
      if (e.name.startsWith('.')) {
        // A temp file of the atomic writer left by a run that was killed: removed now.
        if (e.name.endsWith('.tmp') && e.isFile()) removeIfStaleTemp(prefix + e.name, e.name);
        continue;
      }
      const p = prefix + e.name;
      const rel = relDir + e.name;
      if (e.isSymbolicLink()) {
        out.push(classify(p, rel, 'symbolic link: not followed (a link could lead outside the corpus)'));
        continue;
      }
      if (e.isDirectory()) {
        if (e.name.endsWith('.md')) out.push(classify(p, rel, 'a folder named like a Markdown file'));
        if (depth < 6) visit(p, rel + '/', depth + 1);
        continue;
      }
      if (!e.name.endsWith('.md')) continue;
      if (!e.isFile()) {
        out.push(classify(p, rel, 'not a regular file (device, FIFO or socket)'));
        continue;
      }
      out.push(classify(p, rel));
    }
  };
  visit(realRoot, '', 0);
  out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return out;
}

/** Kind and path-implied id of a corpus-relative path. */
export function classifyPath(rel: string): { kind: Kind | 'unknown'; pathId: string } {
  const { kind, pathId } = classify(rel, rel);
  return { kind, pathId };
}

function classify(path: string, rel: string, refuse?: string): Found {
  const slash = rel.indexOf('/');
  const top = slash > 0 ? rel.slice(0, slash) : '';
  const kind = Object.hasOwn(FOLDERS, top) ? FOLDERS[top] : undefined;
  let depth = 0;
  for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) depth++;
  const found: Found = kind && depth === DEPTH[kind]
    ? { path, rel, kind, pathId: stripMd(rel.slice(slash + 1)) }
    : { path, rel, kind: 'unknown', pathId: rel.endsWith('.md') ? rel.slice(0, -3) : rel };
  if (refuse) found.refuse = refuse;
  return found;
}

/** `a/b.md/c.md` → `a/b/c`: `.md` off every segment. */
function stripMd(s: string): string {
  return s.includes('.md/') ? s.split('/').map((x) => (x.endsWith('.md') ? x.slice(0, -3) : x)).join('/') : s.endsWith('.md') ? s.slice(0, -3) : s;
}

/** lstat without throwing. */
export function safeLstat(p: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}
