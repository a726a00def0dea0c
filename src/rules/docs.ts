import type { RuleExample, RuleMeta } from './define.js';
import { mdCode, mdFenced } from '../util/markdown.js';
import { printable } from '../util/text.js';

/** Where a rule's documentation is (docs/rules.md, one section per rule, anchored by its id). */
export function ruleDocs(id: string): string {
  return `docs/rules.md#${id}`;
}

const GENERATED = 'Generated from each rule\'s `meta` (src/rules/<id>/index.ts) by `node scripts/gen-rule-docs.mjs`; tests/rules/docs.test.ts keeps it in step, and tests/rules/examples.test.ts runs every example below.';


function example(e: RuleExample): string[] {
  const out = [`#### ${e.title}`, ''];
  for (const c of e.changes) {
    for (const [from, to] of c.replace ?? []) {
      if (/\n/.test(from + to)) out.push(`In \`${c.file}\`, this text:`, '', ...mdFenced(from, 'yaml'), '', 'becomes:', '', ...mdFenced(to, 'yaml'), '');
      else out.push(`In \`${c.file}\`, ${mdCode(from)} becomes ${mdCode(to)}.`, '');
    }
    if (c.body !== undefined) out.push(`\`${c.file}\` reads:`, '', ...mdFenced(c.body, 'markdown'), '');
  }
  out.push(e.reports.length ? `Reported: ${e.reports.map((r) => `“${printable(r, Infinity)}”`).join('; ')}` : 'Nothing is reported.', '');
  return out;
}

/** docs/rules.md: every rule with its severity, what it reads, its docs and its examples. */
export function rulesMarkdown(metas: readonly RuleMeta[]): string {
  const lines = ['# `plan lint` rules', '', GENERATED, '',
    'The examples change files of a small corpus: a circulated draft `draft` (paragraph `paragraphs/draft/1.md`),',
    'an adopted text `adopted` (paragraphs `paragraphs/adopted/1.md` and `2.md`) that builds on it, two',
    'instruments, two states and their commitments, and the bodies that adopt and address the texts.', ''];
  for (const m of metas) {
    const facts = [`default severity: ${m.severity}`, m.fixable ? 'fixable with `plan lint --fix` (in working drafts)' : '', `reads: ${m.reads === 'document' ? 'front matter and the bodies of the same document' : 'front matter only'}`];
    lines.push(`## ${m.id}`, '', ...facts.filter(Boolean).map((f) => `- ${f}`), '', m.description, '');
    if (m.docs) lines.push(m.docs, '');
    if (m.examples.length) lines.push('### Examples', '', ...m.examples.flatMap(example));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The README's rule table (between its `rules:begin` and `rules:end` comments). */
export function rulesTable(metas: readonly RuleMeta[]): string {
  const rows = metas.map((m) => `| [\`${m.id}\`](${ruleDocs(m.id)}) | ${m.severity}${m.fixable ? ', fix' : ''} | ${m.description.replace(/\|/g, '\\|')} |`);
  return ['| rule | default | what it checks |', '|---|---|---|', ...rows].join('\n');
}

export const TABLE_BEGIN = '<!-- rules:begin (generated from each rule\'s meta by scripts/gen-rule-docs.mjs) -->';
export const TABLE_END = '<!-- rules:end -->';

/** `readme` with its rule table replaced by the one of `metas`. */
export function withRulesTable(readme: string, metas: readonly RuleMeta[]): string {
  const a = readme.indexOf(TABLE_BEGIN);
  const b = readme.indexOf(TABLE_END);
  if (a < 0 || b < a) throw new Error('README.md has no rules:begin / rules:end comments');
  return `${readme.slice(0, a + TABLE_BEGIN.length)}\n${rulesTable(metas)}\n${readme.slice(b)}`;
}
