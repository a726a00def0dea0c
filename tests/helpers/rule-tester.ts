import { describe, expect, it } from 'vitest';
import { computeFixes } from '../../src/lint/fix.js';
import { lint } from '../../src/lint/engine.js';
import type { Rule } from '../../src/rules/types.js';
import { MINI, load, removeCorpus, type Files } from './fixture.js';

/** Files over MINI: a string replaces or adds a file, null deletes it. */
export type Overrides = Record<string, string | Uint8Array | null>;

export interface ExpectedError {
  file: string;
  line: number;
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

export function withOverrides(over: Overrides, base: Files = MINI): Files {
  const out: Files = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Runs one rule alone over MINI + overrides; returns `file:line:col message` rows. */
export function runRule(rule: Rule, over: Overrides, today = '2026-01-01') {
  return runRuleFixing(rule, over, today).rows;
}

/** As runRule, and the files' texts after one pass of the safe fixes (by relative path; unchanged files absent). */
export function runRuleFixing(rule: Rule, over: Overrides, today = '2026-01-01') {
  const { corpus, root } = load(withOverrides(over));
  try {
    const r = lint(corpus, { today, rules: [rule] });
    const rows = r.results.flatMap((f) => f.messages.map((m) => ({ file: f.rel, line: m.line, column: m.column, message: m.message, ruleId: m.ruleId })));
    const fixed = new Map(computeFixes(corpus, r).map((f) => [f.file.rel, f.after] as const));
    return { rows, fixed };
  } finally {
    removeCorpus(root);
  }
}

/**
 * A table test for a rule, as ESLint's RuleTester: valid cases report
 * nothing; invalid cases report exactly the expected findings. Duplicate
 * names and invalid cases that expect nothing are refused.
 */
export function ruleTester(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`duplicate case name: ${dup}`);
  describe(rule.id, () => {
    it('has metadata', () => {
      expect(rule.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(rule.description.length).toBeGreaterThan(10);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(runRule(rule, c.files, c.today)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      if (c.errors.length === 0) throw new Error(`invalid case expects nothing: ${c.name}`);
      it(`invalid: ${c.name}`, () => {
        const { rows: got, fixed } = runRuleFixing(rule, c.files, c.today);
        if (c.output !== undefined) expect(fixed.get(c.errors[0]!.file) ?? null).toBe(c.output);
        expect(got.every((g) => g.ruleId === rule.id)).toBe(true);
        expect(got).toHaveLength(c.errors.length);
        c.errors.forEach((e, i) => {
          const g = got[i]!;
          expect(g.file).toBe(e.file);
          expect(g.line).toBe(e.line);
          if (e.column !== undefined) expect(g.column).toBe(e.column);
          if (e.message !== undefined) expect(g.message).toContain(e.message);
        });
      });
    }
  });
}
