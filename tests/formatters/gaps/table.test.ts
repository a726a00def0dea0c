import { afterAll, describe, expect, it } from 'vitest';
import { gapsTable, wrap } from '../../../src/formatters/gaps/table.js';
import { letterLabel as letters } from '../../../src/util/labels.js';
import type { GapsDiff } from '../../../src/reports/gaps/diff.js';
import { removeCorpus, type Files } from '../../helpers/fixture.js';
import { GAPS_FIXTURE, gapsViews } from '../../helpers/gaps-fixture.js';

const v = gapsViews();
/** Long texts everywhere: 40 instruments in one list, a 300-character summary, a long name and source, an escape character. */
const LONG: Files = {
  ...GAPS_FIXTURE,
  'paragraphs/strategy/1.b.md': String(GAPS_FIXTURE['paragraphs/strategy/1.b.md'])
    .replace('instruments: [untoc-tip, untoc-som]', `instruments: [untoc-tip, untoc-som, ${Array.from({ length: 36 }, (_, i) => `instrument-with-a-long-id-${i + 1}`).join(', ')}]`)
    .replace('summary: Join its protocols on trafficking and on smuggling', `summary: "${'Join the protocols \\u001b[31m and all the other instruments '.repeat(5).slice(0, 290)}"`),
  'states/VCT.md': '---\nid: VCT\niso2: VC\nnumeric: "670"\nname: {en: Saint Vincent and the Grenadines (a long name indeed), es: San Vicente y las Granadinas}\noas: {member-since: 1981}\nsources: [test fixture]\n---\n',
  'commitments/VCT/untoc.md': `---\nid: VCT/untoc\nstate: VCT\ninstrument: untoc\nrecords:\n  - status: done\n    events: [{action: signed, date: 2000-12-13}, {action: ratified, date: 2001-01-01}, {action: formal-confirmation, date: 2002-02-02}, {action: succeeded, date: 2003-03-03}]\n    as-of: 2014-01-27\n    evidence: [{source: "${'A very long source description, '.repeat(25)}"}]\n---\n`,
};
const long = gapsViews(LONG);
afterAll(() => {
  removeCorpus(v.root);
  removeCorpus(long.root);
});

const ESC = '\u001b';
const plain = { color: false };

function lines(s: string): string[] {
  return s.replace(/\n$/, '').split('\n');
}

describe('gaps table, one state', () => {
  const out = gapsTable(v.state('MEX'), plain);

  it('ends with coverage first (items with a record), the statuses among those, then the stale count', () => {
    // The coverage line is wrapped at 100 columns like every line.
    expect(out).toContain('\n6 items; 5 with a record (83%): 1 done, 1 partial, 1 in progress, 1 not done, 1 not applicable; 1 no\nrecord.\n1 stale record (a status that can change, recorded before the cut-off).\n');
    expect(out).not.toMatch(/% done/);
    expect(out).toContain('By action: designate-authority 1, join-instruments 4, share-information 1.');
  });

  it('lists each item once, with status, force, as-of and whether the record is final or stale, then what is asked and the records', () => {
    const L = lines(out);
    const row = L.find((l) => l.endsWith('strategy/1.a#untoc'))!;
    expect(row.split(/\s{2,}/)).toEqual(['done', 'urge', '2014-01-27', 'final', 'strategy/1.a#untoc']);
    expect(L.find((l) => l.endsWith('strategy/1.b#untoc-som'))!.split(/\s{2,}/)).toEqual(['not-done', 'urge', '2014-01-27', 'stale', 'strategy/1.b#untoc-som']);
    expect(out).not.toMatch(/\d\.\dy/);
    const at = L.indexOf(row);
    expect(L[at + 1]!.trim()).toBe('Join the Palermo Convention');
    expect(L[at + 2]!.trim()).toBe('signed 2000-12-13, ratified 2003-03-04 [1]');
    expect(L[at + 3]!.trim()).toBe('earlier: in-progress as of 2001-01-01, signed 2000-12-13 [2]');
    for (const key of Object.keys(v.state('MEX').report.items)) expect(L.filter((l) => l.endsWith(`  ${key}`)).length).toBeLessThanOrEqual(1);
    const none = L.find((l) => l.endsWith('strategy/3'))!;
    expect(none.split(/\s{2,}/)).toEqual(['no-record', 'consider', '—', '—', 'strategy/3']);
  });

  it("shows a record's note on one line", () => {
    const L = lines(out);
    const at = L.findIndex((l) => l.endsWith('strategy/1.c#cifta'));
    expect(L.slice(at + 1, at + 4).map((l) => l.trim())).toEqual(['Join CIFTA “the firearms convention”', '[4]', 'note: not open to it']);
  });

  it('numbers the sources once each', () => {
    expect(out).toContain('\nSources:\n  [1] UN Treaty Collection, chapter XVIII-12 (via shared/data/untc.csv)\n  [2] an older table\n');
    expect(out.match(/UN Treaty Collection/g)).toHaveLength(1);
  });

  it('says nothing of membership for a participating state, and says so at the top for one that left or does not participate', () => {
    expect(out).not.toMatch(/left the OAS|does not participate/);
    expect(lines(gapsTable(v.state('NIC'), plain)).slice(0, 3).join(' ')).toContain('Nicaragua (NIC) has left the OAS: denounced charter 2021-11-19, withdrawal effective 2023-11-19.');
    expect(lines(gapsTable(v.state('CUB'), plain))[1]).toContain('Cuba (CUB) is an OAS member that does not participate.');
  });

  it('colours only when asked', () => {
    expect(out).not.toContain(ESC);
    expect(gapsTable(v.state('MEX'), { color: true })).toContain(`${ESC}[32mdone`);
  });

  it('shows what changed since a revision', () => {
    const since: GapsDiff = {
      ref: 'v1', commit: 'abcdef0123456789'.repeat(2) + '01234567',
      counts: { closed: 1, changed: 0, opened: 1, disappeared: 1, unchanged: 3 },
      changes: [
        { kind: 'opened', key: 'strategy/3', paragraph: 'strategy/3', after: 'no-record' },
        { kind: 'closed', key: 'strategy/1.a#untoc', paragraph: 'strategy/1.a', instrument: 'untoc', before: 'in-progress', after: 'done' },
        { kind: 'disappeared', key: 'strategy/9', paragraph: 'strategy/9', before: 'not-done' },
      ],
    };
    const t = gapsTable({ ...v.state('MEX'), since }, plain);
    expect(t).toContain('Since v1 (abcdef012345): 1 closed, 0 changed, 1 opened, 1 disappeared; 3 unchanged.\n'
      + '  closed      strategy/1.a#untoc  in-progress → done\n'
      + '  opened      strategy/3          (none) → no-record\n'
      + '  disappeared strategy/9          not-done → (none)\n');
  });
});

