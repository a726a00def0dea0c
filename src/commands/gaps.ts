import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GlobalOptions, Io } from '../cli/io.js';
import { useColor } from '../cli/color.js';
import type { Corpus } from '../model/model.js';
import { FORCES } from '../model/types.js';
import { UsageError } from '../errors.js';
import { diffAll, diffInstrument, diffState } from '../reports/gaps/diff.js';
import {
  GAP_STATUSES, gapsAll, gapsForInstrument, gapsForState, obligationItems, reportStatuses,
  docRefs, resolveInstrument, resolveState, selectDocuments, type GapsOptions, type GapsView,
} from '../reports/gaps/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { gapsView } from '../reports/gaps/view.js';
import type { GapStatus } from '../model/types.js';
import { loadForCommand } from './context.js';
import { lintNote } from './lint-note.js';
import { failOnLine } from './fail-on.js';
import { checkValues, parseStaleAfter } from './gaps-flags.js';


export interface GapsCommandOptions {
  state?: string;
  all?: boolean;
  instrument?: string;
  document?: string[];
  includeDrafts?: boolean;
  force?: string[];
  status?: string[];
  failOn?: string[];
  staleAfter?: string;
  since?: string;
  format?: string;
  /** `paragraph` (default: one row per obligation item) or `instrument` (one row per state × instrument). */
  by?: string;
  out?: string;
  /** Replace an existing --out file (gaps' --force filters forces). */
  overwrite?: boolean;
  /** CSV: start with a UTF-8 byte-order mark, so that Excel reads the accents and quotes right. */
  bom?: boolean;
}

export const GAPS_FORMATS = ['table', 'markdown', 'json', 'csv', 'xlsx'] as const;
export const GAPS_BY = ['paragraph', 'instrument'] as const;

function exists(out: string): UsageError {
  return new UsageError(`${out} already exists.`, 'Pass --overwrite to replace it, or choose another --out. (In plan gaps, --force filters by force.)');
}

/** Writes the report to --out atomically (a temp file renamed into place); an existing file only with --overwrite. */
function write(io: Io, out: string, overwrite: boolean, data: string | Uint8Array): void {
  const path = resolve(io.cwd, out);
  try {
    writeFileAtomic(path, data, { overwrite });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw exists(out);
    throw e;
  }
  io.stderr.write(`plan: wrote ${out}\n`);
}

function mode(o: GapsCommandOptions): 'state' | 'all' | 'instrument' {
  const chosen = [o.state !== undefined && 'state', o.all && 'all', o.instrument !== undefined && 'instrument'].filter(Boolean) as Array<'state' | 'all' | 'instrument'>;
  if (chosen.length === 0) throw new UsageError('Say which report: --state <ISO3>, --all or --instrument <id>.', 'e.g. plan gaps --state MEX, plan gaps --all, plan gaps --instrument untoc');
  if (chosen.length > 1) throw new UsageError(`Choose one of --state, --all and --instrument (got ${chosen.map((c) => `--${c}`).join(' and ')}).`, 'Run them one after the other.');
  return chosen[0]!;
}

async function format(view: GapsView, name: string, color: boolean): Promise<string | Uint8Array> {
  switch (name) {
    case 'xlsx': return (await import('../formatters/gaps/xlsx.js')).gapsXlsx(view);
    case 'table': return (await import('../formatters/gaps/table.js')).gapsTable(view, { color });
    case 'markdown': return (await import('../formatters/gaps/markdown.js')).gapsMarkdown(view);
    case 'json': return (await import('../formatters/gaps/json.js')).gapsJson(view);
    case 'csv': return (await import('../formatters/gaps/csv.js')).gapsCsv(view);
    default: throw new UsageError(`Unknown format \`${name}\` for gaps; expected one of ${GAPS_FORMATS.join(', ')}.`);
  }
}

/**
 * `plan gaps`: parses the options, computes the report (and, with --since,
 * the same report at that revision and the difference), writes it in the
 * chosen format. Exit 1 when --fail-on matches an item, else 0.
 */
