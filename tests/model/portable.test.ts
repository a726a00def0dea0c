/**
 * The corpus reads the same in every tool (issue 21): every file's front matter gives the same
 * data in a YAML 1.1 parser (PyYAML, Ruby) as in YAML 1.2 (plan), and a second, independent
 * JSON Schema implementation (@cfworker/json-schema, draft-07) gives the same verdict as
 * `plan lint`'s schema rule, on the shipped corpus and on the hostile catalogue's cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@cfworker/json-schema';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadConfig, loadCorpus } from '../../src/model/load.js';
import type { Corpus } from '../../src/model/model.js';
import { lint } from '../../src/lint/engine.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { schema } from '../../src/rules/schema/index.js';
import { SCHEMA_DIR, SCHEMA_KINDS } from '../../src/schema/validate.js';
import { removeCorpus, writeCorpus } from '../helpers/fixture.js';
import { withOverrides } from '../helpers/rule-tester.js';
import { CASES } from '../hostile/cases.js';

const ROOT = new URL('../../corpus/', import.meta.url).pathname;

/** Dates become a tagged string, so that a date and the text of a date differ. */
function plainData(v: unknown): unknown {
  if (v instanceof Date) return { date: v.toISOString() };
  if (Array.isArray(v)) return v.map(plainData);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainData(x)]));
  return v;
}

function read(yamlText: string, version: '1.1' | '1.2'): unknown {
  return plainData(YAML.parse(yamlText, { version, uniqueKeys: true }));
}

/** The files whose YAML reads differently in YAML 1.1 than in YAML 1.2, with the first difference. */
function readsDifferently(texts: Array<{ rel: string; yaml: string }>): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const a = read(t.yaml, '1.2');
    const b = read(t.yaml, '1.1');
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(t.rel);
  }
  return out;
}

const validators = new Map<string, Validator>(
  SCHEMA_KINDS.map((k) => [k, new Validator(JSON.parse(readFileSync(join(SCHEMA_DIR, `${k}.schema.json`), 'utf8')) as object, '7', false)]),
);

/** Per file with front matter of a kind that has a schema: is it valid, for plan lint's schema rule and for @cfworker/json-schema? */
function verdicts(corpus: Corpus): Array<{ rel: string; plan: boolean; other: boolean; other11?: boolean }> {
  const r = lint(corpus, { today: '2026-01-01', rules: [schema] });
  const flagged = new Set(r.results.filter((f) => f.messages.some((m) => m.ruleId === 'schema')).map((f) => f.rel));
  const out: Array<{ rel: string; plan: boolean; other: boolean; other11?: boolean }> = [];
  for (const f of corpus.files) {
    const v = validators.get(f.kind);
    if (!f.data || !v) continue;
    const row: { rel: string; plan: boolean; other: boolean; other11?: boolean } = { rel: f.rel, plan: !flagged.has(f.rel), other: v.validate(f.data).valid };
    // What a YAML 1.1 reader (PyYAML + jsonschema, say) hands its validator.
    if (f.yamlText !== undefined) row.other11 = v.validate(YAML.parse(f.yamlText, { version: '1.1' })).valid;
    out.push(row);
  }
  return out;
}

describe('the shipped corpus reads the same in YAML 1.1 and YAML 1.2', () => {
  const corpus = loadCorpus(ROOT, loadConfig(ROOT, RULE_IDS));
  const texts = corpus.files.filter((f) => f.yamlText !== undefined).map((f) => ({ rel: f.rel, yaml: f.yamlText! }));

  it('every file with front matter (920) gives the same data', () => {
    expect(texts.length).toBe(corpus.files.length);
    expect(texts.length).toBe(920);
    expect(readsDifferently(texts)).toEqual([]);
  });

  it('so does the baseline file', () => {
    const yaml = readFileSync(join(ROOT, 'plan.baseline.yaml'), 'utf8');
    expect(readsDifferently([{ rel: 'plan.baseline.yaml', yaml }])).toEqual([]);
  });

  it('the comparison sees the traps the corpus had (`on:`, an unquoted date) and their quoted forms as alike', () => {
    expect(readsDifferently([
      { rel: 'on', yaml: 'obligation:\n  on: extradition\n' },
      { rel: 'date', yaml: 'as-of: 2014-01-27\n' },
      { rel: 'yes', yaml: 'notes: [yes]\n' },
      { rel: 'quoted', yaml: '"on": x\nas-of: "2014-01-27"\nnotes: ["yes", "012"]\n' },
    ])).toEqual(['on', 'date', 'yes']);
  });
});

