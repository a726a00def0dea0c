import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GlobalOptions, Io } from '../cli/io.js';
import type { Corpus } from '../model/model.js';
import { UsageError } from '../errors.js';
import { buildReportView, lineageViews, type ReportSources } from '../reports/html/build.js';
import type { GapsAllView, GapsStateView, InstrumentView } from '../reports/html/types.js';
import { renderReport } from '../reports/html/index.js';
import { existingTarget, writeFileAtomic } from '../util/atomic-write.js';
import { loadForCommand } from './context.js';

export interface ReportOptions {
  out?: string;
  state?: string;
  force?: boolean;
}

/** A value as `--format json` prints it (plain JSON data, nothing shared with the model). */
function asJson<T>(v: unknown): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/**
 * The gap and cross-reference reports from the same library functions and
 * JSON shapes as `plan gaps --format json` and `plan xref --format json`, on
 * the corpus loaded once, so the report cannot disagree with them.
 */
async function collect(corpus: Corpus, today: string, state: string | undefined): Promise<ReportSources> {
  const { gapsAll, gapsForState, selectDocuments, staleAfterYearsOf } = await import('../reports/gaps/index.js');
  const { gapsJsonValue } = await import('../formatters/gaps/json.js');
  const { xrefReport } = await import('../reports/xref/index.js');
  const { jsonValue } = await import('../formatters/xref/view.js');
  const opts = { today, documents: selectDocuments(corpus, {}), staleAfterYears: staleAfterYearsOf(corpus.config) };
  const states = new Map<string, GapsStateView>();
  for (const id of state ? [state] : [...corpus.states.keys()].sort()) {
    states.set(id, asJson<GapsStateView>(gapsJsonValue({ mode: 'state', report: gapsForState(corpus, id, opts) })));
  }
  const all = state ? undefined : asJson<GapsAllView>(gapsJsonValue({ mode: 'all', report: gapsAll(corpus, opts) }));
  const xref = state ? {} : asJson<XrefJson>(jsonValue({ kind: 'all', report: xrefReport(corpus), documents: [] }));
  const byInstrument = new Map((xref.instruments ?? []).map((i) => [i.id, i.citations ?? []]));
  return {
    gapsAll: () => all!,
    gapsState: (id) => states.get(id)!,
    citations: (id) => byInstrument.get(id) ?? [],
    lineage: () => lineageViews(corpus, xref.lineage ?? []),
  };
}

/** `plan xref --format json`, as far as the report reads it. */
interface XrefJson {
  instruments?: Array<{ id: string; title?: string; citations?: InstrumentView['citations'] }>;
  lineage?: unknown[];
}
/**
 * `plan report`: one self-contained HTML file from the same model, gap and
 * cross-reference code as `plan gaps` and `plan xref`. Never overwrites a file
 * unless --force. Prints the path written.
 */
export async function reportCommand(o: ReportOptions, g: GlobalOptions, io: Io): Promise<number> {
  const path = resolve(io.cwd, o.out ?? 'report.html');
  const exists = (): UsageError => new UsageError(`${path} already exists.`, 'Pass --force to replace it, or choose another --out.');
  // Fail before the work; the write itself still refuses atomically (another process may create it meanwhile).
  if (!o.force && existsSync(path)) throw exists();
  existingTarget(path); // a folder, link or device at --out: refused before the work, as the write would
  const { corpus, today } = loadForCommand(g, io);
  let state: string | undefined;
  if (o.state !== undefined) state = (await import('../model/resolve.js')).resolveState(corpus, o.state);
  const { noteLintErrors } = await import('./lint-note.js');
  await noteLintErrors(corpus, today, io);
  const sources = await collect(corpus, today, state);
  const view = buildReportView(corpus, sources, { today, ...(state ? { state } : {}) });
  const html = renderReport(view);
  try {
    writeFileAtomic(path, html, { overwrite: Boolean(o.force) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw exists();
    throw e;
  }
  io.stdout.write(`${path}\n`);
  return 0;
}
