import type { Scalar } from 'yaml';
import { ensureTree, yamlOffsetToPos, type SourceFile } from '../../model/source-file.js';
import { yamlLib } from '../../util/lazy-yaml.js';
import { yaml11Trap, type Trap } from '../../util/yaml-portable.js';
import { defineRule, type RuleContext } from '../define.js';

/** Plain scalars that YAML 1.1 tools read otherwise than plan (YAML 1.2); the YAML tree is built only for a file that may have one. */
export const yamlPortable = defineRule({
  meta: {
    id: 'yaml-portable',
    description: 'Front matter reads the same in YAML 1.1 tools (PyYAML, Ruby) as in plan: no unquoted `on`/`off`/`yes`/`no`/`y`/`n` (any case) as keys or values, no unquoted dates, numbers with leading zeros, `1:20`, `1_000`, `0b1` or `0o7`.',
    severity: 'error',
    reads: 'front-matter',
    docs: '`plan` reads front matter as YAML 1.2, but many tools an analyst may use on the corpus (PyYAML, Ruby\'s Psych) read YAML 1.1, where some plain values mean something else: a key `on` or a value `yes` is a boolean, an unquoted `2014-01-27` a date, `012` an octal number, `1:20` a base-60 number. Each such value is reported with how either side reads it and how to write it so both agree (quote it, or write the number plainly). Most files have none, and that is settled from the parsed data and the front-matter text alone; the YAML tree, for positions, is built only for a file that may have one.',
    examples: [
      {
        title: 'An unquoted date',
        changes: [{ file: 'commitments/MEX/untoc.md', replace: [['as-of: "2014-01-27"', 'as-of: 2014-01-27']] }],
        reports: ['`2014-01-27` is read as a date by YAML 1.1 tools (PyYAML, Ruby), but as text by plan; quote it: "2014-01-27".'],
      },
      {
        title: 'An obligation key `on`',
        changes: [{ file: 'paragraphs/draft/1.md', replace: [['subject: extradition', 'on: extradition']] }],
        reports: ['`on` is read as true by YAML 1.1 tools (PyYAML, Ruby), but as text by plan; quote it ("on") or use another key.'],
      },
      {
        title: 'Words that merely contain `on` or `no`',
        changes: [{ file: 'paragraphs/draft/1.md', replace: [['summary: Conclude extradition treaties', 'summary: Conclude treaties on extradition, no later than the next meeting']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    file(file) {
      if (!file.data || file.yamlText === undefined || !mayHaveTrap(file.data, file.yamlText)) return;
      ensureTree(file);
      if (!file.doc) return;
      const Y = yamlLib();
      Y.visit(file.doc, {
        Scalar(key, node) {
          if (node.type !== 'PLAIN' || typeof node.source !== 'string' || !node.range) return;
          const isKey = key === 'key';
          const trap = yaml11Trap(node.source, isKey);
          if (trap) report(ctx, file, node, trap, isKey);
        },
      });
    },
  }),
});

function report(ctx: RuleContext, file: SourceFile, node: Scalar, trap: Trap, isKey: boolean): void {
  const s = node.source!;
  const [start, end] = node.range!;
  const a = yamlOffsetToPos(file, start);
  const b = yamlOffsetToPos(file, end);
  const by = trap.reads11 === 'text (in PyYAML)' ? 'as text by PyYAML' : `as ${trap.reads11} by YAML 1.1 tools (PyYAML, Ruby)`;
  const plan = trap.reads12 === 'text' ? 'text' : trap.reads12;
  let fix: string;
  if (isKey) fix = `quote it ("${s}") or use another key`;
  else if (trap.reads12 === 'text') fix = `quote it: "${s}"`;
  else fix = `quote it ("${s}") if text is meant, else write ${Number(s)}`;
  const message = `\`${s}\` is read ${by}, but as ${plan} by plan; ${fix}.`;
  ctx.report(file, { line: a.line, column: a.column, endLine: b.line, endColumn: b.column }, message);
}

// A plain scalar the data cannot show (a number's source form): leading zeros, `0o`, an exponent.
const NUMBER_RISK = /(?:^|[\s[{,])[-+]?(?:0[0-9_]+|0o[0-7]+|[0-9][0-9_]*(?:\.[0-9_]*)?[eE][-+]?[0-9]+)(?=[\s,\]}#]|$)/m;

/**
 * Could this front matter hold a trap? Every key and string value that would be one if it were
 * written plain, when it also stands unquoted in the text; or a number written in a risky form.
 */
function mayHaveTrap(data: unknown, text: string): boolean {
  if (NUMBER_RISK.test(text)) return true;
  const seen = new Set<string>();
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (!seen.has(v) && yaml11Trap(v) && standsPlain(text, v)) return true;
      seen.add(v);
    } else if (Array.isArray(v)) stack.push(...(v as unknown[]));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (yaml11Trap(k, true) && standsPlain(text, k)) return true;
        stack.push(x);
      }
    }
  }
  return false;
}

/** Does `s` stand in the text as a whole plain token (not inside quotes, not part of a longer word)? */
function standsPlain(text: string, s: string): boolean {
  if (s === '') return /(?:^|[\s,{])(?::|$)/m.test(text);
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
    let p = i - 1;
    while (p >= 0 && text[p] === ' ') p--;
    const before = p < 0 ? '\n' : text[p]!;
    let n = i + s.length;
    while (n < text.length && text[n] === ' ') n++;
    const after = n >= text.length ? '\n' : text[n]!;
    if ('\n:-[{,'.includes(before) && '\n:,]}#'.includes(after)) return true;
  }
  return false;
}

