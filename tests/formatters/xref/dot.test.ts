import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xrefView, type XrefOptions } from '../../../src/commands/xref.js';
import type { Corpus } from '../../../src/model/model.js';
import { graphOf } from '../../../src/formatters/xref/graph.js';
import { load, removeCorpus } from '../../helpers/fixture.js';
import { dotString, renderDot, xrefDot } from '../../../src/formatters/xref/dot.js';
import { checkDot, hostileGraph, HOSTILE, XREF } from '../../helpers/xref-fixture.js';

let corpus: Corpus;
let root: string;
beforeAll(() => ({ corpus, root } = load(XREF)));
afterAll(() => removeCorpus(root));

const VIEWS: XrefOptions[] = [{}, { instrument: 'untoc' }, { instrument: 'ia-mla' }, { paragraph: 'cedot-draft-2006/B.XII.1' }, { paragraph: 'strategy-2021/2.2' }, { lists: true }, { unresolved: true }];

describe('xref dot', () => {
  it('writes valid DOT for every view', () => {
    for (const o of VIEWS) {
      const out = xrefDot(xrefView(corpus, o), { color: false });
      const r = checkDot(out);
      expect(r.problems, `${JSON.stringify(o)}\n${out}`).toEqual([]);
      const g = graphOf(xrefView(corpus, o));
      expect(r.nodes).toBe(g.nodes.length);
      expect(r.edges).toBe(g.edges.length);
      expect(r.clusters).toBe(g.groups.filter((x) => g.nodes.some((n) => n.group === x.key)).length);
    }
  });

  it('escapes quotes, backslashes and line breaks, and keeps Unicode', () => {
    const d = checkDot(renderDot(hostileGraph()));
    expect(d.problems).toEqual([]);
    expect(d.nodes).toBe(4);
    expect(d.edges).toBe(3);
    // A DOT label holds escaped text: unescaped, the lines joined by \n are the originals.
    expect(d.labels).toContain(`${HOSTILE[0]}\\n${HOSTILE[2]}`);
    expect(d.labels).toContain(HOSTILE[1]);
    expect(dotString('a"b\\c\nd')).toBe('"a\\"b\\\\c d"');
  });

  it('has a validator that catches broken output', () => {
    const dot = renderDot(hostileGraph());
    expect(checkDot(dot.replace('\\"hi\\"', '"hi"')).problems).not.toEqual([]);
    expect(checkDot(dot.replace(/}\n$/, '\n')).problems).not.toEqual([]);
    expect(checkDot(dot.replace('"n1" -> "n2"', '"n1" -> "n9"')).problems).not.toEqual([]);
  });
});
