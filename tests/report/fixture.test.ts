import { describe, expect, it } from 'vitest';
import { load, removeCorpus } from '../helpers/fixture.js';
import { REPORT_FIXTURE } from '../helpers/report-fixture.js';

describe('report fixture', () => {
  it('every file of the fixture corpus is schema-valid and loads', () => {
    const { corpus, root } = load(REPORT_FIXTURE);
    try {
      const bad = corpus.files.filter((f) => f.problems.length || f.schemaErrors?.length).map((f) => `${f.rel}: ${JSON.stringify(f.schemaErrors ?? f.problems)}`);
      expect(bad).toEqual([]);
      expect(corpus.states.size).toBe(3);
      expect(corpus.instruments.size).toBe(3);
      expect(corpus.paragraphs.size).toBe(5);
    } finally {
      removeCorpus(root);
    }
  });
});
