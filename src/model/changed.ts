import { execFileSync } from 'node:child_process';
import { UsageError } from '../errors.js';
import type { Corpus, Entity } from './model.js';
import type { CommitmentFM, DocumentFM, InstrumentFM, ParagraphFM } from './types.js';
import { classifyPath } from './walk.js';
import { pushAll } from '../util/arrays.js';

/** git's own reason: the first line it wrote to stderr, else what failed. */
export function gitReason(e: unknown): string {
  const err = e as { stderr?: Buffer | string; message?: string; code?: string };
  if (err.code === 'ENOENT') return 'git is not installed (not found on PATH)';
  const first = String(err.stderr ?? '').split('\n').map((l) => l.trim()).find(Boolean);
  return first ?? String(err.message ?? e).split('\n')[0] ?? 'git failed';
}

function git(root: string, args: string[]): string {
  try {
    return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  } catch (e) {
    throw new UsageError(`git could not compare the corpus with that revision: ${gitReason(e)}`, 'Pass a commit, branch or tag that exists in this repository (e.g. origin/main).');
  }
}

/** The paths of NUL-separated git output (-z: names as they are, never quoted). */
function fields(out: string): string[] {
  const f = out.split('\0');
  if (f[f.length - 1] === '') f.pop();
  return f;
}

/** Corpus-relative paths changed since `ref` (committed, staged, unstaged or untracked), and the ids of deleted files. */
export function changedSince(root: string, ref: string): { paths: Set<string>; deletedIds: Set<string> } {
  if (ref.startsWith('-') || /[\0\n]/.test(ref)) throw new UsageError(`Invalid git revision \`${ref}\`.`);
  git(root, ['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`]);
  const paths = new Set<string>();
  const deletedIds = new Set<string>();
  // -z: `status NUL path NUL` (renames and copies: two paths), names never quoted (café.md).
  const diff = fields(git(root, ['diff', '--name-status', '-z', '--no-renames', '--relative', ref, '--', '.']));
  for (let i = 0; i < diff.length; i++) {
    const status = diff[i]!;
    if (/^[RC]/.test(status)) {
      paths.add(diff[i + 2]!);
      i += 2;
      continue;
    }
    const path = diff[++i];
    if (path === undefined) break;
    if (status.startsWith('D')) deletedIds.add(classifyPath(path).pathId);
    else paths.add(path);
  }
  for (const path of fields(git(root, ['ls-files', '-z', '--others', '--exclude-standard']))) paths.add(path);
  return { paths, deletedIds };
}

/** Every id an entity's front matter points at. */
export function referencedIds(e: Entity<unknown>): string[] {
  const fm = e.fm as Record<string, unknown>;
  const out: string[] = [];
  switch (e.file.kind) {
    case 'paragraph': {
      const p = fm as unknown as ParagraphFM;
      pushAll(out, [p.document, ...(p.addressees ?? []), ...(p.cites ?? []).map((c) => c.instrument), ...(p.relations ?? []).map((r) => r.target), ...(p.obligation?.instruments ?? []), ...(p.priority ?? []).map((x) => x.source)]);
      break;
    }
    case 'commitment': {
      const c = fm as unknown as CommitmentFM;
      pushAll(out, [c.state, ...(c.instrument ? [c.instrument] : []), ...(c.answers ?? [])]);
      break;
    }
    case 'document': {
      const d = fm as unknown as DocumentFM;
      pushAll(out, [d.author, ...(d['builds-on'] ?? []).map((b) => (typeof b === 'string' ? b : b.target))]);
      if (d.adopted) out.push(d.adopted.by);
      break;
    }
    case 'instrument': {
      const i = fm as unknown as InstrumentFM;
      if (i.parent) out.push(i.parent);
      break;
    }
    default:
  }
  return out;
}

/**
 * The files to report for `--changed <ref>`: the changed files, and every
 * file that points at one of them (a renamed paragraph breaks the files that
 * link to it), as absolute paths.
 */
export function filesForChanged(corpus: Corpus, ref: string): Set<string> {
  const { paths, deletedIds } = changedSince(corpus.root, ref);
  const out = new Set<string>();
  const ids = new Set(deletedIds);
  for (const f of corpus.files) {
    if (!paths.has(f.rel)) continue;
    out.add(f.path);
    ids.add(f.pathId);
    if (typeof f.data?.id === 'string') ids.add(f.data.id);
  }
  // Paragraph ids of a changed document's folder are its dependents too, through `document`.
  for (const ent of corpus.entityOf.values()) {
    if (referencedIds(ent).some((id) => ids.has(id))) out.add(ent.file.path);
  }
  return out;
}
