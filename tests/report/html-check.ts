/** Small structural checks on generated HTML (no parser dependency). */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style']);

/**
 * Checks that tags nest and close (void elements aside; SVG self-closing tags
 * allowed). Returns the problems found, empty when balanced.
 */
export function tagProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const re = /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (!m[2]) continue;
    const name = m[2].toLowerCase();
    if (m[1]) {
      const top = stack.pop();
      if (top !== name) problems.push(`</${name}> closes <${top ?? 'nothing'}> at ${m.index}`);
    } else if (m[4] || VOID.has(name)) {
      continue;
    } else if (RAW.has(name)) {
      const end = html.indexOf(`</${name}>`, re.lastIndex);
      if (end < 0) { problems.push(`<${name}> never closed`); break; }
      re.lastIndex = end + name.length + 3;
    } else stack.push(name);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  return problems;
}

/** Heading levels in document order. */
export function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

/** Does the heading sequence skip a level going down (h2 -> h4)? */
export function skippedLevels(levels: number[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < levels.length; i++) if (levels[i]! > levels[i - 1]! + 1) out.push(`h${levels[i - 1]} -> h${levels[i]} at heading ${i + 1}`);
  if (levels[0] !== 1) out.push('first heading is not h1');
  return out;
}

/** The text of every `<script>` block. */
export function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}
