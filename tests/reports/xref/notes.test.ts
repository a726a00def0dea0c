/**
 * What the xref notes, the text labels and the html report's note say about
 * the adopted Plan comes from the documents' front matter (`short-title`,
 * `restates`), not from code: change the front matter and the words follow.
 */
import { describe, expect, it } from 'vitest';
import { documentsInfo, planNotes, reportPlanNote } from '../../../src/reports/xref/index.js';
import { lintFiles, load, removeCorpus, summary, type Files } from '../../helpers/fixture.js';
import { XREF } from '../../helpers/xref-fixture.js';

/** The fixture with `from` replaced by `to` in one file; fails when `from` is not there. */
function edited(file: string, from: string, to: string): Files {
  const text = XREF[file]!;
  expect(text).toContain(from);
  return { ...XREF, [file]: text.replace(from, to) };
}

function withCorpus<T>(files: Files, f: (c: ReturnType<typeof load>['corpus']) => T): T {
  const { corpus, root } = load(files);
  try {
    return f(corpus);
  } finally {
    removeCorpus(root);
  }
}

const label = (files: Files, id: string) => withCorpus(files, (c) => documentsInfo(c).find((d) => d.id === id)!.label);

describe('notes on a text outside the corpus, from `restates`', () => {
  it('say what the front matter says: two drafts, one restated list, and the report note in one sentence', () => {
    withCorpus(XREF, (c) => {
      expect(planNotes(c)).toEqual([
        'The Hemispheric Plan of Action as adopted (CP/RES. 908 (1567/06), October 2006) is not in the corpus.',
        'The Mexican draft (mex-draft-2005) and the CEDOT Chair’s draft (cedot-draft-2006) are drafts, the closest texts in the corpus to the adopted 2006 Plan, not the Plan as adopted.',
        'The Strategy (strategy-2021) restates the adopted Plan’s instrument list in its section 2, items i–xi.',
      ]);
      expect(reportPlanNote(c)).toEqual([
        'The Hemispheric Plan of Action as adopted (CP/RES. 908 (1567/06), October 2006) is not among these texts: the CEDOT Chair’s draft of 2006 is the closest text, and it is shown as the draft it is; the 2021 Strategy restates the adopted Plan’s instrument list.',
      ]);
    });
  });

  it('follow an edit of the front matter: the restated section and items, the short title', () => {
    const files = edited('documents/strategy-2021.md', '    section: "2"\n    items: i–xi\n', '    section: "4"\n    items: a–c\n');
    withCorpus(files, (c) => expect(planNotes(c)[2]).toBe('The Strategy (strategy-2021) restates the adopted Plan’s instrument list in its section 4, items a–c.'));
    expect(label(files, 'strategy-2021')).toBe('adopted; restates the adopted 2006 Plan’s list (section 4, a–c)');
    const renamed = edited('documents/cedot-draft-2006.md', 'short-title: CEDOT Chair’s draft', 'short-title: Chair’s text');
    withCorpus(renamed, (c) => expect(reportPlanNote(c)[0]).toContain(': the Chair’s text of 2006 is the closest text,'));
  });

  it('name only the drafts that say they are drafts of it; a text without `restates` gets no label beyond its status', () => {
    const one = { ...XREF, 'documents/mex-draft-2005.md': XREF['documents/mex-draft-2005.md']!.replace(/short-title: Mexican draft\nrestates:\n(?:    .*\n|  - .*\n)+/, '') };
    expect(one['documents/mex-draft-2005.md']).not.toContain('restates');
    withCorpus(one, (c) => expect(planNotes(c)[1]).toBe('The CEDOT Chair’s draft (cedot-draft-2006) is a draft, the closest text in the corpus to the adopted 2006 Plan, not the Plan as adopted.'));
    expect(label(one, 'mex-draft-2005')).toBe('draft');
  });

  it('are silent when no document restates a text outside the corpus', () => {
    const none = Object.fromEntries(Object.entries(XREF).map(([k, v]) => [k, k.startsWith('documents/') ? v.replace(/short-title: .*\nrestates:\n(?:    .*\n|  - .*\n)+/, '') : v]));
    withCorpus(none, (c) => {
      expect(planNotes(c)).toEqual([]);
      expect(reportPlanNote(c)).toEqual([]);
      expect(documentsInfo(c).map((d) => d.label)).toEqual(['draft', 'draft', 'adopted', 'adopted']);
    });
  });

  it('is checked by the schema: an unknown kind of restating is a lint error on its line', () => {
    const bad = edited('documents/strategy-2021.md', 'as: instrument-list', 'as: summary');
    const line = bad['documents/strategy-2021.md']!.split('\n').findIndex((l) => l.includes('as: summary')) + 1;
    const before = summary(lintFiles(XREF));
    const after = summary(lintFiles(bad));
    expect(after.filter((m) => !before.includes(m))).toEqual([`documents/strategy-2021.md:${line}:9 schema`]);
  });
});
