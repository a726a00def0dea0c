import type { Paragraph } from '../corpus/model.js';
import type { Cite } from '../corpus/types.js';
import { scanReferences } from '../text/citations.js';
import { corpusResolver } from '../text/resolver.js';
import { didYouMean } from '../util/text.js';
import { articleLabels } from './known-article.js';
import type { Rule } from './types.js';

/** The YAML lines that declare a citation, inserted into front matter by --fix. */
export function declareCiteFix(p: Paragraph, cites: Cite | Cite[]): { range: [number, number]; text: string } {
  const f = p.file;
  const entry = (Array.isArray(cites) ? cites : [cites]).map((cite) => `  - instrument: ${cite.instrument}\n${cite.articles?.length ? `    articles: [${cite.articles.map((a) => JSON.stringify(a)).join(', ')}]\n` : ''}${cite.paragraph ? `    paragraph: ${JSON.stringify(cite.paragraph)}\n` : ''}${cite.text ? `    text: ${JSON.stringify(cite.text)}\n` : ''}`).join('');
  const yamlStart = f.text.indexOf('\n') + 1;
  const yamlEnd = yamlStart + (f.yamlText?.length ?? 0) + 1; // the newline before the closing fence
  const lines = (f.yamlText ?? '').split('\n');
  const at = lines.findIndex((l) => /^cites:\s*(\[\s*\])?\s*$/.test(l));
  if (at < 0) return { range: [yamlEnd, yamlEnd], text: `cites:\n${entry}` };
  if (/\[\s*\]/.test(lines[at]!)) {
    const off = yamlStart + lines.slice(0, at).join('\n').length + (at ? 1 : 0);
    return { range: [off, off + lines[at]!.length + 1], text: `cites:\n${entry}` };
  }
  let end = at + 1;
  while (end < lines.length && /^(\s+|-)/.test(lines[end]!) && lines[end] !== '') end++;
  const off = yamlStart + lines.slice(0, end).join('\n').length + 1;
  return { range: [off, off], text: entry };
}

/**
 * Every citation the text makes ("(CTOC, Art. 12)", "Article 16 of the United
 * Nations Convention…", "Article 27.2 of the Palermo Convention") is declared
 * in front matter, names an instrument of the corpus, and an article it has.
 */
export const citationDeclared: Rule = {
  id: 'citation-declared',
  description: 'A citation in the text names a known instrument and an existing article, and is declared in the front matter `cites`.',
  severity: 'error',
  scope: 'corpus',
  reads: 'document',
  check(ctx) {
    const resolve = corpusResolver(ctx.corpus);
    for (const p of ctx.corpus.paragraphs.values()) {
      if (!ctx.wanted(p.file)) continue;
      // Every undeclared citation of a paragraph is declared by one fix (each finding carries
      // the same fix), so that --fix writes one `cites` key, not one per citation.
      const pending: Array<{ at: { body: [number, number] }; message: string; cite: Cite }> = [];
      const found = scanReferences(p.file.body, resolve);
      for (const c of found.citations) {
        const at = { body: [c.start, c.end] as [number, number] };
        if (!c.instrument) {
          ctx.report(p.file, at, `Citation "${c.text}" names \`${c.name}\`, which is not an instrument of the corpus (title, short title or alias)${didYouMean(c.name, [...ctx.corpus.instruments.values()].flatMap((i) => [i.fm.title, ...(i.fm['short-titles'] ?? [])])) || '.'}`);
          continue;
        }
        const ins = ctx.corpus.instruments.get(c.instrument);
        const labels = ins ? articleLabels(ins.fm) : undefined;
        const missingArticles = labels ? c.articles.filter((a) => !labels.has(a)) : [];
        for (const a of missingArticles) ctx.report(p.file, at, `Citation "${c.text}": article ${a} does not exist in \`${c.instrument}\` (${typeof ins!.fm.articles === 'number' ? `articles 1-${ins!.fm.articles}` : `${labels!.size} articles`}).`);
        const declared = (p.fm.cites ?? []).filter((d) => d.instrument === c.instrument);
        // An article the instrument does not have is reported above; declaring it would not help.
        const undeclared = c.articles.filter((a) => !declared.some((d) => d.articles?.includes(a)) && !missingArticles.includes(a));
        if (undeclared.length) {
          const cite: Cite = { instrument: c.instrument, articles: undeclared, text: c.text };
          if (c.paragraph && undeclared.length === 1) cite.paragraph = c.paragraph;
          pending.push({ at, cite, message: `Citation "${c.text}" is not declared: add {instrument: ${c.instrument}, articles: [${undeclared.join(', ')}]} to \`cites\`.` });
        }
      }
      // A whole instrument named by its title, short title or alias is a citation too: declared by any `cites` entry of it.
      // An article citation of the same instrument in the text declares it once it is declared itself.
      for (const m of found.mentions) {
        if ((p.fm.cites ?? []).some((d) => d.instrument === m.instrument) || found.citations.some((c) => c.instrument === m.instrument)) continue;
        const at = { body: [m.start, m.end] as [number, number] };
        const cite: Cite = { instrument: m.instrument, text: m.text };
        pending.push({ at, cite, message: `"${m.text}" cites \`${m.instrument}\` as a whole and is not declared: add {instrument: ${m.instrument}} to \`cites\`.` });
      }
      if (pending.length) {
        const cites: Cite[] = [];
        for (const x of pending) {
          // One whole-instrument entry per instrument, however often the text names it.
          if (!x.cite.articles && cites.some((c) => c.instrument === x.cite.instrument && !c.articles)) continue;
          cites.push(x.cite);
        }
        const fix = declareCiteFix(p, cites);
        for (const x of pending) ctx.report(p.file, x.at, x.message, { fix });
      }
    }
  },
};
