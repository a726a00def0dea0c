import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GlobalOptions, Io } from '../cli/io.js';
import { UsageError } from '../errors.js';
import { EXPORT_KINDS, exportTable, type ExportKind, type ExportTable } from '../reports/export.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { didYouMean } from '../util/text.js';
import { loadForCommand } from './context.js';

export const EXPORT_FORMATS = ['jsonl', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportCommandOptions {
  kind?: string;
  format?: string;
  out?: string;
  force?: boolean;
  bom?: boolean;
}

async function render(table: ExportTable, format: ExportFormat, bom: boolean): Promise<string> {
  switch (format) {
    case 'jsonl': return (await import('../formatters/export/jsonl.js')).exportJsonl(table);
    case 'json': return (await import('../formatters/export/json.js')).exportJson(table);
    case 'csv': return (await import('../formatters/export/csv.js')).exportCsv(table, { bom });
  }
}

/** The format asked for: --format, else the --out file's extension, else jsonl. */
function formatOf(o: ExportCommandOptions): ExportFormat {
  if (o.format !== undefined) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(o.format)) {
      throw new UsageError(`Unknown format \`${o.format}\` for export${didYouMean(o.format, EXPORT_FORMATS) || '.'}`, `Formats: ${EXPORT_FORMATS.join(', ')}.`);
    }
    return o.format as ExportFormat;
  }
  const ext = /\.(jsonl|ndjson|json|csv)$/i.exec(o.out ?? '')?.[1]?.toLowerCase();
  return ext === 'csv' ? 'csv' : ext === 'json' ? 'json' : 'jsonl';
}

function kindOf(o: ExportCommandOptions): ExportKind {
  const k = o.kind ?? 'paragraphs';
  if (!(EXPORT_KINDS as readonly string[]).includes(k)) {
    throw new UsageError(`Unknown kind \`${k}\` for export${didYouMean(k, EXPORT_KINDS) || '.'}`, `Kinds: ${EXPORT_KINDS.join(', ')}.`);
  }
  return k as ExportKind;
}

/**
 * `plan export`: one table of the corpus (one row per item, flat documented columns) to stdout
 * or, with --out, to a file written atomically that is never replaced without --force.
 * Exit 0, or 2 (unknown kind or format, file exists, failed write, unreadable corpus).
 */
export async function exportCommand(o: ExportCommandOptions, g: GlobalOptions, io: Io): Promise<number> {
  const kind = kindOf(o);
  const format = formatOf(o);
  if (o.bom && format !== 'csv') throw new UsageError('--bom is for CSV files (a spreadsheet reads the byte-order mark as "this is UTF-8").');
  if (o.out !== undefined && o.out.trim() === '') throw new UsageError('--out needs a file name.');
  const path = o.out === undefined ? undefined : resolve(io.cwd, o.out);
  const exists = (): UsageError => new UsageError(`${path} already exists.`, 'Pass --force to replace it, or choose another --out.');
  // Fail before the work; the write itself still refuses atomically (another process may create it meanwhile).
  if (path && !o.force && existsSync(path)) throw exists();
  const { corpus, today } = loadForCommand(g, io);
  const table = exportTable(corpus, kind);
  const data = await render(table, format, Boolean(o.bom));
  const note = async (): Promise<void> => (await import('./lint-note.js')).noteLintErrors(corpus, today, io);
  if (!path) {
    io.stdout.write(data);
    await note();
    return 0;
  }
  try {
    writeFileAtomic(path, data, { overwrite: Boolean(o.force) });
  } catch (e) {
    // EEXIST also comes from a folder on the way that is a file: only the target itself "already exists".
    if ((e as NodeJS.ErrnoException).code === 'EEXIST' && existsSync(path)) throw exists();
    throw e;
  }
  io.stderr.write(`plan: wrote ${table.rows.length} ${kind} to ${o.out}\n`);
  await note();
  return 0;
}
