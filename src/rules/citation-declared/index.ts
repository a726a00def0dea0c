import type { Paragraph } from '../../model/model.js';
import type { Cite } from '../../model/types.js';
import type { Fix } from '../../diagnostics.js';
import { addCites, frontMatterFix } from '../../edit/front-matter.js';
import { scanReferences } from '../../text/citations.js';
import { corpusResolver, corpusTitles } from '../../text/resolver.js';
import { nearTitles } from '../../text/titles.js';
import { didYouMean } from '../../util/text.js';
import { articleLabels } from '../known-article/index.js';
import { defineRule } from '../define.js';

/**
 * The fix that declares citations in a paragraph's `cites` (block, flow, empty or absent),
 * through the YAML Document API: comments, order, quoting and style kept (src/edit/front-matter.ts).
 */
export function declareCiteFix(p: Paragraph, cites: Cite | Cite[]): Fix | undefined {
  const list = Array.isArray(cites) ? cites : [cites];
  return frontMatterFix(p.file, (doc) => addCites(doc, list));
}

/** A citation in the text names a known instrument and article, and is declared in `cites`. */
export const citationDeclared = defineRule({
  meta: {
    id: 'citation-declared',
    description: 'A citation in the text names a known instrument and an existing article, and is declared in the front matter `cites`.',
    severity: 'error',
    fixable: true,
    reads: 'document',
    docs: 'Every citation the text makes ("(CTOC, Art. 12)", "Article 16 of the United Nations Convention against Transnational Organized Crime", "Article 27.2 of the Palermo Convention", "articles 16 to 18 of UNTOC") names an instrument of the corpus by its title, a short title or an alias, cites articles that instrument has, and is declared in the paragraph\'s `cites`. An instrument named as a whole, by its title or by a near miss of it (see `instrument-title`), is a citation too, declared by any `cites` entry of that instrument. In a working draft `plan lint --fix` declares what is missing, in one `cites` entry per citation, keeping the front matter\'s comments, order and style; an article the instrument does not have is reported, never declared.',
    examples: [
      {
        title: 'An article cited in the text but not declared',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Member states consider designating a national authority (UNTOC, Art. 18).' }],
        reports: ['Citation "(UNTOC, Art. 18)" is not declared: add {instrument: untoc, articles: [18]} to `cites`.'],
      },
      {
        title: 'An article the instrument does not have',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Member states consider designating a national authority (Article 16 and Article 99 of the Palermo Convention).' }],
        reports: ['article 99 does not exist in `untoc` (articles 1-41)'],
      },
      {
        title: 'A convention named as a whole',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Member states consider designating a central authority under the Inter-American Convention on Mutual Assistance in Criminal Matters. (Article 16 of UNTOC)' }],
        reports: ['"Inter-American Convention on Mutual Assistance in Criminal Matters" cites `ia-mla` as a whole and is not declared: add {instrument: ia-mla} to `cites`.'],
      },
      {
        title: 'Declared under a short title',
        changes: [{ file: 'paragraphs/adopted/2.md', body: 'Member states consider designating a national authority (Palermo Convention, Art. 16).' }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    paragraph(p) {
      const resolve = corpusResolver(ctx.corpus);
      const titles = corpusTitles(ctx.corpus);
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
      // A near miss of a title (instrument-title) names the instrument too: declared without its text,
      // which `--fix` replaces in a working draft. An article citation of the same instrument in the
      // text declares it once it is declared itself.
      const near = nearTitles(p.file.body, titles.near, titles.index)
        .filter((t) => !found.citations.some((c) => c.start < t.end && t.start < c.end))
        .map((t) => ({ instrument: t.id, text: t.text, start: t.start, end: t.end, near: true }));
      for (const m of [...found.mentions, ...near].sort((a, b) => a.start - b.start)) {
        if ((p.fm.cites ?? []).some((d) => d.instrument === m.instrument) || found.citations.some((c) => c.instrument === m.instrument)) continue;
        const at = { body: [m.start, m.end] as [number, number] };
        const cite: Cite = 'near' in m ? { instrument: m.instrument } : { instrument: m.instrument, text: m.text };
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
        for (const x of pending) ctx.report(p.file, x.at, x.message, fix ? { fix } : undefined);
      }
    },
  }),
});
