import { resolve } from 'node:path';
import type { GlobalOptions, Io } from '../cli/io.js';
import { UsageError } from '../errors.js';
import { resolveState } from '../model/resolve.js';
import { selectDocuments, staleAfterYearsOf } from '../reports/gaps/index.js';
import { questionnaireFor } from '../reports/questionnaire.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { loadForCommand } from './context.js';

export const QUESTIONNAIRE_FORMATS = ['xlsx', 'csv', 'markdown'] as const;

export interface QuestionnaireOptions {
  state?: string;
  format?: string;
  out?: string;
  force?: boolean;
}

/** Writes `data` to --out (atomically; an existing file only with --force), or to stdout. */
export function writeOut(io: Io, out: string | undefined, force: boolean | undefined, data: string | Uint8Array): void {
  if (out === undefined) {
    if (typeof data !== 'string') throw new UsageError('A binary format needs a file: pass --out <file>.');
    io.stdout.write(data);
    return;
  }
  const path = resolve(io.cwd, out);
  try {
    writeFileAtomic(path, data, { overwrite: force === true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${out} already exists.`, 'Pass --force to replace it, or choose another --out.');
    throw new UsageError(`Cannot write ${out}: ${(e as Error).message}`);
  }
  io.stderr.write(`plan: wrote ${out}\n`);
}

/**
 * `plan questionnaire --state X [--format xlsx|csv|markdown] [--out file] [--force]`:
 * the questionnaire of one state on the adopted texts (the items of
 * `plan gaps --state X`). XLSX needs --out.
 */
export async function questionnaireCommand(o: QuestionnaireOptions, g: GlobalOptions, io: Io): Promise<number> {
  if (o.state === undefined) throw new UsageError('Say which state: --state <ISO3>.', 'e.g. plan questionnaire --state MEX --format xlsx --out MEX.xlsx');
  const fmt = o.format ?? (o.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : o.out?.toLowerCase().endsWith('.csv') ? 'csv' : 'markdown');
  if (!(QUESTIONNAIRE_FORMATS as readonly string[]).includes(fmt)) throw new UsageError(`Unknown format \`${fmt}\` for questionnaire; expected one of ${QUESTIONNAIRE_FORMATS.join(', ')}.`);
  if (fmt === 'xlsx' && o.out === undefined) throw new UsageError('--format xlsx writes a workbook: give it a file with --out <file.xlsx>.');
  const { corpus, today } = loadForCommand(g, io);
  const state = resolveState(corpus, o.state);
  const documents = selectDocuments(corpus, {});
  const q = questionnaireFor(corpus, state, { today, documents, staleAfterYears: staleAfterYearsOf(corpus.config) });
  let data: string | Uint8Array;
  if (fmt === 'xlsx') data = await (await import('../formatters/questionnaire/xlsx.js')).questionnaireXlsx(q);
  else if (fmt === 'csv') data = (await import('../formatters/questionnaire/csv.js')).questionnaireCsv(q);
  else data = (await import('../formatters/questionnaire/markdown.js')).questionnaireMarkdown(q);
  writeOut(io, o.out, o.force, data);
  return 0;
}
