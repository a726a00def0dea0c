import { describe, expect, it } from 'vitest';
import { showJson } from '../../../src/formatters/show/json.js';
import { DOCUMENT, PARAGRAPH } from './fixtures.js';

describe('showJson', () => {
  it('one JSON document with the view, the raw YAML left out', () => {
    const j = JSON.parse(showJson(PARAGRAPH));
    expect(Object.keys(j)).toEqual(['kind', 'id', 'title', 'file', 'valid', 'frontMatter', 'body', 'linksOut', 'linksIn', 'also']);
    expect(j.linksOut[1]).toEqual({ rel: 'cites', id: 'untoc', kind: 'instrument', resolved: true, detail: PARAGRAPH.linksOut[1]!.detail });
    expect(j.body).toBe(PARAGRAPH.body);
  });

  it('a document carries its paragraph counts and outline', () => {
    const j = JSON.parse(showJson(DOCUMENT));
    expect(j.paragraphs).toEqual({ count: 3, byType: { action: 2, institutional: 1 } });
    expect(j.outline).toHaveLength(2);
  });
});
