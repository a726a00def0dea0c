import { describe, expect, it } from 'vitest';
import { computeFixes } from '../../src/lint/fix.js';
import { lint, prepareLint } from '../../src/lint/engine.js';
import type { Rule, RuleMeta } from '../../src/rules/define.js';
import { RULES } from '../../src/rules/index.js';
import { MINI, load, removeCorpus, type Files } from './fixture.js';

/** Files over MINI: a string replaces or adds a file, null deletes it. */
export type Overrides = Record<string, string | Uint8Array | null>;

/**
 * Where an expected finding is, marked in the case's file text: `‸` (U+2038) stands just before
 * the character the finding starts at. The tester removes the markers before linting; the k-th
 * expected error of a file without an explicit `line` is at the file's k-th marker.
 */
export const MARK = '‸';

export interface ExpectedError {
  file: string;
  /** Only where no text can carry a marker (a whole-file finding at 1:1, a file that is not text). */
  line?: number;
  column?: number;
  /** A fragment the message must contain. */
  message?: string;
}

export interface RuleCase {
  name: string;
  files: Overrides;
  today?: string;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedError[];
  /**
   * As ESLint's RuleTester: the text of the first error's file after applying the case's fixes
   * (one pass of `plan lint --fix`, in memory); null: no fix is applied to it.
   */
  output?: string | null;
}

/** A rule as the tester takes it: a rule, or the meta of what the engine reports itself (unused-suppression). */
export type Tested = Rule | { meta: RuleMeta; create?: undefined };

export function withOverrides(over: Overrides, base: Files = MINI): Files {
  const out: Files = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** The overrides without markers, and each file's marked positions (1-based line and column). */
export function unmark(over: Overrides): { files: Overrides; marks: Map<string, Array<{ line: number; column: number }>> } {
  const files: Overrides = {};
  const marks = new Map<string, Array<{ line: number; column: number }>>();
  for (const [k, v] of Object.entries(over)) {
    if (typeof v !== 'string' || !v.includes(MARK)) {
      files[k] = v;
      continue;
    }
    const at: Array<{ line: number; column: number }> = [];
    let line = 1;
    let column = 1;
    let text = '';
    for (const ch of v) {
      if (ch === MARK) {
        at.push({ line, column });
        continue;
      }
      text += ch;
      if (ch === '\n') { line++; column = 1; } else column += ch.length;
    }
    files[k] = text;
    marks.set(k, at);
  }
  return { files, marks };
}

/** Runs one rule alone over MINI + overrides; returns `file:line:col message` rows. */
export async function runRule(rule: Tested, over: Overrides, today = '2026-01-01') {
  return (await runRuleFixing(rule, over, today)).rows;
}

/**
 * As runRule, and the files' texts after one pass of the safe fixes (by relative path; unchanged
 * files absent). As `plan lint` does, the Markdown parser is loaded only when a rule says a file
 * needs it. The meta of a finding the engine reports itself runs every rule, its findings kept.
 */
export async function runRuleFixing(rule: Tested, over: Overrides, today = '2026-01-01') {
  const { corpus, root } = load(withOverrides(over));
  try {
    const rules = rule.create ? [rule] : RULES;
    await prepareLint(corpus, { rules });
    const r = lint(corpus, { today, rules, unused: !rule.create });
    const rows = r.results.flatMap((f) => f.messages.map((m) => ({ file: f.rel, line: m.line, column: m.column, message: m.message, ruleId: m.ruleId })))
      .filter((m) => rule.create || m.ruleId === rule.meta.id);
    const fixed = new Map(computeFixes(corpus, r).map((f) => [f.file.rel, f.after] as const));
    return { rows, fixed };
  } finally {
    removeCorpus(root);
  }
}

/**
 * A table test for a rule, as ESLint's RuleTester: valid cases report nothing; invalid cases
 * report exactly the expected findings, at their markers. Duplicate names, invalid cases that
 * expect nothing, markers in valid cases and a file given unchanged (an edit that missed: a copy
 * that only adds markers is fine) are refused.
 */
export function ruleTester(rule: Tested, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  const id = rule.meta.id;
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`duplicate case name: ${dup}`);
  for (const c of [...cases.valid, ...cases.invalid]) {
    // A file given as it is in MINI changes nothing: an edit that missed (a marked copy is a change).
    for (const [k, v] of Object.entries(c.files)) if (v !== null && v === MINI[k]) throw new Error(`${c.name}: the case changes nothing in ${k} (an edit that missed?)`);
  }
  describe(id, () => {
    it('has metadata', () => {
      expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(rule.meta.description.length).toBeGreaterThan(10);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const { files, marks } = unmark(c.files);
        expect([...marks.keys()], 'a valid case has no markers').toEqual([]);
        expect(await runRule(rule, files, c.today)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      if (c.errors.length === 0) throw new Error(`invalid case expects nothing: ${c.name}`);
      it(`invalid: ${c.name}`, async () => {
        const { files, marks } = unmark(c.files);
        const { rows: got, fixed } = await runRuleFixing(rule, files, c.today);
        if (c.output !== undefined) expect(fixed.get(c.errors[0]!.file) ?? null).toBe(c.output);
        expect(got.every((g) => g.ruleId === id)).toBe(true);
        expect(got).toHaveLength(c.errors.length);
        const next = new Map<string, number>();
        c.errors.forEach((e, i) => {
          const g = got[i]!;
          expect(g.file).toBe(e.file);
          let line = e.line;
          let column = e.column;
          if (line === undefined) {
            const k = next.get(e.file) ?? 0;
            next.set(e.file, k + 1);
            const at = marks.get(e.file)?.[k];
            if (!at) throw new Error(`${c.name}: no marker ${MARK} for error ${i + 1} in ${e.file}`);
            ({ line, column } = at);
          }
          expect(g.line, `${g.file}: ${g.message}`).toBe(line);
          if (column !== undefined) expect(g.column, `${g.file}: ${g.message}`).toBe(column);
          if (e.message !== undefined) expect(g.message).toContain(e.message);
        });
        for (const [f, at] of marks) expect(at.length, `every marker in ${f} is an expected error`).toBe(next.get(f) ?? 0);
      });
    }
  });
}
