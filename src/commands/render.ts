import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GlobalOptions, Io } from '../cli/io.js';
import { UsageError } from '../errors.js';
import type { RenderModel } from '../reports/render/model.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { loadForCommand } from './context.js';

export const RENDER_FORMATS = ['markdown', 'html', 'docx', 'text'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderCommandOptions {
  format?: string;
  out?: string;
  force?: boolean;
}

/** The document in one format: text for markdown, html and text, bytes for docx. */
export async function renderAs(model: RenderModel, format: RenderFormat): Promise<string | Uint8Array> {
  if (format === 'html') return (await import('../reports/render/html.js')).renderHtml(model);
  if (format === 'text') return (await import('../reports/render/text.js')).renderText(model);
  if (format === 'docx') return (await import('../reports/render/docx.js')).renderDocx(model);
  return (await import('../reports/render/markdown.js')).renderMarkdown(model);
}

/**
 * `plan render <document>`: the document assembled from the corpus, to stdout
 * or, with --out, to a file written atomically that is never replaced without
 * --force. Exit 0, or 2 (unknown document or format, file exists, docx to stdout).
 */
export async function renderCommand(docId: string, o: RenderCommandOptions, g: GlobalOptions, io: Io): Promise<number> {
  const format = (o.format ?? 'markdown') as RenderFormat;
  if (!(RENDER_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format \`${o.format}\` for render; expected one of ${RENDER_FORMATS.join(', ')}.`);
  }
  if (format === 'docx' && o.out === undefined) throw new UsageError('A Word document is not printed to the terminal.', 'Pass --out <file>.docx.');
  const path = o.out === undefined ? undefined : resolve(io.cwd, o.out);
  const exists = (): UsageError => new UsageError(`${path} already exists.`, 'Pass --force to replace it, or choose another --out.');
  // Fail before the work; the write itself still refuses atomically (another process may create it meanwhile).
  if (path && !o.force && existsSync(path)) throw exists();
  const { corpus, today } = loadForCommand(g, io);
  const { buildRenderModel } = await import('../reports/render/model.js');
  const data = await renderAs(buildRenderModel(corpus, docId), format);
  // As every report does: the document renders, and stderr says how many lint errors the corpus has.
  const note = async (): Promise<void> => (await import('./lint-note.js')).noteLintErrors(corpus, today, io);
  if (!path) {
    io.stdout.write(data as string);
    await note();
    return 0;
  }
  try {
    writeFileAtomic(path, data, { overwrite: Boolean(o.force) });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // EEXIST also comes from a folder on the way that is a file: only the target itself "already exists".
    if (code === 'EEXIST' && existsSync(path)) throw exists();
    // The writer's own errors (WriteError) already say what failed, in one line.
    if (e instanceof UsageError) throw e;
    throw new UsageError(`Could not write ${path}: ${(e as Error).message}`);
  }
  io.stdout.write(`${path}\n`);
  await note();
  return 0;
}
