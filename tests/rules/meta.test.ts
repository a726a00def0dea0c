import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_METAS } from '../../src/rules/index.js';

describe('every rule', () => {
  for (const r of RULE_METAS) {
    it(`${r.id}: a folder of its own (src/rules/${r.id}/) and a test at the mirrored path`, () => {
      expect(existsSync(new URL(`../../src/rules/${r.id}/index.ts`, import.meta.url))).toBe(true);
      expect(existsSync(new URL(`./${r.id}.test.ts`, import.meta.url))).toBe(true);
      expect(r.reads, r.id).toMatch(/^(front-matter|document)$/);
    });
  }
  it('ids are unique', () => {
    expect(new Set(RULE_METAS.map((r) => r.id)).size).toBe(RULE_METAS.length);
  });
});
