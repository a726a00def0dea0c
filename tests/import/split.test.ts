/**
 * The seed splitter as one function (src/import/seeds/split.ts): a small
 * text and its layout in, the paragraphs out — numbers as printed or
 * derived, types, lead-ins, joins, the footnote and what it annotates — and
 * a layout that disagrees with its text is one error naming the line.
 */
import { describe, expect, it } from 'vitest';
import type { DocLayout } from '../../src/import/seeds/layout.js';
import { splitDocument, tokens, type SplitDocument } from '../../src/import/seeds/split.js';

const LAYOUT: DocLayout = {
  file: 'tiny.txt',
  meta: { id: 'tiny-2024', title: 'A tiny plan', date: '2024', author: 'csh', status: 'circulated-draft', genre: 'draft-plan', source: 'test' },
  titleLines: ['TINY PLAN'],
  root: { slug: 'intro', type: 'introduction' },
  headings: [
    { line: 'A. GENERAL MEASURES', level: 1, type: 'operative', id: 'A', addressees: ['member-states'] },
    { line: 'I. Training', level: 2, type: 'operative', id: 'A.I' },
    { line: 'Follow-up:', level: 1, type: 'follow-up', slug: 'follow-up' },
  ],
  marks: [
    { at: 'The member states,', id: 'chapeau', type: 'preambular', zoneType: 'preambular' },
    { at: 'Agree to ratify the following', items: { instruments: true } },
  ],
  joins: ['signed at Washington'],
  footnote: { note: 'under heading I' },
};

const TEXT = [
  '\ufeffTINY PLAN',
  '',
  'This plan is short.',
  'The member states,',
  'Recalling the Charter;',
  'A. GENERAL MEASURES',
  '1.',
  'States should train judges:',
  'a. in evidence;',
  'b. in extradition.',
  'i. first sub-item;',
  'ii. second sub-item.',
  '2. Agree to ratify the following:',
  '\u00b7 the Convention;',
  'signed at Washington',
  '\u00b7 its Protocol.',
  'I. Training',
  '/',
  'Courses are offered.',
  'Follow-up:',
  'The Committee reports yearly.',
  '\ufffd Priority given in 2009.',
].join('\r\n');

function split(layout: DocLayout = LAYOUT, text: string = TEXT): SplitDocument {
  return splitDocument(layout, text);
}

describe('splitDocument', () => {
  it('numbers every paragraph as printed, else by its section and position, in reading order', () => {
    const d = split();
    expect(d.paragraphs.map((p) => [p.number, p.printed, p.type, p.line])).toEqual([
      ['intro.1', false, 'introduction', 3],
      ['chapeau', false, 'preambular', 4],
      ['intro.2', false, 'preambular', 5],
      ['1', true, 'operative', 7],
      ['1.a', true, 'list-item', 9],
      ['1.b', true, 'list-item', 10],
      ['1.b.i', true, 'list-item', 11],
      ['1.b.ii', true, 'list-item', 12],
      ['2', true, 'operative', 13],
      ['2.a', false, 'bullet', 14],
      ['2.b', false, 'bullet', 16],
      ['A.I.1', false, 'operative', 19],
      ['follow-up.1', false, 'follow-up', 21],
      ['fn.1', false, 'footnote', 22],
    ]);
    expect(d.paragraphs.map((p) => p.position)).toEqual(d.paragraphs.map((_, i) => i + 1));
  });

  it('keeps each line verbatim, with the marker stripped; a join line continues the paragraph before it', () => {
    const d = split();
    const by = (n: string) => d.paragraphs.find((p) => p.number === n)!;
    expect(by('1').lines).toEqual(['States should train judges:']);
    expect(by('1.b.i').lines).toEqual(['first sub-item;']);
    expect(by('2.a').lines).toEqual(['the Convention;', 'signed at Washington']);
    expect(by('fn.1').lines).toEqual(['Priority given in 2009.']);
    // The title line is no paragraph.
    expect(d.paragraphs.some((p) => p.lines.includes('TINY PLAN'))).toBe(false);
  });

  it('hangs list items on their lead-in, and bullets on the paragraph that introduces them', () => {
    const d = split();
    const leadIn = Object.fromEntries(d.paragraphs.map((p) => [p.number, p.leadIn?.number]));
    expect(leadIn['1.a']).toBe('1');
    expect(leadIn['1.b.i']).toBe('1.b');
    expect(leadIn['2.a']).toBe('2');
    expect(leadIn['2.b']).toBe('2');
    expect(leadIn['1']).toBeUndefined();
    expect(d.paragraphs.find((p) => p.number === '2.a')!.leadIn!.mark?.items?.instruments).toBe(true);
  });

  it('gives sections, addressees of the section, the outline and the footnote anchor', () => {
    const d = split();
    const by = (n: string) => d.paragraphs.find((p) => p.number === n)!;
    expect(by('intro.1').section).toEqual([]);
    expect(by('1.a').section).toEqual(['GENERAL MEASURES']);
    expect(by('A.I.1').section).toEqual(['GENERAL MEASURES', 'Training']);
    expect(by('A.I.1').sectionAddressees).toEqual(['member-states']);
    expect(by('follow-up.1').sectionAddressees).toBeUndefined();
    expect(d.outline).toEqual([
      { title: 'GENERAL MEASURES', number: 'A', children: [{ title: 'Training', number: 'I' }] },
      { title: 'Follow-up:' },
    ]);
    expect(by('fn.1').section).toEqual(['GENERAL MEASURES', 'Training']);
    expect(by('fn.1').annotates?.number).toBe('A.I.1');
  });

  it('joins a bare marker line to the next line, and reads CR, LF and CRLF alike', () => {
    expect(tokens('7.\n  Text here \r\n\r\n\u00b7\rbullet')).toEqual([
      { text: '7. Text here', line: 1 },
      { text: '\u00b7 bullet', line: 4 },
    ]);
    expect(split(LAYOUT, TEXT.replace(/\r\n/g, '\n')).paragraphs.map((p) => p.number)).toEqual(split().paragraphs.map((p) => p.number));
  });

  it('fails, naming the document and line, when the layout and the text disagree', () => {
    const replaced = (from: string, to: string): string => {
      expect(TEXT).toContain(from);
      return TEXT.replace(from, to);
    };
    expect(() => split(LAYOUT, replaced('I. Training', 'I. Teaching'))).toThrow('tiny-2024 (tiny.txt): heading not found: I. Training');
    expect(() => split(LAYOUT, replaced('Courses are offered.', 'Courses are offered.\r\n2. Again'))).toThrow(/duplicate number 2 \(line 20\)/);
    expect(() => split(LAYOUT, replaced('signed at Washington', 'signed in Lima'))).toThrow('join line not found: signed at Washington');
    expect(() => split(LAYOUT, replaced('\ufffd Priority given in 2009.', ''))).toThrow('footnote expected, none found');
    expect(() => split({ ...LAYOUT, marks: [...LAYOUT.marks, { at: 'Nowhere in the text' }] })).toThrow('mark not found: Nowhere in the text');
  });
});
