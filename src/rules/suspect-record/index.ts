import { diffWords } from 'diff';
import { decidingIndex, suspectChanges, type SuspectChange } from '../../model/fingerprint.js';
import type { LegacyRule as Rule } from '../types.js';

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

/**
 * A record answers a paragraph as it read when the record was written
 * (`answered`: its fingerprint). When the paragraph's words or obligation
 * change afterwards, the commitment's deciding record is suspect until someone
 * reviews it and runs `plan confirm`. Records about an instrument answer no
 * paragraph's words and are never suspect; a record without `answered`
 * (written before fingerprints) is not reported: `plan confirm` gives it one.
 */
export const suspectRecord: Rule = {
  id: 'suspect-record',
  description: 'A commitment whose deciding record answered a paragraph that has changed since (its words or its obligation) is suspect until someone reviews it and runs plan confirm.',
  severity: 'warn',
  scope: 'corpus',
  reads: 'front-matter',
  check(ctx) {
    for (const cm of ctx.corpus.commitments.values()) {
      if (!ctx.wanted(cm.file) || cm.fm.instrument || !cm.fm.answers?.length) continue;
      const i = decidingIndex(cm.fm.records);
      const r = cm.fm.records[i];
      if (!r) continue;
      const changes = suspectChanges(ctx.corpus, r);
      for (const c of changes) {
        const j = (r.answered ?? []).findIndex((a) => a.paragraph === c.paragraph);
        ctx.report(cm.file, { path: ['records', i, 'answered', j, 'fingerprint'] }, `Suspect record (as of ${r['as-of']}): ${describe(c)}. Review it, then run \`plan confirm ${cm.id}\`.`);
      }
    }
  },
};
