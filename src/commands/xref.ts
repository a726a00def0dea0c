import type { GlobalOptions, Io } from '../cli/io.js';
import { useColor } from '../cli/color.js';
import type { Corpus } from '../model/model.js';
import { UsageError } from '../errors.js';
import { xrefView } from '../reports/xref/views.js';
import type { XrefFormatter, XrefView } from '../formatters/xref/view.js';
import { loadForCommand } from './context.js';
import { noteLintErrors } from './lint-note.js';

export interface XrefOptions {
  instrument?: string;
  paragraph?: string;
  lists?: boolean;
  unresolved?: boolean;
  format?: string;
}

export const XREF_FORMATS = ['table', 'markdown', 'json', 'csv', 'mermaid', 'dot'] as const;

async function formatter(name: string): Promise<XrefFormatter> {
  switch (name) {
    case 'table': return (await import('../formatters/xref/table.js')).xrefTable;
    case 'markdown': return (await import('../formatters/xref/markdown.js')).xrefMarkdown;
    case 'json': return (await import('../formatters/xref/json.js')).xrefJson;
    case 'csv': return (await import('../formatters/xref/csv.js')).xrefCsv;
    case 'mermaid': return (await import('../formatters/xref/mermaid.js')).xrefMermaid;
    case 'dot': return (await import('../formatters/xref/dot.js')).xrefDot;
    default: throw new UsageError(`Unknown format \`${name}\` for xref; expected one of ${XREF_FORMATS.join(', ')}.`);
  }
}

export { xrefView };

/** `plan xref`: who cites what, lineage, instrument lists, unresolved references. Exit 0, or 2 on bad input. */
export async function xrefCommand(o: XrefOptions, g: GlobalOptions, io: Io): Promise<number> {
  const chosen = [
    o.instrument !== undefined && '--instrument', o.paragraph !== undefined && '--paragraph', o.lists && '--lists', o.unresolved && '--unresolved',
  ].filter((x): x is string => Boolean(x));
  if (chosen.length > 1) throw new UsageError(`${chosen.join(' and ')} cannot be combined.`, 'Pick one view: --instrument <id>, --paragraph <id>, --lists or --unresolved (none: every instrument).');
  for (const [flag, v] of [['--instrument', o.instrument], ['--paragraph', o.paragraph]] as const) {
    if (v !== undefined && v.trim() === '') throw new UsageError(`${flag} needs an id.`);
  }
  const fmt = await formatter(o.format ?? 'table');
  const { corpus, today } = loadForCommand(g, io);
  const view = xrefView(corpus, o);
  await noteLintErrors(corpus, today, io);
  io.stdout.write(fmt(view, { color: useColor(g.color, io) }));
  return 0;
}
