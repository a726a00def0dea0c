import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

describe('every rule', () => {
  const docs = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
  for (const r of RULES) {
    it(`${r.id}: module, test and docs at mirrored paths`, () => {
      expect(existsSync(new URL(`../../src/rules/${r.id}.ts`, import.meta.url))).toBe(true);
      const test = new URL(`./${r.id}.test.ts`, import.meta.url);
      expect(existsSync(test)).toBe(true);
      expect(docs).toContain(`## ${r.id}\n`);
      expect(docs).toContain(r.description);
    });
  }
  it('ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
