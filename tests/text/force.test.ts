import { describe, expect, it } from 'vitest';
import { detectForce, findForces } from '../../src/text/force.js';

const force = (t: string) => detectForce(t)?.force;

describe('detectForce', () => {
  it('finds each force word', () => {
    expect(force('The member states shall adopt measures.')).toBe('shall');
    expect(force('Electronic media must be utilized.')).toBe('must');
    expect(force('The member states will identify mechanisms.')).toBe('will');
    expect(force('The states of the Hemisphere undertake to adhere.')).toBe('undertake');
    expect(force('We agree to implement the following Plan of Action.')).toBe('agree');
    expect(force('AGREE:')).toBe('agree');
    expect(force('The member states should provide support.')).toBe('should');
    expect(force('Member States are urged to complete their processes.')).toBe('urge');
    expect(force('Urge those member states that have not yet done so.')).toBe('urge');
    expect(force('The Plan urges member states to ratify.')).toBe('urge');
    expect(force('It is also recommended that member states complete their processes.')).toBe('recommend');
    expect(force('the following measures are recommended, among others:')).toBe('recommend');
    expect(force('Finally, member states may consider concluding treaties.')).toBe('may');
    expect(force('States might enter into agreements.')).toBe('might');
    expect(force('Considering the adoption of systems.')).toBe('consider');
    expect(force('Member states consider the use of the UNTOC.')).toBe('consider');
  });

  it('lets the strongest group govern, ties to the first occurrence', () => {
    expect(force('Member states should consider signing. They should ratify.')).toBe('should');
    expect(force('The member states should address the need.  Electronic media must be utilized.')).toBe('must');
    expect(force('Member States are urged to act. It is also recommended that they sign. They should ratify.')).toBe('urge');
    expect(force('They must act; they shall report.')).toBe('must');
  });

  it('reads "should/will/shall/must consider" as consider: what is asked is to consider (issue 17)', () => {
    expect(force('member states that have not yet done so, should consider signing')).toBe('consider');
    expect(force('The member states will consider signing and ratifying')).toBe('consider');
    expect(force('The Council shall also consider the conversion')).toBe('consider');
    expect(force('Coordination should be institutionalized; member states should consider the following')).toBe('should');
    expect(detectForce('The member states will consider signing')?.text).toBe('consider');
  });

  it('returns the wording and its offset', () => {
    const t = 'In order to support them, the following measures are recommended, among others:';
    const f = detectForce(t);
    expect(f).toEqual({ force: 'recommend', text: 'are recommended', start: t.indexOf('are recommended') });
  });

  it('is not fooled by nouns, months and fixed phrases', () => {
    expect(force('This requires political will and resources.')).toBeUndefined();
    expect(force('It reflects the will of the member states.')).toBeUndefined();
    expect(force('adopted at the plenary session on 8 May 2004')).toBeUndefined();
    expect(force('adopted in May 2004 by the Assembly')).toBeUndefined();
    expect(force('to sign and ratify, as the case may be, the Convention')).toBeUndefined();
    expect(force('such measures as may be necessary')).toBeUndefined();
    expect(force('Kidnapping may or may not have transnational implications.')).toBeUndefined();
    expect(force('factors that may contribute to delays')).toBeUndefined();
    expect(force('so that they may be uploaded and shared')).toBeUndefined();
    expect(force('guidelines recommended by the specialized organizations')).toBeUndefined();
    expect(force('the recommendations of the meeting')).toBeUndefined();
    expect(force('to evaluate strategies and to recommend adjustments to them')).toBeUndefined();
    expect(force('crimes are generally not considered serious crimes')).toBeUndefined();
    expect(force('taking into consideration the rules')).toBeUndefined();
    expect(force('in undertaking or assigning the selected activities')).toBeUndefined();
    expect(force('Others agreed on for inclusion on the agenda')).toBeUndefined();
    expect(force('international treaties and agreements')).toBeUndefined();
    expect(force('CONSIDERING that organized crime threatens')).toBeUndefined();
    expect(force('urgent action')).toBeUndefined();
  });

  it('treats May at the start of a sentence as the modal', () => {
    expect(force('May the states act.')).toBe('may');
  });

  it('handles non-breaking spaces', () => {
    expect(force('it is\u00a0recommended that')).toBe('recommend');
  });

  it('lists every occurrence in order', () => {
    expect(findForces('They should act and may report; they shall close.').map((f) => f.force)).toEqual(['should', 'may', 'shall']);
  });

  it('returns undefined for text with no normative wording', () => {
    expect(detectForce('Recognizing the profound impact of organized crime.')).toBeUndefined();
    expect(detectForce('')).toBeUndefined();
  });

  it('sees a word spelled with a long s (it folds to s under /iu) or in capitals', () => {
    expect(detectForce('The parties ſhall adopt measures.')?.force).toBe('shall');
    expect(detectForce('THE PARTIES SHALL ADOPT MEASURES.')?.force).toBe('shall');
    expect(detectForce('It is recommended that states act.')?.force).toBe('recommend');
    expect(detectForce('Nothing normative here.')).toBeUndefined();
  });
});
