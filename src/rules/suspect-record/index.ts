import { diffWords } from 'diff';
import { decidingIndex, suspectChanges, type SuspectChange } from '../../model/fingerprint.js';
import { defineRule } from '../define.js';

/** What changed in a paragraph's words, compactly: `[-old-]{+new+}` runs with a little context. */
export function wordingDiff(was: string, now: string, max = 300): string {
  const parts = diffWords(was, now);
  let out = '';
  parts.forEach((p, i) => {
    if (p.added) out += `{+${p.value}+}`;
    else if (p.removed) out += `[-${p.value}-]`;
    else {
      const words = p.value.split(' ');
      const head = i === 0 ? [] : words.slice(0, 4);
      const tail = i === parts.length - 1 ? [] : words.slice(-4);
      out += words.length <= 9 ? p.value : `${head.join(' ')}${head.length ? ' … ' : '… '}${tail.join(' ')}`;
    }
  });
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

function describe(c: SuspectChange): string {
  if (!c.bodyChanged) return `the obligation of \`${c.paragraph}\` changed since`;
  if (c.was === undefined) return `\`${c.paragraph}\` changed since (its old words are not kept)`;
  return `\`${c.paragraph}\` reads differently now: “${wordingDiff(c.was, c.now)}”`;
}

/** MEX/national-authority's record with what it answered: adopted/2 as the mini corpus has it (for the examples). */
const ANSWERED = {
  file: 'commitments/MEX/national-authority.md',
  replace: [['    evidence: [{source: a note verbale}]', '    evidence: [{source: a note verbale}]\n    answered: [{paragraph: adopted/2, fingerprint: "ae2dfaeba8d93e5f", text: "Member states consider designating a national authority. (Article 16 of UNTOC)"}]']] as Array<[string, string]>,
};

/** A commitment's deciding record answered a paragraph that has changed since. */
export const suspectRecord = defineRule({
  meta: {
    id: 'suspect-record',
    description: 'A commitment whose deciding record answered a paragraph that has changed since (its words or its obligation) is suspect until someone reviews it and runs plan confirm.',
    severity: 'warn',
    reads: 'front-matter',
    docs: 'A record answers a paragraph as it read when the record was written: its `answered` list keeps a fingerprint of the paragraph\'s words and obligation, and usually the words themselves. When the paragraph\'s words or obligation change afterwards, the commitment\'s deciding record (the newest as-of) is suspect: the finding shows what changed, word by word, and stays until someone reviews the record and runs `plan confirm`, which records the paragraph as it reads now. Records about an instrument (is the state party to the convention?) answer no paragraph\'s words and are never suspect; a record without `answered` (written by hand, before fingerprints) is not reported: `plan confirm` gives it one.',
    examples: [
      {
        title: 'The paragraph\'s words changed after the state\'s reply',
        changes: [
          ANSWERED,
          { file: 'paragraphs/adopted/2.md', body: 'Member states shall designate a national authority. (Article 16 of UNTOC)' },
        ],
        reports: ['Suspect record (as of 2022-05-01): `adopted/2` reads differently now: “Member states [-consider designating-]{+shall designate+} a national authority. (Article 16 of UNTOC)”. Review it, then run `plan confirm MEX/national-authority`.'],
      },
      {
        title: 'Only the paragraph\'s obligation changed',
        changes: [
          ANSWERED,
          { file: 'paragraphs/adopted/2.md', replace: [['summary: Designate a national authority', 'summary: Designate a central authority']] },
        ],
        reports: ['Suspect record (as of 2022-05-01): the obligation of `adopted/2` changed since.'],
      },
      {
        title: 'A record that answered the paragraph as it reads now',
        changes: [
          ANSWERED,
        ],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    commitment(cm) {
      if (cm.fm.instrument || !cm.fm.answers?.length) return;
      const i = decidingIndex(cm.fm.records);
      const r = cm.fm.records[i];
      if (!r) return;
      const changes = suspectChanges(ctx.corpus, r);
      for (const c of changes) {
        const j = (r.answered ?? []).findIndex((a) => a.paragraph === c.paragraph);
        ctx.report(cm.file, { path: ['records', i, 'answered', j, 'fingerprint'] }, `Suspect record (as of ${r['as-of']}): ${describe(c)}. Review it, then run \`plan confirm ${cm.id}\`.`);
      }
    },
  }),
});