export async function gapsCommand(o: GapsCommandOptions, g: GlobalOptions, io: Io): Promise<number> {
  const m = mode(o);
  const fmt = o.format ?? (o.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'table');
  if (!(GAPS_FORMATS as readonly string[]).includes(fmt)) throw new UsageError(`Unknown format \`${fmt}\` for gaps; expected one of ${GAPS_FORMATS.join(', ')}.`);
  if (fmt === 'xlsx' && o.out === undefined) throw new UsageError('--format xlsx writes a workbook, never to a terminal: give it a file with --out <file.xlsx>.');
  if (o.bom && fmt !== 'csv') throw new UsageError('--bom is for --format csv.');
  const by = checkValues('--by', o.by === undefined ? undefined : [o.by], GAPS_BY)?.[0] ?? 'paragraph';
  if (by === 'instrument' && m === 'instrument') throw new UsageError('--by instrument lists instruments; --instrument lists states for one instrument.', 'Use --by instrument with --state or --all.');
  if (by === 'instrument' && o.since !== undefined) throw new UsageError('--since compares paragraph items; it does not combine with --by instrument yet.');
  if (o.out !== undefined && o.out.trim() === '') throw new UsageError('--out needs a file name.');
  // Fail before the work; the write itself still refuses atomically.
  if (o.out !== undefined && !o.overwrite && existsSync(resolve(io.cwd, o.out))) throw exists(o.out);
  const force = checkValues('--force', o.force, FORCES);
  if (force && m === 'instrument') throw new UsageError('--force filters obligation items; --instrument lists states.', 'Use --force with --state or --all.');
  const status = checkValues('--status', o.status, GAP_STATUSES);
  const failOn = checkValues('--fail-on', o.failOn, GAP_STATUSES);
  if (o.staleAfter !== undefined) parseStaleAfter(o.staleAfter, undefined);
  if (o.since !== undefined && o.since.trim() === '') throw new UsageError('--since needs a git revision (a commit, branch or tag).');

  const { corpus, today } = loadForCommand(g, io);
  const state = m === 'state' ? resolveState(corpus, o.state!) : undefined;
  const instrument = m === 'instrument' ? resolveInstrument(corpus, o.instrument!) : undefined;
  const documents = selectDocuments(corpus, { ...(o.document ? { ids: o.document } : {}), ...(o.includeDrafts ? { includeDrafts: true } : {}) });
  const opts: GapsOptions = {
    today, documents, staleAfterYears: parseStaleAfter(o.staleAfter, corpus.config.staleAfterYears),
    ...(force ? { force } : {}), ...(status ? { status } : {}),
  };

  // A bad revision is a usage error before any output.
  const then = o.since !== undefined ? (await import('../model/at-revision.js')).loadCorpusAtRevision(corpus.root, o.since, corpus.config) : undefined;

  io.stderr.write(await lintNote(corpus, today));
  if (state) {
    const invalid = [...(corpus.idsOfInvalid.get('commitment') ?? [])].filter((id) => id.startsWith(`${state}/`)).length;
    if (invalid) io.stderr.write(`plan: note: ${invalid} commitment file${invalid === 1 ? '' : 's'} of ${state} fail${invalid === 1 ? 's' : ''} the schema and ${invalid === 1 ? 'is' : 'are'} left out; run plan lint\n`);
  }
  if (obligationItems(corpus, documents).length === 0) {
    io.stderr.write(`plan: note: ${documents.length ? documents.join(', ') : 'no document'} ${documents.length === 1 ? 'holds' : 'hold'} no obligation addressed to member states (paragraphs with \`obligation\`); nothing to report.\n`);
  }

  const view: GapsView = await gapsView(corpus, {
    today, documents, by: by as 'paragraph' | 'instrument', staleAfterYears: opts.staleAfterYears,
    ...(state ? { state } : m === 'all' ? { all: true } : { instrument: instrument! }),
    ...(force ? { force } : {}), ...(status ? { status: status as GapStatus[] } : {}),
  });

  if (then && view.mode !== 'by-instrument') {
    // The same question at that revision: the same documents if they existed, else the adopted (or all) ones then.
    const thenDocs = o.document ? o.document.filter((d) => then.corpus.documents.has(d)).sort() : selectDocuments(then.corpus, { ...(o.includeDrafts ? { includeDrafts: true } : {}) });
    const { status: _status, ...unfiltered } = opts;
    const thenOpts: GapsOptions = { ...unfiltered, documents: thenDocs };
    if (view.mode === 'state') view.since = diffState(gapsForState(then.corpus, state!, thenOpts), gapsForState(corpus, state!, unfiltered), then.ref, then.commit);
    else if (view.mode === 'all') view.since = diffAll(gapsAll(then.corpus, thenOpts), gapsAll(corpus, unfiltered), then.ref, then.commit);
    else view.since = diffInstrument(gapsForInstrument(then.corpus, instrument!, thenOpts), gapsForInstrument(corpus, instrument!, unfiltered), then.ref, then.commit);
  }

  const data = await format(view, fmt, useColor(g.color, io) && o.out === undefined);
  const bytes = o.bom && typeof data === 'string' ? `\uFEFF${data}` : data;
  if (o.out === undefined) io.stdout.write(bytes as string);
  else write(io, o.out, Boolean(o.overwrite), bytes);
  const failed = failOnLine(reportStatuses(view.report), failOn, view.mode === 'instrument' ? 'state' : 'item');
  if (failed) {
    io.stderr.write(failed);
    return 1;
  }
  return 0;
}
