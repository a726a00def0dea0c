import type { GlobalOptions, Io } from '../cli/io.js';
import { useColor } from '../cli/color.js';
import { UsageError } from '../errors.js';
import { buildIndex, search, type SearchOptions } from '../search/index.js';
import { parseQuery } from '../search/query.js';
import { printable } from '../util/text.js';
import { loadForCommand } from './context.js';
import { noteLintErrors } from './lint-note.js';

export const SEARCH_FORMATS = ['table', 'markdown', 'json', 'csv'] as const;

export interface SearchCommandOptions {
  document?: string[];
  type?: string[];
  addressee?: string[];
  limit?: string;
  format?: string;
}

/** The filters in words, for "No paragraph matches ... in strategy-2021". */
function describeFilters(o: SearchCommandOptions): string {
  const parts: string[] = [];
  if (o.document?.length) parts.push(`in ${o.document.join(' or ')}`);
  if (o.type?.length) parts.push(`of type ${o.type.join(' or ')}`);
  if (o.addressee?.length) parts.push(`addressed to ${o.addressee.join(' or ')}`);
  return parts.length ? ` ${printable(parts.join(', '), 300)}` : '';
}

/** `plan search <words...>`: returns the exit code (0, also with no match; 2 bad query or flag). */
export async function searchCommand(words: string[], o: SearchCommandOptions, g: GlobalOptions, io: Io): Promise<number> {
  const format = o.format ?? 'table';
  if (!(SEARCH_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format \`${format}\` for search; expected one of ${SEARCH_FORMATS.join(', ')}.`);
  }
  const rawLimit = String(o.limit ?? '50').trim();
  if (!/^\d+$/.test(rawLimit) || Number(rawLimit) < 1) {
    throw new UsageError(`Invalid --limit \`${printable(rawLimit, 40)}\`; expected a whole number of 1 or more.`, 'Every match is counted in the summary (and in the JSON total); give --limit that number to see them all.');
  }
  const query = parseQuery(words);
  const { corpus, today } = loadForCommand(g, io);
  const opts: SearchOptions = { limit: Number(rawLimit) };
  if (o.document?.length) opts.documents = o.document;
  if (o.type?.length) opts.types = o.type;
  if (o.addressee?.length) opts.addressees = o.addressee;
  const result = search(buildIndex(corpus), query, opts);
  const filters = describeFilters(o);
  const color = useColor(g.color, io);
  switch (format) {
    case 'json':
      io.stdout.write((await import('../formatters/search/json.js')).searchJson(result));
      break;
    case 'csv': {
      io.stdout.write((await import('../formatters/search/csv.js')).searchCsv(result));
      const { summaryLine } = await import('../formatters/search/table.js');
      if (result.total > result.results.length) io.stderr.write(`plan: ${summaryLine(result, filters)}\n`);
      break;
    }
    case 'markdown':
      io.stdout.write((await import('../formatters/search/markdown.js')).searchMarkdown(result, { color, filters }));
      break;
    default:
      io.stdout.write((await import('../formatters/search/table.js')).searchTable(result, { color, filters }));
  }
  await noteLintErrors(corpus, today, io);
  return 0;
}
