/**
 * The js-yaml fast path (src/model/fast-yaml.ts) against the `yaml` parse it
 * stands in for: whenever the fast path answers, `yaml` finds no problem and
 * gives exactly the same data (values, types, key order). Longer runs:
 * FC_RUNS=200000 FC_SEED=$RANDOM npx vitest run tests/perf/fast-yaml.test.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { isMap, parseDocument, stringify, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastYaml, longLine, unsure, UNSURE } from '../../src/model/fast-yaml.js';
import { fewNestingChars, yamlDepth } from '../../src/model/source-file.js';
import { REPO } from '../cli/run.js';

const SEED = Number(process.env.FC_SEED ?? 20261130);
const RUNS = Number(process.env.FC_RUNS ?? 3000);
/** Long runs (FC_RUNS) get the time they need. */
const LONG = { timeout: Math.max(60_000, RUNS * 60) };

/** What the `yaml` path of source-file.ts accepts, and the data it gives; a string says why not. */
function slow(src: string): { data: unknown } | string {
  const doc = parseDocument(src, { version: '1.2', schema: 'core', uniqueKeys: true, stringKeys: true, prettyErrors: false, merge: false });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length) return problems.map((e) => e.code).join(',');
  let bad = '';
  visit(doc, { Alias() { bad = 'alias'; }, Node(_k, n) { if ((n as { tag?: string }).tag) bad = 'tag'; } });
  if (bad) return bad;
  if (!isMap(doc.contents)) return 'not a mapping';
  return { data: doc.toJS({ maxAliasCount: 0 }) };
}

/** JSON with the values JSON would lose (NaN, ±Infinity, -0), to compare key order too. */
const ser = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'number' && !Number.isFinite(x) ? `NUM:${x}` : Object.is(x, -0) ? 'NEG0' : x));

/** The property: the fast path answers only with what `yaml` gives. Returns true when it answered. */
function agrees(src: string): boolean {
  const fast = fastYaml(src);
  if (fast === undefined) return false;
  const s = slow(src);
  expect(s, `yaml refuses what the fast path took: ${JSON.stringify(src)}`).not.toBeTypeOf('string');
  const data = (s as { data: unknown }).data;
  expect(isDeepStrictEqual(fast, data) && ser(fast) === ser(data), `different data for ${JSON.stringify(src)}: ${ser(fast)} vs ${ser(data)}`).toBe(true);
  return true;
}

function frontMatters(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) {
        const m = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(p, 'utf8').replace(/\r\n?/g, '\n'));
        if (m) out.push(m[1]!);
      }
    }
  };
  walk(dir);
  return out;
}

