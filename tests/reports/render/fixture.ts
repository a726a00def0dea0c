/**
 * A small working draft for the render tests: nested headings (one without
 * paragraphs), printed and unprinted paragraphs, a lead-in with lettered items
 * and roman sub-items, bullets, a footnote on a paragraph and one whose target
 * is missing, priority data, hostile characters, and a paragraph that goes
 * back to an earlier section.
 */
import { afterAll } from 'vitest';
import { load, removeCorpus, type Files } from '../../helpers/fixture.js';
import type { Corpus } from '../../../src/model/model.js';

function para(id: string, fm: string, body: string): [string, string] {
  const [doc, number] = [id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1)];
  return [`paragraphs/${doc}/${number}.md`, `---\nid: ${id}\ndocument: ${doc}\nnumber: "${number}"\n${fm}\n---\n${body}\n`];
}

export const RENDER_FIXTURE: Files = Object.fromEntries([
  ['bodies/mexico.md', '---\nid: mexico\nname: Mexico\nkind: state\n---\n'],
  ['bodies/general-assembly.md', '---\nid: general-assembly\nname: General Assembly\nkind: organ\n---\n'],
  ['documents/wd.md', `---
id: wd
title: A working draft & <its> “title”
date: 2026-11
author: mexico
status: working-draft
outline:
  - title: General measures
    number: I
    children:
      - title: Legal framework
        number: A
      - title: Empty heading
        number: B
  - title: Follow-up
source: test fixture
---
`],
  ['documents/ad.md', `---
id: ad
title: An adopted text
symbol: AG/DOC. 1/26
date: 2026-06-01
author: general-assembly
status: adopted
adopted: {by: general-assembly, instrument: AG/RES. 1 (LVI-O/26), date: 2026-06-01}
outline: []
source: test fixture
---
`],
  para('ad/1', 'printed: true\nposition: 1\nsection: []\ntype: operative', 'The only paragraph.'),
  para('wd/pp.1', 'printed: false\nposition: 1\nsection: []\ntype: preambular', 'THE MEMBER STATES,\nsecond line of the same paragraph'),
  para('wd/1', 'printed: true\nposition: 2\nsection: [General measures]\ntype: operative', 'To act *now* on <script>alert(1)</script> & more\u0007.'),
  para('wd/2', 'printed: true\nposition: 3\nsection: [General measures, Legal framework]\ntype: lead-in', 'To join the following:'),
  para('wd/2.a', 'printed: true\nposition: 4\nsection: [General measures, Legal framework]\ntype: list-item\nrelations: [{type: part-of, target: wd/2}]', 'The first convention;'),
  para('wd/2.b', 'printed: true\nposition: 5\nsection: [General measures, Legal framework]\ntype: list-item\nrelations: [{type: part-of, target: wd/2}]', 'The protocols:'),
  para('wd/2.b.i', 'printed: true\nposition: 6\nsection: [General measures, Legal framework]\ntype: list-item\nrelations: [{type: part-of, target: wd/2.b}]', '1. its first protocol;'),
  para('wd/2.b.ii', 'printed: true\nposition: 7\nsection: [General measures, Legal framework]\ntype: list-item\nrelations: [{type: part-of, target: wd/2.b}]', '# its second protocol.'),
  para('wd/2.c', 'printed: true\nposition: 8\nsection: [General measures, Legal framework]\ntype: list-item\nrelations: [{type: part-of, target: wd/2}]', 'The last convention.'),
  para('wd/3', 'printed: true\nposition: 9\nsection: [General measures, Legal framework]\ntype: operative\npriority: [{date: "2026-12-01", meeting: First meeting, source: wd/fn.1}]', 'A paragraph with a footnote.'),
  para('wd/3.a', 'printed: false\nposition: 10\nsection: [General measures, Legal framework]\ntype: bullet\nrelations: [{type: part-of, target: wd/3}]', 'A bullet.'),
  para('wd/follow-up.1', 'printed: false\nposition: 11\nsection: [Follow-up]\ntype: follow-up', 'Follow-up text.'),
  para('wd/4', 'printed: true\nposition: 12\nsection: [General measures, Legal framework]\ntype: operative', 'Back in the legal framework.'),
  para('wd/fn.1', 'printed: false\nposition: 13\nsection: [General measures, Legal framework]\ntype: footnote\nrelations: [{type: annotates, target: wd/3}]', 'The footnote on paragraph 3.'),
  para('wd/fn.2', 'printed: false\nposition: 14\nsection: [Follow-up]\ntype: footnote\nrelations: [{type: annotates, target: wd/99, resolved: false, description: a lost paragraph}]', 'A footnote whose paragraph is gone.'),
]);

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) removeCorpus(r);
});

/** The fixture loaded (removed after the test file). */
export function renderFixture(): Corpus {
  const r = load(RENDER_FIXTURE);
  roots.push(r.root);
  return r.corpus;
}