describe('a second JSON Schema validator agrees with plan lint', () => {
  it('on every file of the shipped corpus (all valid, read as YAML 1.2 and as YAML 1.1)', () => {
    const corpus = loadCorpus(ROOT, loadConfig(ROOT, RULE_IDS));
    const rows = verdicts(corpus);
    expect(rows.length).toBe(920);
    expect(rows.filter((r) => r.plan !== r.other)).toEqual([]);
    expect(rows.filter((r) => r.other11 !== r.plan)).toEqual([]);
    expect(rows.every((r) => r.plan)).toBe(true);
  });

  it('on the YAML 1.1 reading of the corpus as it was before issue 21 (`on:` keys, unquoted dates): plan says valid, the 1.1 reading fails', () => {
    // One paragraph and one commitment as they were: YAML 1.2 reads them as plan did, YAML 1.1 does not.
    const root = writeCorpus(withOverrides({
      'paragraphs/draft/1.md': readFileSync(join(ROOT, 'paragraphs/mex-draft-2005/16.md'), 'utf8').replace('id: mex-draft-2005/16\ndocument: mex-draft-2005\n', 'id: draft/1\ndocument: draft\n').replace('section: [Measures to be implemented by each state]', 'section: [Measures]').replace('  subject: ', '  on: '),
      'commitments/MEX/untoc.md': readFileSync(join(ROOT, 'commitments/MEX/untoc.md'), 'utf8').replace(/"(\d{4}-\d\d-\d\d)"/g, '$1'),
    }));
    try {
      const rows = verdicts(loadCorpus(root, loadConfig(root, RULE_IDS)));
      const p = rows.find((r) => r.rel === 'paragraphs/draft/1.md')!;
      const c = rows.find((r) => r.rel === 'commitments/MEX/untoc.md')!;
      // The `on` key is no longer in the schema: both validators refuse it, whatever the reader.
      expect(p).toEqual({ rel: 'paragraphs/draft/1.md', plan: false, other: false, other11: false });
      // An unquoted date: text to plan and to the second validator on YAML 1.2 data, a date (not a string) on YAML 1.1 data.
      expect(c).toEqual({ rel: 'commitments/MEX/untoc.md', plan: true, other: true, other11: false });
    } finally {
      removeCorpus(root);
    }
  });

  describe("on the hostile catalogue's cases", () => {
    const roots: string[] = [];
    afterAll(() => roots.forEach(removeCorpus));
    const withFiles = CASES.filter((c) => c.files);
    const schemaCases = withFiles.filter((c) => c.expect.some((e) => e.rule === 'schema'));
    it('has schema cases to compare', () => {
      expect(schemaCases.length).toBeGreaterThanOrEqual(8);
    });
    for (const c of withFiles) {
      it(c.name, () => {
        const root = writeCorpus(withOverrides(c.files!));
        roots.push(root);
        const rows = verdicts(loadCorpus(root, loadConfig(root, RULE_IDS)));
        expect(rows.filter((r) => r.plan !== r.other)).toEqual([]);
        // The files the catalogue expects schema findings on are refused by both.
        const expected = new Set(c.expect.filter((e) => e.rule === 'schema').map((e) => e.file));
        for (const f of expected) expect(rows.find((r) => r.rel === f), f).toMatchObject({ plan: false, other: false });
      });
    }
  });
});