describe('the js-yaml fast path', () => {
  it('gives the data `yaml` gives for every front matter of the corpus, and takes most of them', () => {
    const all = frontMatters(join(REPO, 'corpus'));
    expect(all.length).toBeGreaterThan(400);
    const taken = all.filter(agrees).length;
    expect(taken / all.length).toBeGreaterThan(0.9);
  });

  it('resolves plain scalars exactly as YAML 1.2 core in `yaml` does (dates, yes/no, 0b, 1_000 stay strings)', () => {
    const scalars = ['null', 'Null', 'NULL', 'nULL', '~', '', 'true', 'True', 'TRUE', 'tRUE', 'yes', 'no', 'on', 'off', 'y', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', 'nan',
      '0o17', '0O17', '0o8', '0x1f', '0X1F', '0xg', '0b101', '017', '-017', '+12', '-0', '+0', '1_000', '1e5', '1E+5', '-1e-5', '.5', '5.', '-.5e-3', '1.0', '3.14', '0.0', '12345678901234567890',
      '2024-02-30', '2001-12-14t21:59:43.10-05:00', '1:20', '190:20:30', '=', '<<', '0x', '0o', '+', '-', '.', 'e5', '1e', '.e5'];
    let taken = 0;
    for (const s of scalars) {
      if (agrees(`id: x\nv: ${s}\nw: [${s}, b]\nm: {k: ${s}}\n`)) taken++;
    }
    expect(taken).toBeGreaterThan(scalars.length - 5);
    expect(fastYaml('v: 2024-02-30\nb: 0b11\nc: 1_000\nd: yes\n')).toEqual({ v: '2024-02-30', b: '0b11', c: '1_000', d: 'yes' });
    expect(fastYaml('a: 0o17\nb: 0x1F\nc: ~\nd: .inf\ne: "1"\n')).toEqual({ a: 15, b: 31, c: null, d: Infinity, e: '1' });
  });

  it('leaves to `yaml` what the corpus forbids and where the two parsers differ', () => {
    const unsureCases = [
      'a: &x 1\nb: *x', 'a: !!str 1', 'a: !foo x', '%YAML 1.2\n---\na: 1', '? a\n: b', '[a]: b', '{a: 1}: b', 'a: |\n  x', 'a: >-\n  x',
      "a: 'b'#c", 'a: "b"#c', 'a: [b]#c', 'a:  [# c\n  ]', 'a:\n  - \n- x', 'a: \n  - - \n  -  \nz: 1', 'a:\n  b: \n#c\n    :x y\nz: 1',
      'a:  #\n#c\n  true\nz: 1', 'a:\tb', 'a: b\r\nc: d', 'a: "\u2028"', 'a: \u0085', '__proto__: {polluted: 1}', 'null: x', 'Null: x',
      'true: x', '1: x', '.nan: x', 'a: 1\na: 2', '- a\n- b', 'just text', '', `a: ${'x'.repeat(1200)}`,
    ];
    for (const c of unsureCases) expect(fastYaml(c), JSON.stringify(c)).toBeUndefined();
    // Own keys named like Object.prototype members are data like any other, in both parsers.
    expect(agrees('constructor: x\ntoString: y\nhasOwnProperty: z')).toBe(true);
  });

  it('the cheap pre-scan answers as the full pattern does', LONG, () => {
    const alphabet = ['a', ' ', '  ', '\n', '\n  ', ':', '-', '- ', '[', ']', '{', '}', ',', '#', "'", '"', '&', '*', '!', '?', '|', '>', '%', '.', '---', '...', '\t', '\r', '\u2028', 'é', 'x'.repeat(400)];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (parts) => {
      const s = parts.join('');
      expect(unsure(s)).toBe(UNSURE.test(s) || longLine(s));
    }), { seed: SEED, numRuns: RUNS });
  });

  it('the nesting pre-count never lets a front matter deeper than the limit skip the depth scan', LONG, () => {
    const alphabet = ['a', ' ', '  ', '\n', '\n  ', '\n    ', ':', ': ', '-', '- ', '[', ']', '{', '}', ',', '"', "'", '#'];
    let skipped = 0;
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }), fc.integer({ min: 2, max: 40 }), (parts, limit) => {
      const s = parts.join('');
      if (fewNestingChars(s, limit)) {
        skipped++;
        expect(yamlDepth(s).depth, JSON.stringify(s)).toBeLessThan(limit);
      }
    }), { seed: SEED, numRuns: RUNS });
    expect(skipped).toBeGreaterThan(RUNS / 10);
    expect(fewNestingChars('a:\n'.repeat(70), 64)).toBe(false);
    expect(fewNestingChars('id: x\nsection: [A]\ncites:\n  - {instrument: y}\n', 64)).toBe(true);
  });

  it('agrees with `yaml` on random token soups (most are invalid: those must be left to `yaml`)', LONG, () => {
    const TOK = ['a', 'b', 'id', 'as-of', 'x y', ':', ': ', ' ', '  ', '\n', '\n  ', '\n    ', '\n- ', '\n  - ', '- ', '[', ']', '{', '}', ',', ', ', '#', ' #', '# c', "'", "'q'", "''", '"', '"q"', '"\\"',
      '\\', '"a\\nb"', '"\\x41\\u00e9\\N\\_"', '1', '0', '.5', '-', '~', 'null', 'true', '0o7', '0x1F', '?', '@', '`', '%', '=', 'é', '“', '\u00a0', '...', '---', '.', '/', '|', '>', '&', '*', '!'];
    let taken = 0;
    fc.assert(fc.property(
      fc.constantFrom('a: ', 'id: x\na: ', 'a:\n  ', 'a:\n  b: '),
      fc.array(fc.constantFrom(...TOK), { minLength: 1, maxLength: 14 }),
      fc.constantFrom('', '\nz: 1', '\n  z: 1'),
      (head, body, tail) => {
        if (agrees(head + body.join('') + tail)) taken++;
      },
    ), { seed: SEED, numRuns: RUNS * 5 });
    expect(taken).toBeGreaterThan(RUNS / 2);
  });

  it('agrees with `yaml` on random data as `yaml` and js-yaml write it (quoting, folding, flow and block styles)', LONG, () => {
    const key = fc.constantFrom('a', 'b', 'as-of', 'notes', 'en', 'id');
    const str = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ':', '#', "'", '"', '\\', ',', '-', '?', 'é', '“', '\u00a0', '\n', '0', '1', '.', 'e', 'x', 'o', 'n', 'u', 'l', 't', 'r'), maxLength: 24 });
    const scalar = fc.oneof(str, fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(key, tie('v'), { maxKeys: 4 })),
    })).v;
    const style = fc.constantFrom<Record<string, unknown>>({}, { lineWidth: 20, minContentWidth: 5 }, { collectionStyle: 'flow' }, { defaultStringType: 'QUOTE_DOUBLE' }, { defaultStringType: 'QUOTE_SINGLE' }, { defaultStringType: 'PLAIN', lineWidth: 15 });
    let taken = 0;
    fc.assert(fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), style, fc.constantFrom(20, 80, -1), fc.constantFrom(-1, 0, 1), (data, opts, lineWidth, flowLevel) => {
      if (agrees(stringify(data, opts))) taken++;
      try {
        if (agrees(jsYaml.dump(data, { lineWidth, flowLevel }))) taken++;
      } catch {
        // js-yaml cannot write every value (undefined in a list): nothing to compare
      }
    }), { seed: SEED, numRuns: RUNS });
    expect(taken).toBeGreaterThan(RUNS / 2);
  });
});
