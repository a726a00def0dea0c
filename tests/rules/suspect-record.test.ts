import { describe, expect, it } from 'vitest';
import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { fingerprintFrom, normalisedBody } from '../../src/model/fingerprint.js';
import { suspectRecord, wordingDiff } from '../../src/rules/suspect-record/index.js';

const para = mini('paragraphs/adopted/2.md');
const body = normalisedBody(para.slice(para.indexOf('\n---\n', 4) + 5));
const obligation = { action: 'designate-authority', summary: 'Designate a national authority', subject: 'national authority' };
const fp = fingerprintFrom(body, obligation);

/** MEX/national-authority (answers adopted/2) with `answered` on its record; `mark` before its fingerprint (a finding's place). */
function answered(fingerprint: string, text?: string, mark = '‸'): string {
  const extra = `    answered:\n      - paragraph: adopted/2\n        fingerprint: ${mark}"${fingerprint}"\n${text !== undefined ? `        text: ${JSON.stringify(text)}\n` : ''}`;
  return mini('commitments/MEX/national-authority.md', [/\n---\n$/, `\n${extra}---\n`]);
}

const rel = 'commitments/MEX/national-authority.md';

ruleTester(suspectRecord, {
  valid: [
    { name: 'the mini corpus (a record without a fingerprint is not reported)', files: {} },
    { name: 'a record whose fingerprint matches the paragraph', files: { [rel]: answered(fp, body, '') } },
    { name: 'an instrument record is never suspect', files: { 'commitments/MEX/untoc.md': mini('commitments/MEX/untoc.md', [/\n---\n$/, '\n    answered: [{paragraph: adopted/2, fingerprint: "0123456789abcdef"}]\n---\n']) } },
  ],
  invalid: [
    {
      name: 'the words changed since: the difference is shown',
      files: { [rel]: answered(fingerprintFrom(`${body} Promptly.`, obligation), `${body} Promptly.`) },
      errors: [{ file: rel, message: 'reads differently now: “… (Article 16 of UNTOC)[- Promptly.-]”. Review it, then run `plan confirm MEX/national-authority`.' }],
    },
    {
      name: 'only the obligation changed',
      files: { [rel]: answered(fingerprintFrom(body, { ...obligation, summary: 'Designate an authority' }), body) },
      errors: [{ file: rel, message: 'the obligation of `adopted/2` changed since' }],
    },
    {
      name: 'a fingerprint without the old words names the paragraph',
      files: { [rel]: answered('0123456789abcdef') },
      errors: [{ file: rel, message: '`adopted/2` changed since (its old words are not kept)' }],
    },
  ],
});

describe('wordingDiff', () => {
  it('marks removed and added words, with context', () => {
    expect(wordingDiff('Member states designate a National Authority on TOC.', 'Member states designate a Central Authority on TOC.')).toBe('Member states designate a [-National-]{+Central+} Authority on TOC.');
  });
});

describe('fingerprint', () => {
  it('ignores line breaks, spacing and suppression comments, not words', () => {
    expect(fingerprintFrom(normalisedBody('a  b\nc <!-- plan-lint-disable-next-line x -- y -->'), obligation)).toBe(fingerprintFrom('a b c', obligation));
    expect(fingerprintFrom('a b c', obligation)).not.toBe(fingerprintFrom('a b d', obligation));
  });
});
