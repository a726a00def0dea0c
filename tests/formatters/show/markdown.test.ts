import { describe, expect, it } from 'vitest';
import { showMarkdown } from '../../../src/formatters/show/markdown.js';
import { DOCUMENT, INVALID_COMMITMENT, PARAGRAPH } from './fixtures.js';

describe('showMarkdown', () => {
  const out = showMarkdown(PARAGRAPH);

  it('a heading, the file, front matter in a yaml block, the text quoted', () => {
    expect(out.startsWith('## paragraph `mex-draft-2005/24`\n\nParagraph 24 of')).toBe(true);
    expect(out).toContain('File: `paragraphs/mex-draft-2005/24.md`');
    expect(out).toContain('### Front matter\n\n```yaml\nid: mex-draft-2005/24\nforce: shall\n```\n');
    expect(out).toContain('### Text\n\n> Given the need');
    expect(out).toContain('State’s\u00a0duty.');
    expect(out).not.toContain('\u001b');
  });

  it('links as tables, cell separators escaped, unresolved marked', () => {
    expect(out).toContain('### Links out (4)\n\n| link | to | detail |\n|---|---|---|\n| document | `mex-draft-2005` |  |');
    expect(out).toContain('| implements | `cp-res-908-2006` (not in the corpus) | the adopted Plan \\| not in the corpus |');
    expect(out).toContain('| addressee | `strategy-2021/1.a` |  |');
  });

  it('a document: counts and a nested outline list', () => {
    const d = showMarkdown(DOCUMENT);
    expect(d).toContain('### Paragraphs: 3\n\n2 action, 1 institutional');
    expect(d).toContain('### Outline\n\n- 1. Legal instruments (1)\n  - Sub (0)\n');
    expect(d).toContain('### Links in (0)\n\nNone.');
  });

  it('a body line that would start a list stays text; a fence longer than any in the YAML', () => {
    const v = { ...INVALID_COMMITMENT, body: '1. not a list\n- nor this', yaml: 'note: "```"\n' };
    const m = showMarkdown(v);
    expect(m).toContain('> 1\\. not a list\n> \\- nor this');
    expect(m).toContain('````yaml\nnote: "```"\n````');
    expect(m).toContain('Current: done as of 2014-01-27');
  });
});
