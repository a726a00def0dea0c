/**
 * The corpus as it was at a git revision, for comparisons (`plan gaps
 * --since`). The corpus folder's files at that commit are read straight from
 * git's object store (`git ls-tree` + `git cat-file --batch`: no checkout, no
 * index change, no external `tar`), written to a temporary folder, loaded with
 * the normal loader, and the folder is removed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { loadCorpus } from './load.js';
import { gitReason } from './changed.js';
import { guardInterrupts, removeOnInterrupt } from '../util/cleanup.js';
import type { Corpus, CorpusConfig } from './model.js';

export interface CorpusAtRevision {
  corpus: Corpus;
  /** The revision as given. */
  ref: string;
  /** The commit it names (full hash). */
  commit: string;
}

interface GitFailure {
  stderr: string;
}

function git(cwd: string, args: string[], input?: Buffer): Buffer {
  return execFileSync('git', ['-C', cwd, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024 * 1024,
    ...(input ? { input } : {}),
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
}

function tryGit(cwd: string, args: string[]): { out: string } | GitFailure {
  try {
    return { out: git(cwd, args).toString('utf8') };
  } catch (e) {
    return { stderr: gitReason(e) };
  }
}

/** The repository holding `dir` and `dir`'s path inside it (`/`-separated, '' for the top). */
export function repositoryOf(dir: string): { top: string; rel: string } {
  const r = tryGit(dir, ['rev-parse', '--show-toplevel']);
  if (!('out' in r)) {
    throw new UsageError(`--since needs the corpus in a git repository; ${dir} is not in one (${r.stderr.replace(/^fatal: /, '')}).`, 'Run plan inside a clone of the corpus repository, or leave out --since.');
  }
  const top = realpathSync(r.out.trim());
  const rel = relative(top, realpathSync(dir)).split(sep).join('/');
  return { top, rel };
}

/** The commit a revision names, or a UsageError naming the revision. */
export function resolveCommit(top: string, ref: string): string {
  if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) throw new UsageError(`Invalid git revision \`${ref}\` for --since.`, 'Pass a commit, branch or tag (e.g. HEAD~3, main, v1.0).');
  const r = tryGit(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (!('out' in r) || !/^[0-9a-f]{40,64}\s*$/.test(r.out)) {
    throw new UsageError(`Unknown git revision \`${ref}\` for --since: no such commit, branch or tag in ${top}.`, 'Pass a commit, branch or tag that exists in this repository (see `git log --oneline`).');
  }
  return r.out.trim();
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  path: string;
}

function listTree(top: string, commit: string, rel: string): TreeEntry[] {
  const args = ['ls-tree', '-r', '-z', '--full-tree', commit];
  if (rel) args.push('--', rel);
  const out = git(top, args).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const line of out.split('\0')) {
    if (!line) continue;
    const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (m) entries.push({ mode: m[1]!, type: m[2]!, object: m[3]!, path: m[4]! });
  }
  return entries;
}

/** Reads blobs in one `git cat-file --batch` run, in the order asked. */
function readBlobs(top: string, objects: string[]): Buffer[] {
  if (objects.length === 0) return [];
  const out = git(top, ['cat-file', '--batch'], Buffer.from(objects.join('\n') + '\n'));
  const blobs: Buffer[] = [];
  let at = 0;
  for (const object of objects) {
    const nl = out.indexOf(0x0a, at);
    const header = out.subarray(at, nl).toString('utf8');
    const m = /^([0-9a-f]+) blob (\d+)$/.exec(header);
    if (!m || m[1] !== object) throw new Error(`git cat-file gave an unexpected header for ${object}: ${header}`);
    const size = Number(m[2]);
    blobs.push(out.subarray(nl + 1, nl + 1 + size));
    at = nl + 1 + size + 1;
  }
  return blobs;
}

/**
 * Loads the corpus at `corpusRoot` as it was at git revision `ref`, with the
 * current configuration. A folder outside git, an unknown revision, or a
 * revision where the corpus folder did not exist is a UsageError. `only`
 * (a path inside the corpus folder, `/`-separated → keep it) loads part of
 * it: `plan diff --since` reads one document's files, not the whole corpus.
 */
export function loadCorpusAtRevision(corpusRoot: string, ref: string, config: CorpusConfig, only?: (path: string) => boolean): CorpusAtRevision {
  const { top, rel } = repositoryOf(corpusRoot);
  const commit = resolveCommit(top, ref);
  // Regular files only: links are not followed by the loader either, and submodules are not the corpus.
  let entries = listTree(top, commit, rel).filter((e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755'));
  if (entries.length === 0) {
    throw new UsageError(`The corpus folder \`${rel || '.'}\` does not exist (or is empty) at revision \`${ref}\`.`, 'Pass a later revision to --since.');
  }
  const inside = (e: TreeEntry): string => (rel ? e.path.slice(rel.length + 1) : e.path);
  if (only) entries = entries.filter((e) => only(inside(e)));
  const blobs = readBlobs(top, entries.map((e) => e.object));
  guardInterrupts(); // before the folder exists: a signal in between must not leave it behind
  const tmp = mkdtempSync(join(tmpdir(), 'plan-since-'));
  // Removed below, and by the SIGINT/SIGTERM handlers of src/util/cleanup.ts if the run is interrupted.
  const release = removeOnInterrupt(tmp);
  try {
    const base = realpathSync(tmp);
    entries.forEach((e, i) => {
      const dest = resolve(base, ...inside(e).split('/'));
      if (!dest.startsWith(base + sep)) return; // git refuses such paths; never write outside the folder anyway
      mkdirSync(dirname(dest), { recursive: true });
      writeFileSync(dest, blobs[i]!);
    });
    const corpus = loadCorpus(base, config);
    return { corpus, ref, commit };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    release();
  }
}