describe('gaps table, the hemisphere', () => {
  const out = gapsTable(v.all, plain);

  it('draws states × instruments with symbols, numbered columns and their legend', () => {
    const L = lines(out);
    const at = L.indexOf('States × instruments');
    expect(L.slice(at + 1, at + 6)).toEqual(['     1  2  3  4', 'ARG  ?  ?  ?  ?', 'CUB  ✓  ?  ?  ?', 'MEX  ✓  →  ✗  –', 'NIC  ✗  ?  ?  ?']);
    expect(L[at + 6]).toBe('  1 untoc — United Nations Convention against Transnational Organized Crime');
  });

  it('draws the other obligations with lettered columns, and lists in one line those nobody has a record on', () => {
    const L = lines(out);
    const at = L.indexOf('States × other obligations');
    expect(L.slice(at + 1, at + 6)).toEqual(['     a', 'ARG  ?', 'CUB  ?', 'MEX  ◐', 'NIC  ?']);
    expect(L[at + 6]).toBe('  a strategy/2 (shall) — Designate a national authority on TOC');
    expect(L).toContain('No state has a record on 1 other obligation: strategy/3.');
  });

  it('gives per-state totals (with a record / total, coverage, each status) and membership', () => {
    const L = lines(out);
    expect(L.find((l) => l.startsWith('MEX    '))).toBe('MEX    Mexico         5/6  83%   1   1   1   1   1   1');
    expect(L.find((l) => l.startsWith('NIC    '))).toBe('NIC    Nicaragua      1/6  17%   0   0   0   1   0   5  withdrawn');
    expect(L.find((l) => l.startsWith('ARG    '))).toBe('ARG    Argentina      0/6   0%   0   0   0   0   0   6');
    expect(L).toContain('24 state items; 7 with a record (29%): 2 done, 1 partial, 1 in progress, 2 not done, 1 not');
    expect(out.replace(/\n/g, ' ')).toContain(' 24 state items; 7 with a record (29%): 2 done, 1 partial, 1 in progress, 2 not done, 1 not applicable; 17 no record. 2 stale records (a status that can change, recorded before the cut-off).');
    expect(out).toContain('"No record" means that no source in the corpus says either way');
    expect(out).toContain('Legend: ✓ done  ◐ partial  → in-progress  ✗ not-done  – not-applicable  ? no-record');
  });

  it('labels columns a..z, then aa, ab', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(letters)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba']);
  });
});

describe('gaps table, one instrument', () => {
  it("shows every state's status, as-of, age, events and source", () => {
    const out = gapsTable(v.instrument('untoc'), plain);
    const L = lines(out);
    expect(L.find((l) => l.startsWith('MEX'))!.split(/\s{2,}/)).toEqual(['MEX', 'done', '2014-01-27', 'final', 'signed 2000-12-13, ratified 2003-03-04 [1]']);
    expect(L.find((l) => l.startsWith('ARG'))!.split(/\s{2,}/)).toEqual(['ARG', 'no-record', '—', '—']);
    expect(out).toContain('Asked by strategy (adopted): strategy/1.a#untoc (urge)');
    expect(out).toContain('Nicaragua (NIC) has left the OAS');
    expect(out).toContain('\n4 states; 3 with a record (75%): 2 done, 1 not done; 1 no record.\n1 stale record (a status that can change, recorded before the cut-off).\n');
  });
});

describe('width and hostile text', () => {
  it('keeps every line within 100 columns, in every mode, however long the texts', () => {
    for (const view of [long.state('VCT'), long.state('MEX'), long.all, long.instrument('untoc'), v.state('NIC'), v.all]) {
      for (const l of lines(gapsTable(view, plain))) expect([...l].length, l).toBeLessThanOrEqual(100);
    }
  });

  it('splits a wide matrix into chunks that fit', () => {
    const L = lines(gapsTable(long.all, plain));
    expect(L.filter((l) => l.startsWith('MEX  ') && /[✓◐→✗–?·]/.test(l)).length).toBeGreaterThan(1);
  });

  it('shows control characters escaped, never raw', () => {
    const out = gapsTable(long.state('MEX'), plain);
    expect(out).not.toContain(ESC);
    expect(out).toContain('\\u{1b}[31m');
  });

  it('wraps words to the width', () => {
    expect(wrap('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap('x'.repeat(12), 5)).toEqual(['xxxx…']);
  });
});
