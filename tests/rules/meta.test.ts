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
  it('says what its findings can depend on (Rule.reads: plan lint --cache relints a body edit on that alone)', () => {
    for (const r of RULES) {
      const src = readFileSync(new URL(`../../src/rules/${r.id}.ts`, import.meta.url), 'utf8');
      expect(r.reads, r.id).toMatch(/^(front-matter|document)$/);
      // A rule that reads a file's text or body reads bodies; one that notes or reads
      // commitments needs the whole corpus, so it must not be run on a document's model.
      if (/\bfile\.(body|text)\b/.test(src)) expect(r.reads, r.id).toBe('document');
      if (/ctx\.note\(|\.commitments\b/.test(src)) expect(r.reads, r.id).toBe('front-matter');
    }
  });
  it('ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
