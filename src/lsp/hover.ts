import type { Corpus } from '../model/model.js';
import { scanCitations } from '../text/citations.js';
import { corpusResolver } from '../text/resolver.js';

/**
 * What hovering over a citation in a paragraph's body shows: the instrument's title, and the
 * articles it has (or that no source gives them). Undefined when `offset` (into the body) is
 * not on a citation.
 */
export function citationHover(corpus: Corpus, body: string, offset: number): { text: string; start: number; end: number } | undefined {
  const c = scanCitations(body, corpusResolver(corpus)).find((x) => x.start <= offset && offset < x.end);
  if (!c) return undefined;
  const ins = c.instrument !== undefined ? corpus.instruments.get(c.instrument) : undefined;
  if (!ins) return { text: `**${c.name}**: not an instrument of the corpus.`, start: c.start, end: c.end };
  const arts = ins.fm.articles;
  const range = typeof arts === 'number' ? `articles 1–${arts}` : Array.isArray(arts) ? `articles ${arts[0]}–${arts[arts.length - 1]} (${arts.length})` : 'no source gives its articles';
  const cited = c.articles.length ? `Cites article${c.articles.length > 1 ? 's' : ''} ${c.articles.join(', ')}${c.paragraph ? `, paragraph ${c.paragraph}` : ''}. ` : '';
  return { text: `**${ins.fm.title}** (\`${ins.id}\`)\n\n${cited}The instrument has ${range}.`, start: c.start, end: c.end };
}
