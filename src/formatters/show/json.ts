import type { ShowView } from '../../reports/show/index.js';

/**
 * One JSON document: `{kind, id, title, file, valid, frontMatter, body,
 * linksOut, linksIn, also, paragraphs?, agreed?, outline?, current?}` (agreed:
 * `{words, agreedWords, brackets, options, percent}`, documents only); links are
 * `{rel, id, kind?, resolved, detail?}`. The raw YAML is left out (frontMatter has it parsed).
 */
export function showJson(v: ShowView): string {
  const { yaml: _yaml, ...rest } = v;
  return JSON.stringify(rest, null, 2) + '\n';
}
