import type { GlobalOptions, Io } from '../cli/io.js';
import { useColor } from '../cli/color.js';
import type { Corpus } from '../model/model.js';
import { UsageError } from '../errors.js';
import { showItem } from '../reports/show/index.js';
import { loadForCommand } from './context.js';
import { noteLintErrors } from './lint-note.js';


export const SHOW_FORMATS = ['text', 'json', 'markdown'] as const;

export interface ShowCommandOptions {
  format?: string;
}

/** `plan show <id>`: returns the exit code (0 shown, 2 unknown id or bad format). */
export async function showCommand(id: string, o: ShowCommandOptions, g: GlobalOptions, io: Io): Promise<number> {
  const format = o.format ?? 'text';
  if (!(SHOW_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format \`${format}\` for show; expected one of ${SHOW_FORMATS.join(', ')}.`);
  }
  const { corpus, today } = loadForCommand(g, io);
  const view = showItem(corpus, id);
  if (format === 'json') io.stdout.write((await import('../formatters/show/json.js')).showJson(view));
  else if (format === 'markdown') io.stdout.write((await import('../formatters/show/markdown.js')).showMarkdown(view));
  else io.stdout.write((await import('../formatters/show/text.js')).showText(view, { color: useColor(g.color, io) }));
  await noteLintErrors(corpus, today, io);
  return 0;
}
