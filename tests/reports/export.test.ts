import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadCorpus } from '../../src/model/load.js';
import { exportCsv } from '../../src/formatters/export/csv.js';
import { exportJson } from '../../src/formatters/export/json.js';
import { exportJsonl } from '../../src/formatters/export/jsonl.js';
import { parseCsv } from '../../src/formatters/csv.js';
import { COLUMNS, EXPORT_KINDS, exportTable, type ExportKind, type Row } from '../../src/reports/export.js';
import { gapsAll, obligationItems, standing } from '../../src/reports/gaps/index.js';
import { RULE_IDS } from '../../src/rules/index.js';

const ROOT = new URL('../../corpus/', import.meta.url).pathname;
const corpus = loadCorpus(ROOT, loadConfig(ROOT, RULE_IDS));
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What the model holds, counted without the export: the ids a table must have, in order. */
function modelIds(kind: ExportKind): string[] {
  switch (kind) {
    case 'paragraphs': return [...corpus.paragraphs.keys()];
    case 'instruments': return [...corpus.instruments.keys()];
    case 'states': return [...corpus.states.keys()];
    case 'commitments': return [...corpus.commitments.keys()];
    case 'records': return [...corpus.commitments.values()].flatMap((c) => c.fm.records.map((_r, i) => `${c.id}@${i + 1}`));
    case 'obligations': {
      const all = gapsAll(corpus, { documents: [...corpus.documents.keys()], today: '2026-01-01', staleAfterYears: 5 });
      return all.obligations.map((o) => o.key);
    }
  }
}
const idOf = (kind: ExportKind, r: Row): string => (kind === 'records' ? `${String(r['commitment'])}@${String(r['record'])}` : String(r[COLUMNS[kind][0]!]));

describe('plan export tables of the shipped corpus', () => {
  it('have the counts of the model: 454 paragraphs, 19 instruments, 35 states, 350 commitments and records', () => {
    expect(exportTable(corpus, 'paragraphs').rows).toHaveLength(454);
    expect(exportTable(corpus, 'paragraphs').rows).toHaveLength(corpus.paragraphs.size);
    expect(exportTable(corpus, 'instruments').rows).toHaveLength(corpus.instruments.size);
    expect(exportTable(corpus, 'states').rows).toHaveLength(corpus.states.size);
    expect(exportTable(corpus, 'states').rows).toHaveLength(35);
    expect(exportTable(corpus, 'commitments').rows).toHaveLength(corpus.commitments.size);
    const records = [...corpus.commitments.values()].reduce((n, c) => n + c.fm.records.length, 0);
    expect(exportTable(corpus, 'records').rows).toHaveLength(records);
  });

  for (const kind of EXPORT_KINDS) {
    it(`${kind}: one row per item of the model, the same ids, each once, every row with exactly the columns, every cell a scalar`, () => {
      const t = exportTable(corpus, kind);
      const ids = t.rows.map((r) => idOf(kind, r));
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort(cmp)).toEqual(modelIds(kind).sort(cmp));
      for (const r of t.rows) {
        expect(Object.keys(r)).toEqual([...COLUMNS[kind]]);
        for (const v of Object.values(r)) expect(v === null || ['string', 'number', 'boolean'].includes(typeof v)).toBe(true);
      }
    });

    it(`${kind}: jsonl, json and csv read back to the same rows`, () => {
      const t = exportTable(corpus, kind);
      const jsonl = exportJsonl(t);
      expect(jsonl.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row)).toEqual(t.rows);
      expect(JSON.parse(exportJson(t))).toEqual(t.rows);
      const [header, ...rows] = parseCsv(exportCsv(t));
      expect(header).toEqual([...COLUMNS[kind]]);
      expect(rows).toHaveLength(t.rows.length);
      // CSV cells are text: null is empty; the ids in the first column are written as they are.
      expect(rows.map((r) => r[0])).toEqual(t.rows.map((r) => String(r[COLUMNS[kind][0]!])));
    });
  }

  it('obligations are the items plan gaps counts, over every document', () => {
    const t = exportTable(corpus, 'obligations');
    expect(t.rows.map((r) => r['key'])).toEqual(obligationItems(corpus, [...corpus.documents.keys()].sort(cmp)).map((o) => o.key));
    // Every paragraph that records an obligation is there, unless its list items carry its instruments.
    const withObligation = [...corpus.paragraphs.values()].filter((p) => p.fm.obligation);
    const inTable = new Set(t.rows.map((r) => r['paragraph']));
    expect(inTable.size).toBeLessThanOrEqual(withObligation.length);
    for (const p of inTable) expect(corpus.paragraphs.get(String(p))?.fm.obligation).toBeDefined();
  });

  it('a paragraph row carries its front matter flattened, and its text verbatim', () => {
    const r = exportTable(corpus, 'paragraphs').rows.find((x) => x['id'] === 'mex-draft-2005/16')!;
    const p = corpus.paragraphs.get('mex-draft-2005/16')!;
    expect(r).toMatchObject({
      document: 'mex-draft-2005', document_status: corpus.documents.get('mex-draft-2005')!.fm.status, number: '16', printed: true,
      section: 'Measures to be implemented by each state', addressees: 'member-states', force: 'shall', cites_instruments: 'untoc', cites: 'untoc:8,9',
      has_obligation: true, obligation_action: 'prevent', obligation_subject: 'corruption of public officials (UNTOC Arts. 8-9)', obligation_instruments: null,
      file: 'paragraphs/mex-draft-2005/16.md',
    });
    expect(r['text']).toBe(p.file.body.trim());
  });

  it("a commitment's current record is the one plan gaps picks", () => {
    const rows = exportTable(corpus, 'commitments').rows;
    for (const r of rows) {
      const s = standing([corpus.commitments.get(String(r['id']))!], '2026-01-01', 5);
      expect([r['current_status'], r['current_as_of']]).toEqual([s.status, s.asOf]);
    }
    const records = exportTable(corpus, 'records').rows;
    expect(records.filter((r) => r['current'] === true)).toHaveLength(rows.length);
  });
});

describe('docs/export.md', () => {
  const doc = readFileSync(new URL('../../docs/export.md', import.meta.url), 'utf8');
  for (const kind of EXPORT_KINDS) {
    it(`documents every column of ${kind}, in order, and no other`, () => {
      const section = doc.split(/^## /m).find((s) => s.startsWith(`${kind}\n`));
      expect(section, kind).toBeDefined();
      const documented = [...section!.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((m) => m[1]);
      expect(documented).toEqual([...COLUMNS[kind]]);
    });
  }
});
