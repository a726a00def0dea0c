import { exists } from '../../model/model.js';
import { didYouMean } from '../../util/text.js';
import type { LegacyRule as Rule } from '../types.js';

/** A commitment's state, subject and answered paragraphs resolve. */
export const knownState: Rule = {
  id: 'known-state',
  description: 'Every commitment names an existing state (its folder), an instrument matching its file name or the paragraphs it answers, and those exist.',
  severity: 'error',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
    const c = ctx.corpus;
    for (const cm of c.commitments.values()) {
      if (!ctx.wanted(cm.file)) continue;
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
    }
  },
};
