/**
 * `plan diff`: a redline. `plan diff <document> --since <git-ref>` compares a
 * document with itself at a revision (read from git, no checkout);
 * `plan diff <from> <to>` compares a later text with an earlier one along
 * lineage. Flags → library (src/reports/diff) → one formatter → stdout or an
 * atomically written --out file (never replaced without --force).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GlobalOptions, Io } from '../cli/io.js';
import { useColor } from '../cli/color.js';
import { UsageError } from '../errors.js';
import type { DiffReport } from '../reports/diff/types.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { loadForCommand } from './context.js';

export const DIFF_FORMATS = ['text', 'markdown', 'html', 'json', 'docx'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffCommandOptions {
  since?: string;
  format?: string;
  out?: string;
  force?: boolean;
}

/** Which comparison the arguments ask for; every wrong combination is a usage error. */
function mode(documents: string[], o: DiffCommandOptions): { kind: 'since'; document: string; ref: string } | { kind: 'lineage'; from: string; to: string } {
  if (o.since !== undefined) {
    if (o.since.trim() === '') throw new UsageError('--since needs a git revision (a commit, branch or tag).');
    if (documents.length !== 1) throw new UsageError(`--since compares one document with itself at a revision; got ${documents.length} documents.`, 'e.g. plan diff strategy-2021 --since HEAD~1, or plan diff mex-draft-2005 cedot-draft-2006 without --since.');
    return { kind: 'since', document: documents[0]!, ref: o.since };
  }
  if (documents.length !== 2) {
    throw new UsageError(documents.length === 1 ? `Compare \`${documents[0]}\` with what? Give a second document, or --since <git-ref>.` : `plan diff takes two documents (earlier, later); got ${documents.length}.`, 'e.g. plan diff mex-draft-2005 cedot-draft-2006, or plan diff strategy-2021 --since HEAD~1.');
  }
  return { kind: 'lineage', from: documents[0]!, to: documents[1]! };
}

async function format(r: DiffReport, f: DiffFormat, color: boolean, today: string): Promise<string | Uint8Array> {
  switch (f) {
    case 'text': return (await import('../reports/diff/format-text.js')).diffText(r, { color });
    case 'markdown': return (await import('../reports/diff/format-markdown.js')).diffMarkdown(r);
    case 'html': return (await import('../reports/diff/format-html.js')).diffHtml(r);
    case 'json': return (await import('../reports/diff/format-json.js')).diffJson(r);
    case 'docx': return (await import('../reports/diff/format-docx.js')).diffDocx(r, { today });
  }
}

/** `plan diff`: exit 0 (a redline with changes is an answer, not a problem). */
export async function diffCommand(documents: string[], o: DiffCommandOptions, g: GlobalOptions, io: Io): Promise<number> {
  const fmt = (o.format ?? 'text') as DiffFormat;
  if (!(DIFF_FORMATS as readonly string[]).includes(fmt)) throw new UsageError(`Unknown format \`${o.format}\` for diff; expected one of ${DIFF_FORMATS.join(', ')}.`);
  const m = mode(documents, o);
  if (fmt === 'docx' && o.out === undefined) throw new UsageError('--format docx writes a Word file: say where with --out <file>.', 'e.g. plan diff mex-draft-2005 cedot-draft-2006 --format docx --out redline.docx');
  const path = o.out !== undefined ? resolve(io.cwd, o.out) : undefined;
  const exists = (): UsageError => new UsageError(`${path} already exists.`, 'Pass --force to replace it, or choose another --out.');
  if (path && !o.force && existsSync(path)) throw exists();

  const { corpus, today } = loadForCommand(g, io);
  const lib = await import('../reports/diff/index.js');
  let report: DiffReport;
  if (m.kind === 'since') {
    // The document's own files at that revision (and the documents'), not the whole corpus.
    const mine = (p: string) => p.startsWith('documents/') || p.startsWith(`paragraphs/${m.document}/`);
    const then = (await import('../model/at-revision.js')).loadCorpusAtRevision(corpus.root, m.ref, corpus.config, mine);
    report = lib.diffSince({ now: corpus, then: then.corpus, document: m.document, revision: m.ref });
  } else {
    report = lib.diffLineage({ corpus, from: m.from, to: m.to });
  }
  const { noteLintErrors } = await import('./lint-note.js');
  await noteLintErrors(corpus, today, io);

  const out = await format(report, fmt, path === undefined && useColor(g.color, io), today);
  if (path === undefined) {
    io.stdout.write(out as string);
    return 0;
  }
  try {
    writeFileAtomic(path, out, { overwrite: Boolean(o.force) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw exists();
    if (e instanceof UsageError) throw e; // the writer's own one-line WriteError
    throw new UsageError(`Cannot write ${path}: ${(e as Error).message}`, 'Check that the folder is writable, or choose another --out.');
  }
  io.stdout.write(`${path}\n`);
  return 0;
}
