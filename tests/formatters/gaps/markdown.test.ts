import { afterAll, describe, expect, it } from 'vitest';
import { gapsMarkdown, linkTarget, md, mdSources } from '../../../src/formatters/gaps/markdown.js';
import type { GapsDiff } from '../../../src/reports/gaps/diff.js';
import { removeCorpus } from '../../helpers/fixture.js';
import { ITEM_KEYS, gapsViews } from '../../helpers/gaps-fixture.js';

const v = gapsViews();
afterAll(() => removeCorpus(v.root));

/** The rows of the Markdown table that follows a heading line. */
function tableAfter(text: string, heading: string): string[][] {
  const L = text.split('\n');
  let i = L.indexOf(heading) + 1;
  while (i < L.length && !L[i]!.startsWith('|')) i++;
  const rows: string[][] = [];
  for (; i < L.length && L[i]!.startsWith('|'); i++) rows.push(L[i]!.slice(2, -2).split(/ (?<!\\)\| /));
  return rows;
}

describe('gaps markdown, one state', () => {
  const out = gapsMarkdown(v.state('MEX'));

  it('has a title, the documents, what a row counts and how records are dated', () => {
    expect(out.startsWith('# Gaps: Mexico (MEX)\n\nWhat strategy (adopted) asks of member states, one row per paragraph that asks something (a paragraph that names several instruments gives one row each; `--by instrument` counts each instrument once). Today 2026-01-01. A ratification, accession, acceptance, approval or succession is a final fact: it is shown "recorded as of" the date of its source and does not expire. A status that can change (not done, in progress, partial, an answer to an obligation) is marked stale when its record is older than 5 years (as of before 2021-01-01).\n')).toBe(true);
  });

  it('counts items by status with a total, then coverage first in words', () => {
    const rows = tableAfter(out, '## Summary');
    expect(rows.slice(2)).toEqual([
      ['✓ done', '1'], ['◐ partial', '1'], ['→ in-progress', '1'], ['✗ not-done', '1'], ['– not-applicable', '1'], ['? no-record', '1'], ['**Total**', '**6**'],
    ]);
    expect(out).toContain('6 items; 5 with a record (83%): 1 done, 1 partial, 1 in progress, 1 not done, 1 not applicable; 1 no record. Stale records: 1.');
    expect(out).not.toMatch(/Share done|% done/);
  });

  it('lists every item in a table whose rows all have the header\'s cells', () => {
    const rows = tableAfter(out, '## Items');
    expect(rows[0]).toEqual(['Item', 'What is asked', 'Force', 'Status', 'As of', 'Record']);
    expect(rows.slice(2).map((r) => r[0])).toEqual(ITEM_KEYS.map((k) => `\`${k}\``));
    for (const r of rows) expect(r).toHaveLength(6);
    expect(rows[2]).toEqual(['`strategy/1.a#untoc`', 'Join the Palermo Convention', 'urge', '✓ done', '2014-01-27', 'final']);
  });

  it('escapes pipes and angle brackets of corpus text so the table holds', () => {
    expect(out).toContain('| `strategy/3` | Share data on seizures, \\| pipes and &lt;tags&gt; stay text | consider | ? no-record | — | — |');
    expect(md('a|b <i>x</i> *y* [z](u) é “q”')).toBe('a\\|b &lt;i&gt;x&lt;/i&gt; \\*y\\* \\[z\\](u) é “q”');
  });

  it('lists the records of each item, newest first, with the commitment they come from', () => {
    expect(out).toContain('- `strategy/2`\n'
      + '  - **partial** as of 2023-05-01 — a corrected report (`MEX/national-authority`)\n'
      + '  - earlier: **not-done** as of 2023-05-01 — a first report (`MEX/national-authority`)\n'
      + '  - earlier: **not-done** as of 2020-02-02 — a questionnaire (`MEX/focal-point`)\n');
  });

  it("adds a record's note", () => {
    expect(out).toContain('  - **not-applicable** as of 2022-01-01 — an OAS table (`MEX/cifta`). Note: not open to it\n');
  });

  it('says at the top when a state has left the OAS', () => {
    const nic = gapsMarkdown(v.state('NIC'));
    expect(nic.split('\n')[2]).toBe('> **Nicaragua (NIC) has left the OAS: denounced charter 2021-11-19, withdrawal effective 2023-11-19. Its items are listed all the same.**');
    expect(out).not.toContain('> **');
  });

  it('has a section on what changed since a revision', () => {
    const since: GapsDiff = {
      ref: 'v1', commit: 'f'.repeat(40), counts: { closed: 1, changed: 0, opened: 0, disappeared: 0, unchanged: 5 },
      changes: [{ kind: 'closed', key: 'strategy/1.a#untoc', paragraph: 'strategy/1.a', instrument: 'untoc', before: 'not-done', after: 'done' }],
    };
    const text = gapsMarkdown({ ...v.state('MEX'), since });
    expect(text).toContain('## Since `v1` (ffffffffffff)\n\n1 closed, 0 changed, 0 opened, 0 disappeared; 5 unchanged.\n\n| Change | Item | Then | Now |\n| --- | --- | --- | --- |\n| closed | `strategy/1.a#untoc` | not-done | done |\n');
  });
});

