/**
 * findForces skips a pattern whose word is absent from the text (a cheap
 * `includes` on the lower-cased text instead of a regular-expression scan).
 * It must find exactly what scanning with every pattern finds, whatever the
 * case, and with the two non-ASCII letters that fold to ASCII under /iu.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectForce, findForces } from '../../src/text/force.js';

const SEED = Number(process.env.FC_SEED ?? 20261130);
const RUNS = Number(process.env.FC_RUNS ?? 2000);

describe('the word pre-check of force detection', () => {
  it('finds the same wording as scanning every pattern, on random texts', () => {
    const words = ['shall', 'SHALL', 'Shall', 'ſhall', 'must', 'will', 'political will', 'undertakes', 'agree', 'agrees', 'should', 'urges', 'urged', 'it is recommended', 'recommends', 'we recommend',
      'may', 'May', 'MAY', 'May 2004', 'as may be necessary', 'might', 'with all its might', 'consider', 'CONSIDERING', 'considers', 'the', 'states', 'measures', 'that', 'so that they', 'ma', 'y', 'K', 'ok', 'é', '\u00a0', ' ', '. ', ', '];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 20 }), (parts) => {
      const text = parts.join(' ');
      // A long s anywhere turns the pre-check off, so every pattern scans: the reference. Put at
      // the end, it moves no offset and completes no word.
      const reference = findForces(`${text} \u017f`).map((f) => [f.force, f.text, f.start]);
      expect(findForces(text).map((f) => [f.force, f.text, f.start])).toEqual(reference);
    }), { seed: SEED, numRuns: RUNS });
  });

  it('still sees a word spelled with a long s or in capitals', () => {
    expect(detectForce('The parties ſhall adopt measures.')?.force).toBe('shall');
    expect(detectForce('THE PARTIES SHALL ADOPT MEASURES.')?.force).toBe('shall');
    expect(detectForce('It is recommended that states act.')?.force).toBe('recommend');
    expect(detectForce('Nothing normative here.')).toBeUndefined();
  });
});
