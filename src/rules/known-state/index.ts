import { exists } from '../../model/model.js';
import { didYouMean } from '../../util/text.js';
import { defineRule } from '../define.js';

/** A commitment's state, subject and answered paragraphs resolve. */
export const knownState = defineRule({
  meta: {
    id: 'known-state',
    description: 'Every commitment names an existing state (its folder), an instrument matching its file name or the paragraphs it answers, and those exist.',
    severity: 'error',
    reads: 'front-matter',
    docs: 'A commitment is filed as `commitments/<state>/<subject>.md`: its `state` is the folder, a state of `states/`, and it is about an instrument (`instrument`, the file name: `commitments/MEX/untoc.md`) or answers paragraphs (`answers`: paragraphs of the corpus that carry an obligation, such as designating a national authority). A misspelt state or paragraph is answered with the nearest id.',
    examples: [
      {
        title: 'A commitment about another instrument than its file name says',
        changes: [{ file: 'commitments/NIC/untoc.md', replace: [['instrument: untoc', 'instrument: ia-mla']] }],
        reports: ['Instrument `ia-mla` does not match the file name `untoc.md`.'],
      },
      {
        title: 'Answering a paragraph that has no obligation',
        changes: [{ file: 'commitments/MEX/national-authority.md', replace: [['answers: [adopted/2]', 'answers: [adopted/2, draft/1]']] }, { file: 'paragraphs/draft/1.md', replace: [['obligation:\n  action: conclude-agreements\n  summary: Conclude extradition treaties\n  subject: extradition\n', '']] }],
        reports: ['Paragraph `draft/1` has no obligation for a commitment to answer.'],
      },
      {
        title: 'A commitment about an instrument that also answers the paragraph asking to join it',
        changes: [{ file: 'commitments/MEX/untoc.md', replace: [['instrument: untoc\n', 'instrument: untoc\nanswers: [adopted/1]\n']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => {
    const c = ctx.corpus;
    return {
      commitment(cm) {
        const [folder, subject] = cm.file.pathId.split('/') as [string, string];
        if (cm.fm.state !== folder) ctx.report(cm.file, { path: ['state'] }, `State \`${cm.fm.state}\` does not match the folder \`${folder}\`.`);
        else if (!exists(c, 'state', cm.fm.state)) ctx.report(cm.file, { path: ['state'] }, `Unknown state \`${cm.fm.state}\`${didYouMean(cm.fm.state, c.states.keys()) || '.'}`);
        if (cm.fm.instrument && cm.fm.instrument !== subject) {
          ctx.report(cm.file, { path: ['instrument'] }, `Instrument \`${cm.fm.instrument}\` does not match the file name \`${subject}.md\`.`);
        }
        if (!cm.fm.instrument && !cm.fm.answers?.length) {
          ctx.report(cm.file, { path: [] }, 'A commitment names the `instrument` it is about or the paragraphs it `answers`.');
        }
        (cm.fm.answers ?? []).forEach((a, i) => {
          const p = c.paragraphs.get(a);
          if (!exists(c, 'paragraph', a)) {
            ctx.report(cm.file, { path: ['answers', i] }, `Unknown paragraph \`${a}\`${didYouMean(a, c.paragraphs.keys()) || '.'}`);
          } else if (p && !p.fm.obligation) {
            ctx.report(cm.file, { path: ['answers', i] }, `Paragraph \`${a}\` has no obligation for a commitment to answer.`);
          }
        });
      },
    };
  },
});