describe('gaps markdown, the hemisphere and one instrument', () => {
  it('draws the matrices and per-state totals', () => {
    const out = gapsMarkdown(v.all);
    expect(tableAfter(out, '## States × instruments')).toEqual([
      ['State', '1', '2', '3', '4'], ['---', '---', '---', '---', '---'],
      ['ARG', '?', '?', '?', '?'], ['CUB', '✓', '?', '?', '?'], ['MEX', '✓', '→', '✗', '–'], ['NIC', '✗', '?', '?', '?'],
    ]);
    expect(out).toContain('1. `untoc` — United Nations Convention against Transnational Organized Crime');
    expect(tableAfter(out, '## States × other obligations').slice(2)).toEqual([['ARG', '?'], ['CUB', '?'], ['MEX', '◐'], ['NIC', '?']]);
    expect(out).toContain('No state has a record on this other obligation:\n\n- `strategy/3` (consider) — Share data on seizures, \\| pipes and &lt;tags&gt; stay text\n');
    const totals = tableAfter(out, '## Totals');
    expect(totals[0]!.slice(0, 4)).toEqual(['State', 'Name', 'With a record', 'Coverage']);
    expect(totals.find((r) => r[0] === 'MEX')).toEqual(['MEX', 'Mexico', '5/6', '83%', '1', '1', '1', '1', '1', '1', '']);
    expect(out.match(/"No record" means/g)).toHaveLength(1);
    expect(totals.find((r) => r[0] === 'CUB')!.at(-1)).toBe('not-participating');
    expect(out).toContain('> **Cuba (CUB) is an OAS member that does not participate. Its items are listed all the same.**');
    expect(tableAfter(out, '### All states together').at(-1)).toEqual(['**Total**', '**24**']);
  });

  it("lists every state's standing on an instrument", () => {
    const out = gapsMarkdown(v.instrument('untoc'));
    const rows = tableAfter(out, '## States');
    expect(rows.find((r) => r[0] === 'MEX')).toEqual(['MEX', 'Mexico', '✓ done', 'signed 2000-12-13, ratified 2003-03-04', '2014-01-27', 'final', 'UN Treaty Collection, chapter XVIII-12 (via shared/data/untc.csv)', '']);
    expect(rows.find((r) => r[0] === 'NIC')!.at(-1)).toBe('withdrawn');
  });
});

describe('gaps markdown, sources', () => {
  it('links web sources as [source](url), which CommonMark shows as a link, and keeps other addresses as text', () => {
    expect(mdSources([{ source: 'UNTC *table*', via: 'a_csv', url: 'https://treaties.un.org/Pages/View.aspx?src=T&mtdsg_no=XVIII-12&x=(1)' }]))
      .toBe('UNTC \\*table\\* (via a\\_csv) [source](https://treaties.un.org/Pages/View.aspx?src=T&mtdsg_no=XVIII-12&x=%281%29)');
    expect(mdSources([{ source: 'a', url: 'javascript:alert(1)' }])).toBe('a (javascript:alert(1))');
    expect(mdSources([{ source: 'a' }, { source: 'b', url: 'http://x.org/a b' }])).toBe('a; b [source](http://x.org/a%20b)');
    expect(linkTarget('ftp://x')).toBeUndefined();
  });
});
