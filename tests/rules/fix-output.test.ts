/**
 * Issue 18, part 2: the safe fixes of every fixable rule, checked on the file they produce
 * (ESLint's `output`), whatever the style of the front matter: block, flow, empty, absent or
 * commented. A fix never adds a second key, keeps comments, order and quoting, and its result
 * lints clean for the rule.
 */
import { describe, expect, it } from 'vitest';
import { edit, mini } from '../helpers/mini-text.js';
import { ruleTester, runRuleFixing } from '../helpers/rule-tester.js';
import { citationDeclared } from '../../src/rules/citation-declared/index.js';
import { instrumentTitle } from '../../src/rules/instrument-title/index.js';
import { minimalEdit } from '../../src/edit/front-matter.js';
import { fixUntilStable, MAX_FIX_PASSES } from '../../src/lint/fix.js';
import { lint } from '../../src/lint/engine.js';
import type { Rule } from '../../src/rules/define.js';
import { load, removeCorpus } from '../helpers/fixture.js';
import { withOverrides } from '../helpers/rule-tester.js';

const f = 'paragraphs/adopted/2.md';
const working = { 'documents/adopted.md': mini('documents/adopted.md', ['status: adopted', 'status: working-draft']) };
const HEAD = 'id: adopted/2\ndocument: adopted\nnumber: "2"\nprinted: true\nsection: [Cooperation]\ntype: action\naddressees: [member-states]\nforce: consider\n';
const TEXT = 'Member states consider it (UNTOC, Art. 24).';
/** TEXT with a marker where the citation, and so the finding, starts. */
const TEXT_AT = edit(TEXT, ['(UNTOC', '‸(UNTOC']);
const para = (fm: string, text = TEXT) => `---\n${HEAD}${fm}---\n${text}\n`;
const ENTRY = '  - instrument: untoc\n    articles: ["24"]\n    text: "(UNTOC, Art. 24)"\n';
const err = [{ file: f, message: 'is not declared: add {instrument: untoc, articles: [24]}' }];
const ORGANISED = 'States ratify the United Nations Convention against Transnational Organised Crime.';
/** ORGANISED with a marker where the near-miss title starts. */
const ORGANISED_AT = edit(ORGANISED, ['United Nations', '‸United Nations']);
const ORGANIZED = edit(ORGANISED, ['Organised', 'Organized']);

function invalid(name: string, fm: string, out: string, extra: Record<string, string> = {}) {
  return { name, files: { ...working, ...extra, [f]: para(fm, TEXT_AT) }, errors: err, output: para(out) };
}

ruleTester(citationDeclared, {
  valid: [
    { name: 'declared in flow style', files: { ...working, [f]: para('cites: [{instrument: untoc, articles: ["24"]}]\n') } },
  ],
  invalid: [
    invalid('block list: an entry added at its end', 'cites:\n  - instrument: ia-mla\n', `cites:\n  - instrument: ia-mla\n${ENTRY}`),
    invalid('flow list: a flow entry, no second key', 'cites: [{instrument: ia-mla}]\n', 'cites: [{instrument: ia-mla}, {instrument: untoc, articles: ["24"], text: "(UNTOC, Art. 24)"}]\n'),
    invalid('flow list of the issue', 'cites: [{instrument: untoc, articles: ["5"]}]\n', 'cites: [{instrument: untoc, articles: ["5"]}, {instrument: untoc, articles: ["24"], text: "(UNTOC, Art. 24)"}]\n'),
    invalid('empty flow list: a block list', 'cites: []\n', `cites:\n${ENTRY}`),
    invalid('absent: the key added at the end', '', `cites:\n${ENTRY}`),
    invalid('comments kept', '# who cites what\ncites:\n  - instrument: ia-mla # the regional one\n  # the next one\n  - instrument: ia-mla\n# end of cites\nrelations: [] # none yet\n',
      `# who cites what\ncites:\n  - instrument: ia-mla # the regional one\n  # the next one\n  - instrument: ia-mla\n${ENTRY}# end of cites\nrelations: [] # none yet\n`),
    // yaml prints a comment after `cites:` above the list: kept, on a line of its own.
    invalid('a comment after the key is kept', 'cites: # declared citations\n  - instrument: ia-mla\n', `cites:\n  # declared citations\n  - instrument: ia-mla\n${ENTRY}`),
    invalid('a key after the list keeps its place', 'cites:\n  - instrument: ia-mla\nrelations: []\n', `cites:\n  - instrument: ia-mla\n${ENTRY}relations: []\n`),
    { name: 'a circulated or adopted text is never fixed', files: { [f]: para('cites: [{instrument: ia-mla}]\n', TEXT_AT) }, errors: [{ file: f, message: 'is not declared' }], output: null },
  ],
});

ruleTester(instrumentTitle, {
  valid: [],
  invalid: [
    ...([['block', 'cites:\n  - instrument: untoc # the Convention\n'], ['empty', 'cites: []\n'], ['absent', '# no cites yet\n']] as const).map(([style, fm]) => ({
      name: `the canonical title written in the body, ${style} front matter untouched`, files: { ...working, [f]: para(fm, ORGANISED_AT) },
      errors: [{ file: f }], output: para(fm, ORGANIZED),
    })),
    { name: 'the canonical title written in a working draft (front matter untouched)', files: { ...working, [f]: para('cites: [{instrument: untoc}] # c\n', ORGANISED_AT) }, errors: [{ file: f }], output: para('cites: [{instrument: untoc}] # c\n', ORGANIZED) },
  ],
});

