import { exists } from '../../model/model.js';
import { didYouMean } from '../../util/text.js';
import { defineRule } from '../define.js';

/** Cited instruments, obligation instruments, protocol parents and commitment instruments exist. */
export const knownInstrument = defineRule({
  meta: {
    id: 'known-instrument',
    description: 'Every instrument id used (cites, obligations, protocol parents, commitments) has a file in instruments/.',
    severity: 'error',
    reads: 'front-matter',
    docs: 'An instrument is named by its id wherever it is used: in a paragraph\'s `cites` and in the `instruments` of its obligation, in a protocol\'s `parent`, and in a commitment\'s `instrument`. Each id needs its file, `instruments/<id>.md`; a misspelt id is answered with the nearest one ("did you mean `untoc`?").',
    examples: [
      {
        title: 'A misspelt instrument in a paragraph\'s citations',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['instrument: untoc', 'instrument: untocc']] }],
        reports: ['Unknown instrument `untocc`; did you mean `untoc`?'],
      },
      {
        title: 'An obligation to join an instrument that has no file',
        changes: [{ file: 'paragraphs/adopted/1.md', replace: [['instruments: [untoc, ia-mla]', 'instruments: [untoc, ia-mla, ia-corruption]']] }],
        reports: ['Unknown instrument `ia-corruption`: no instruments/ia-corruption.md.'],
      },
      {
        title: 'A citation names the instrument by its id, whatever its text calls it',
        changes: [{ file: 'paragraphs/draft/1.md', replace: [['text: Article 16 of the United Nations Convention against Transnational Organized Crime', 'text: Article 16 of the Palermo Convention']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => {
    const c = ctx.corpus;
    const miss = (id: string) => !exists(c, 'instrument', id);
    const msg = (id: string) => `Unknown instrument \`${id}\`${didYouMean(id, c.instruments.keys()) || `: no instruments/${id}.md.`}`;
    return {
      paragraph(p) {
        (p.fm.cites ?? []).forEach((ci, i) => {
          if (miss(ci.instrument)) ctx.report(p.file, { path: ['cites', i, 'instrument'] }, msg(ci.instrument));
        });
        (p.fm.obligation?.instruments ?? []).forEach((id, i) => {
          if (miss(id)) ctx.report(p.file, { path: ['obligation', 'instruments', i] }, msg(id));
        });
      },
      instrument(ins) {
        if (ins.fm.parent && miss(ins.fm.parent)) ctx.report(ins.file, { path: ['parent'] }, msg(ins.fm.parent));
      },
      commitment(cm) {
        if (cm.fm.instrument && miss(cm.fm.instrument)) ctx.report(cm.file, { path: ['instrument'] }, msg(cm.fm.instrument));
      },
    };
  },
});
