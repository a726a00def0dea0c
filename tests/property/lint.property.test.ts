/**
 * Property-based tests: generated mutations of corpus files never crash the
 * linter, every message points at a file and a line that exist, and the
 * result does not depend on the order files are found or on the run.
 * CI runs a fixed seed and a bounded number of runs; maintainers can run
 * longer: FC_RUNS=2000 FC_SEED=$RANDOM npx vitest run tests/property
 */
import { stringify } from 'yaml';
import { readSource } from '../../src/model/source-file.js';
import { validate } from '../../src/schema/validate.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadCorpus } from '../../src/model/load.js';
import { lint } from '../../src/lint/engine.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { MINI, removeCorpus, writeCorpus, type Files } from '../helpers/fixture.js';
import { apply, mutation } from '../helpers/mutations.js';

const SEED = Number(process.env.FC_SEED ?? 20261122);
const RUNS = Number(process.env.FC_RUNS ?? 60);

/** Real corpus files when the corpus exists, else the fixture. */
function baseFiles(): Files {
  return MINI;
}

const texts = Object.entries(baseFiles()).filter(([, v]) => typeof v === 'string') as Array<[string, string]>;

function run(files: Files) {
  const root = writeCorpus(files);
  try {
    const corpus = loadCorpus(root, loadConfig(root, RULE_IDS));
    const r = lint(corpus, { today: '2026-01-01' });
    return { root, r, files: corpus.files };
  } finally {
    removeCorpus(root);
  }
}

describe('lint properties', () => {
  it('never throws; every message is on a file and a line that exist; no internal errors', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (fi, ms) => {
        const [rel, text] = texts[fi]!;
        const files: Files = { ...baseFiles(), [rel]: ms.reduce(apply, text) };
        const { root, r } = run(files);
        for (const f of r.results) {
          const lines = typeof files[f.rel] === 'string' ? (files[f.rel] as string).replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split('\n').length : 1;
          for (const m of f.messages) {
            expect(m.ruleId).not.toBe('internal-error');
            expect(f.filePath.startsWith(root)).toBe(true);
            expect(m.line).toBeGreaterThanOrEqual(1);
            expect(m.line).toBeLessThanOrEqual(Math.max(lines, 1));
            expect(m.column).toBeGreaterThanOrEqual(1);
            expect(m.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('is deterministic, and results do not depend on the order files are written (found)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: texts.length - 1 }), mutation), { maxLength: 3 }), fc.integer(), (muts, salt) => {
        const files: Files = { ...baseFiles() };
        for (const [fi, m] of muts) files[texts[fi]![0]] = apply(files[texts[fi]![0]] as string, m);
        const shuffled: Files = Object.fromEntries(Object.entries(files).sort((a, b) => ((a[0].length * 31 + salt) % 7) - ((b[0].length * 31 + salt) % 7) || (a[0] < b[0] ? 1 : -1)));
        const strip = (x: ReturnType<typeof run>) => JSON.stringify(x.r.results.map((f) => [f.rel, f.messages.map((m) => [m.ruleId, m.line, m.column, m.message])]));
        expect(strip(run(shuffled))).toBe(strip(run(files)));
      }),
      { seed: SEED, numRuns: Math.max(10, Math.floor(RUNS / 3)) },
    );
  });

  it('a file that passes the schema round-trips through the model to the same data', () => {
    const { files } = run(baseFiles());
    let n = 0;
    for (const f of files) {
      if (!f.data || f.schemaErrors?.length) continue;
      const text = `---\n${stringify(f.data)}---\n${f.body}`;
      const again = readSource(f.path, f.rel, f.kind, f.pathId, new TextEncoder().encode(text));
      expect(again.problems).toEqual([]);
      expect(again.data).toEqual(f.data);
      expect(validate(f.kind, again.data)).toEqual([]);
      n++;
    }
    expect(n).toBeGreaterThan(10);
  });
});