describe('safe fixes compose and say where they are', () => {
  it('a title fix and a citation fix in one file both apply, and the result is clean for both rules', async () => {
    const text = 'States ratify the United Nations Convention against Transnational Organised Crime (UNTOC, Art. 24).';
    const files = { ...working, [f]: para('cites: [{instrument: untoc, articles: ["16"]}] # kept\n', text) };
    const a = await runRuleFixing(citationDeclared, files);
    const fixed = a.fixed.get(f)!;
    expect(fixed).toContain('cites: [{instrument: untoc, articles: ["16"]}, {instrument: untoc, articles: ["24"], text: "(UNTOC, Art. 24)"}] # kept\n');
    expect(fixed.match(/^cites:/gm)).toHaveLength(1);
    expect((await runRuleFixing(citationDeclared, { ...files, [f]: fixed })).rows).toEqual([]);
  });

  it('a minimal edit keeps the common prefix and suffix and never splits a surrogate pair', () => {
    expect(minimalEdit('a: 1\nb: 2\n', 'a: 1\nc: 3\nb: 2\n', 10)).toEqual({ range: [15, 15], text: 'c: 3\n' });
    const e = minimalEdit('x\u{1F600}y', 'x\u{1F601}y');
    expect(e.text).toBe('\u{1F601}');
    expect(e.range).toEqual([1, 3]);
  });
});

/** A test rule whose two fixes insert at the same point: --fix applies one per pass. */
function inserting(words: string[]): Rule {
  return {
    meta: { id: 'test-insert', description: 'A test rule that inserts words at the start of a body.', severity: 'error', fixable: true, reads: 'document', examples: [] },
    create: (ctx) => ({
      paragraph(p) {
        const at = p.file.text.length - p.file.body.length;
        for (const w of words) if (!p.file.body.includes(`${w} `)) ctx.report(p.file, { body: [0, 1] }, `no ${w}`, { fix: { range: [at, at], text: `${w} ` } });
      },
    }),
  };
}

describe('--fix runs again until nothing is left to fix (as ESLint, at most 10 passes)', () => {
  it('two insertions at one point: one per pass, both applied, the result clean', () => {
    const { corpus, root } = load(withOverrides({ ...working }));
    try {
      const rules = [inserting(['ALPHA', 'BETA'])];
      const run = (c: typeof corpus) => lint(c, { today: '2026-01-01', rules });
      const r = fixUntilStable(corpus, run(corpus), run);
      expect(r.passes).toBe(2);
      expect(r.fixes.map((x) => x.file.rel)).toEqual(['paragraphs/adopted/1.md', 'paragraphs/adopted/2.md']);
      for (const x of r.fixes) {
        expect(x.after).toMatch(/\n---\n(ALPHA BETA|BETA ALPHA) /);
        expect(x.applied.map((d) => d.message).sort()).toEqual(['no ALPHA', 'no BETA']);
      }
      // The draft's paragraph (a circulated text) is never fixed: its two findings stay.
      expect(r.result.results.filter((x) => x.errorCount).map((x) => [x.rel, x.errorCount])).toEqual([['paragraphs/draft/1.md', 2]]);
    } finally {
      removeCorpus(root);
    }
  });

  it('a fix that never settles stops after the last pass', () => {
    const { corpus, root } = load(withOverrides({ ...working }));
    try {
      // Always finds something to fix.
      const restless: Rule = {
        ...inserting([]),
        create: (ctx) => ({
          paragraph(p) {
            const at = p.file.text.length - p.file.body.length;
            ctx.report(p.file, { body: [0, 1] }, 'again', { fix: { range: [at, at], text: 'x' } });
          },
        }),
      };
      const run = (c: typeof corpus) => lint(c, { today: '2026-01-01', rules: [restless] });
      const r = fixUntilStable(corpus, run(corpus), run);
      expect(r.passes).toBe(MAX_FIX_PASSES);
      expect(r.fixes[0]!.after).toContain(`\n---\n${'x'.repeat(MAX_FIX_PASSES)}`);
    } finally {
      removeCorpus(root);
    }
  });
});

describe('declared values stay YAML-1.1-safe', () => {
  it('an instrument id YAML 1.1 tools would read as a boolean is quoted; articles, paragraphs and texts always are', async () => {
    const { addCites, frontMatterFix } = await import('../../src/edit/front-matter.js');
    const yamlText = 'id: a/1\ncites: []';
    const fix = frontMatterFix({ text: `---\n${yamlText}\n---\nBody.\n`, yamlText }, (doc) => addCites(doc, [{ instrument: 'no', articles: ['010'], paragraph: '2', text: 'Art. 10: “quoted”' }]));
    // `cites: []` (at 12) becomes a block list: the smallest span is after `cites:` up to the line's end.
    expect(fix).toEqual({ range: [18, 21], text: '\n  - instrument: "no"\n    articles: ["010"]\n    paragraph: "2"\n    text: "Art. 10: “quoted”"' });
  });
});
