/**
 * YAML 1.1 traps: plain (unquoted) scalars that `plan` reads with YAML 1.2's core schema one way
 * and that YAML 1.1 tools (PyYAML, Ruby's Psych, SnakeYAML, the `yaml` package in 1.1 mode)
 * read another: `on`/`yes`/`n` as booleans, `2000-12-13` as a date, `012` as an octal number,
 * `1:20` as a base-60 number, `1_000` and `0b11` as numbers, `0o17` and `1e3` as text.
 * Quoted, each reads as the same text everywhere.
 *
 * Used by the lint rule `yaml-portable` (which reports them) and by every writer of corpus files
 * (which quote them: {@link quoteTraps}).
 */
import type { Document } from 'yaml';
import { yamlLib } from './lazy-yaml.js';

/** What a YAML 1.1 tool reads a plain scalar as, when that differs from what `plan` reads. */
export interface Trap {
  /** What YAML 1.1 tools make of it, in a drafter's words: `true`, `a date`, `the number 10`, `text`. */
  reads11: string;
  /** What `plan` (YAML 1.2) makes of it, in the same words. */
  reads12: string;
}

const BOOL11 = /^(?:y|n|yes|no|on|off|true|false)$/i;
const WORDS = /^(?:y|n|yes|no|on|off|true|false|null|~|<<|=)$/i;
const BOOL12 = /^(?:true|True|TRUE|false|False|FALSE)$/;
const NULL_KEY = /^(?:~|null|Null|NULL)?$/;
// YAML 1.1 timestamps: a date (exactly YYYY-MM-DD), or a date and a time (month and day may be one digit).
const DATE11 = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?$/;
const LEADING_ZERO = /^[-+]?0[0-9]+$/;
const OCTAL12 = /^0o[0-7]+$/;
const BINARY11 = /^[-+]?0b[01_]+$/;
const UNDERSCORE_NUMBER = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?$/;
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
// A YAML 1.2 float with an exponent that PyYAML's float pattern does not take (no dot, or an unsigned exponent).
const FLOAT_EXP12 = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_EXP11 = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9_]+)[eE][-+][0-9]+$/;

function boolWord(s: string): string {
  return /^(?:y|yes|on|true)$/i.test(s) ? 'true' : 'false';
}

/**
 * The trap a plain scalar's source text sets, or undefined when YAML 1.1 and YAML 1.2 tools
 * read it alike. `key`: the scalar is a mapping key (`plan` reads every key as text; YAML 1.1
 * tools read a key `on` as true and a key `null` as null).
 */
export function yaml11Trap(source: string, key = false): Trap | undefined {
  const s = source;
  if (s.length > 40 || s.length === 0) return key && s.length === 0 ? { reads11: 'null', reads12: 'text' } : undefined;
  // A trap is one of a few words, or starts with a digit, a sign or a dot: most text is settled here.
  const c = s.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) && (s.length > 5 || !WORDS.test(s))) return undefined;
  if (BOOL11.test(s)) {
    if (!BOOL12.test(s)) return { reads11: boolWord(s), reads12: 'text' };
    return key ? { reads11: boolWord(s), reads12: 'text' } : undefined;
  }
  if (key && NULL_KEY.test(s)) return { reads11: 'null', reads12: 'text' };
  if (key && s === '<<') return { reads11: 'a merge of another mapping', reads12: 'text' };
  if (s === '=') return { reads11: 'a "value" tag PyYAML cannot load', reads12: 'text' };
  if (DATE11.test(s)) return { reads11: 'a date', reads12: 'text' };
  if (LEADING_ZERO.test(s)) {
    const twelve = key ? 'text' : `the number ${Number(s)}`;
    return /[89]/.test(s) ? { reads11: 'text', reads12: twelve } : { reads11: `the octal number ${parseInt(s, 8)}`, reads12: twelve };
  }
  if (OCTAL12.test(s)) return { reads11: 'text', reads12: key ? 'text' : `the number ${parseInt(s.slice(2), 8)}` };
  if (BINARY11.test(s)) return { reads11: `the number ${parseInt(s.replace(/_/g, '').replace(/^[-+]?0b/, ''), 2) * (s.startsWith('-') ? -1 : 1)}`, reads12: 'text' };
  if (s.includes('_') && /[0-9]/.test(s) && UNDERSCORE_NUMBER.test(s)) return { reads11: `the number ${Number(s.replace(/_/g, ''))}`, reads12: 'text' };
  if (SEXAGESIMAL.test(s)) return { reads11: `the base-60 number ${sexagesimal(s)}`, reads12: 'text' };
  if (FLOAT_EXP12.test(s) && !FLOAT_EXP11.test(s)) return { reads11: 'text (in PyYAML)', reads12: key ? 'text' : `the number ${Number(s)}` };
  return undefined;
}

function sexagesimal(s: string): number {
  const neg = s.startsWith('-');
  const parts = s.replace(/^[-+]/, '').replace(/_/g, '').split(':');
  const v = parts.reduce((acc, p) => acc * 60 + Number(p), 0);
  return neg ? -v : v;
}

/**
 * Would this text, written plain, read differently in a YAML 1.1 tool or not as this text in
 * YAML 1.2? Writers quote such strings (a string that is a number or a boolean in YAML 1.2 is
 * quoted by the `yaml` package anyway).
 */
export function needsQuotes(value: string): boolean {
  return yaml11Trap(value) !== undefined || yaml11Trap(value, true) !== undefined;
}

/**
 * Marks every string of a document about to be written that would be a trap if written plain
 * (a value or a key) as double-quoted, so that YAML 1.1 tools read the same text as `plan`.
 */
export function quoteTraps(doc: Document): void {
  const Y = yamlLib();
  Y.visit(doc, {
    Scalar(_k, node) {
      if (typeof node.value === 'string' && needsQuotes(node.value) && (node.type === undefined || node.type === 'PLAIN')) node.type = 'QUOTE_DOUBLE';
    },
  });
}
