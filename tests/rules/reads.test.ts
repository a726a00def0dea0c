/**
 * Each rule's `meta.reads` (what `plan lint --cache` relies on after an edit to a paragraph's body)
 * held to what the rule does: a 'front-matter' rule finds the same whatever the bodies say; a
 * 'document' rule's findings on a document do not change with another document's bodies, and it
 * writes no notes (it runs again on a model of the edited document alone).
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { MINI } from '../helpers/fixture.js';
import { withBody } from '../helpers/mini-text.js';
import { load, removeCorpus, type Files } from '../helpers/fixture.js';
import { lint, prepareLint } from '../../src/lint/engine.js';
import type { Rule } from '../../src/rules/define.js';

/** A body that gives every body-reading rule something to say. */
const BUSY = [
  'The States Parties [shall/should] ratify the United Nations Convention against Transnational Organised Crime',
  '(UNTOC, Art. 99) and Article 27.2 of the Palermo Convention, and support the CICAD and the XYZW (see paragraph 7',
  'above; the previous paragraph). TBD: “serious crime” means a crime; “serious crime” means another (hereinafter',
  '“the Convention”). Member States should consider (a national authority.',
  '',
  '1. A list item',
].join('\n');

const paragraphs = (doc: string) => Object.keys(MINI).filter((k) => k.startsWith(`paragraphs/${doc}/`));
function bodies(files: Files, doc: string, body: string): Files {
  const out = { ...files };
  for (const k of paragraphs(doc)) out[k] = withBody(out[k] as string, body);
  return out;
}

async function run(rule: Rule, files: Files) {
  const { corpus, root } = load(files);
  try {
    await prepareLint(corpus, { rules: [rule] });
    const r = lint(corpus, { today: '2026-01-01', rules: [rule] });
    return { findings: r.results.flatMap((f) => f.messages.map((m) => `${f.rel}:${m.line}:${m.column} ${m.message}`)), notes: r.notes };
  } finally {
    removeCorpus(root);
  }
}

describe('what each rule reads is what it declares (meta.reads)', () => {
  for (const rule of RULES) {
    if (rule.meta.reads === 'front-matter') {
      it(`${rule.meta.id} (front matter only): the same findings and notes whatever the bodies say`, async () => {
        const plain = await run(rule, MINI);
        const busy = await run(rule, bodies(bodies(MINI, 'draft', BUSY), 'adopted', BUSY));
        expect(busy).toEqual(plain);
      });
    } else {
      it(`${rule.meta.id} (a document's bodies): its findings on one document do not change with another's bodies, and no notes`, async () => {
        const base = bodies(MINI, 'adopted', BUSY);
        const a = await run(rule, base);
        const b = await run(rule, bodies(base, 'draft', BUSY));
        const onAdopted = (x: { findings: string[] }) => x.findings.filter((f) => f.startsWith('paragraphs/adopted/') || f.startsWith('documents/adopted'));
        expect(onAdopted(b)).toEqual(onAdopted(a));
        expect(a.notes).toEqual([]);
        expect(b.notes).toEqual([]);
      });
    }
  }
  it('the busy body gives the body-reading rules findings (the test is not empty)', async () => {
    const base = bodies(MINI, 'adopted', BUSY);
    let n = 0;
    for (const rule of RULES.filter((r) => r.meta.reads === 'document')) n += (await run(rule, base)).findings.length;
    expect(n).toBeGreaterThan(10);
  });
});
