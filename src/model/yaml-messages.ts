/**
 * YAML errors in a drafter's words, each with what to do; the parser's own words follow in
 * parentheses for those who want them (issue 18: messages for people who are not programmers).
 */
import type { Document, LineCounter, Pair, Scalar } from 'yaml';
import { yamlLib } from '../util/lazy-yaml.js';

/** What the message needs to know of the error and of the front matter it is in. */
export interface YamlErrorContext {
  code: string;
  message: string;
  /** Offset of the error in the YAML text. */
  at: number;
  src: string;
  doc: Document.Parsed;
  lc: LineCounter;
  /** File line of the YAML's first line. */
  yamlStartLine: number;
}

/** The parser's first sentence, without its "at line N, column M". */
export function parserWords(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

/** A YAML error or warning as a drafter reads it. */
export function drafterYamlMessage(e: YamlErrorContext): string {
  const words = parserWords(e.message);
  const parser = ` (YAML parser: ${words}.)`;
  switch (e.code) {
    case 'DUPLICATE_KEY': {
      const dup = duplicateOf(e);
      if (!dup) return `Duplicate key: a key appears twice in the same mapping; keep one.${parser}`;
      return `Duplicate key \`${dup.key}\`: it is already used on line ${dup.firstLine}; keep one of the two (merge their values).${parser}`;
    }
    case 'TAB_AS_INDENT':
      return `Use spaces, not a tab, to indent.${parser}`;
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const q = quotedLine(e);
      return `This value contains ': ' — put the whole value in quotes${q ? `: ${q}` : ''}.${parser}`;
    }
    case 'TAG_RESOLVE_FAILED':
      return `Unknown YAML tag: ${words} (the corpus uses plain YAML values only).`;
    case 'MISSING_CHAR':
      return `A quote or bracket opened here is never closed: close it.${parser}`;
    default:
      return `YAML syntax error: ${words}.`;
  }
}

/** The key a DUPLICATE_KEY error is about (its second use starts at the error) and its first use's file line. */
function duplicateOf(e: YamlErrorContext): { key: string; firstLine: number } | undefined {
  const Y = yamlLib();
  let found: { key: string; firstLine: number } | undefined;
  Y.visit(e.doc, {
    Map(_k, map) {
      const first = new Map<string, number>();
      for (const it of map.items as Pair[]) {
        const k = it.key as Scalar | null;
        if (!Y.isScalar(k) || !k.range) continue;
        const name = String(k.value);
        const at = first.get(name);
        if (at === undefined) first.set(name, k.range[0]);
        else if (k.range[0] === e.at) {
          found = { key: name, firstLine: e.lc.linePos(at).line + e.yamlStartLine - 1 };
          return Y.visit.BREAK;
        }
      }
      return undefined;
    },
  });
  return found;
}

/** The line of an unquoted value with ": " in it, written with the value quoted (`title: "Plan: of action"`). */
function quotedLine(e: YamlErrorContext): string | undefined {
  const start = e.src.lastIndexOf('\n', Math.max(0, e.at - 1)) + 1;
  const end = e.src.indexOf('\n', start);
  const line = e.src.slice(start, end < 0 ? undefined : end);
  const m = /^(\s*(?:-\s+)?)([^\s:#"'][^:#]*?):\s+(.*?)\s*$/.exec(line);
  if (!m || !m[3] || /^["'[{|>]/.test(m[3])) return undefined;
  return `${m[2]}: ${JSON.stringify(m[3])}`;
}

