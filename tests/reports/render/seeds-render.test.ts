/**
 * Each of the five texts rendered from the corpus holds every line of running
 * text of its source, in the source's order, in markdown, text and HTML (the
 * Word document: docx-libreoffice.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../src/reports/render/html.js';
import { renderMarkdown } from '../../../src/reports/render/markdown.js';
import { buildRenderModel } from '../../../src/reports/render/model.js';
import { renderText } from '../../../src/reports/render/text.js';
import { firstMissingInOrder, norm, realCorpus, runningText, SEED_DOCS } from './real.js';

/** What a Markdown reader shows: backslash escapes and hard-break backslashes gone. */
function markdownShown(md: string): string {
  return md.replace(/\\\n/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** What a browser shows: tags gone, entities decoded (the five `esc` writes). */
function htmlShown(html: string): string {
  const body = html.slice(html.indexOf('<body>'));
  return body.replace(/<br>/g, '\n').replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const FORMATS = [
  ['markdown', (m: ReturnType<typeof buildRenderModel>) => markdownShown(renderMarkdown(m))],
  ['text', (m: ReturnType<typeof buildRenderModel>) => renderText(m)],
  ['html', (m: ReturnType<typeof buildRenderModel>) => htmlShown(renderHtml(m))],
] as const;

describe('plan render of the five texts against their sources', () => {
  const cases = SEED_DOCS.flatMap((seed) => FORMATS.map(([format, shown]) => ({ id: seed.id, format, seed, shown })));

  it.each(cases)('$id as $format: every line of running text, in order', ({ seed, shown }) => {
    const lines = runningText(seed);
    expect(lines.length).toBeGreaterThan(40);
    const text = norm(shown(buildRenderModel(realCorpus(), seed.id)));
    expect(firstMissingInOrder(text, lines)).toBeUndefined();
  });

  it.each(SEED_DOCS)('$id: the check fails when a line is dropped or two are swapped', ({ id, ...seed }) => {
    const lines = runningText({ id, ...seed });
    const text = norm(renderText(buildRenderModel(realCorpus(), id)));
    const k = Math.floor(lines.length / 2);
    expect(firstMissingInOrder(text.replace(lines[k]!, ''), lines)?.line).toBe(lines[k]);
    const swapped = [...lines];
    [swapped[k], swapped[k + 1]] = [swapped[k + 1]!, swapped[k]!];
    expect(firstMissingInOrder(text, swapped)).toBeDefined();
  });
});
