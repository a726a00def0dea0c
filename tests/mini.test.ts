import { describe, expect, it } from 'vitest';
import { MINI, lintFiles, summary } from './helpers/fixture.js';

describe('the mini fixture', () => {
  it('is clean', () => {
    const r = lintFiles(MINI);
    expect(summary(r)).toEqual([]);
    expect(r.results).toHaveLength(Object.keys(MINI).length);
  });
});
