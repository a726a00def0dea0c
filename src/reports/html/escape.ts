/**
 * Escaping for corpus strings in the HTML report. Every string that comes from
 * the corpus (titles, paragraph text, evidence, ids) goes through one of these;
 * the HTML modules never interpolate raw corpus text.
 */

/**
 * Characters that must not reach the page as themselves: C0/C1 controls (other
 * than tab and line breaks), bidi overrides and isolates (they could reorder
 * what a reader sees), zero-width and BOM characters, lone surrogates. They are
 * shown as `\u{…}`, the form `printable()` uses in terminals.
 */
function isHidden(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c < 0xa0)
    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
    || c === 0x200b || c === 0x200e || c === 0x200f || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff);
}

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function esc(s: string | number | undefined | null): string {
  if (s === undefined || s === null) return '';
  const t = String(s);
  let out = '';
  for (const ch of t) {
    switch (ch) {
      case '&': out += '&amp;'; break;
      case '<': out += '&lt;'; break;
      case '>': out += '&gt;'; break;
      case '"': out += '&quot;'; break;
      case "'": out += '&#39;'; break;
      default: {
        const c = ch.codePointAt(0)!;
        out += isHidden(c) ? `\\u{${c.toString(16)}}` : ch;
      }
    }
  }
  return out;
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` are
 * written as `\u003c`… so that no `</script>` or `<!--` can end or change the
 * block; U+2028/U+2029 (older JavaScript parsers) and the invisible
 * characters `esc` shows are written as JSON escapes (same value once parsed).
 * Lone surrogates are already escaped by JSON.stringify.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/[\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\ufeff\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A fragment id built from a corpus id: only `[A-Za-z0-9_-]` survive, anything
 * else becomes `_` followed by its code point, so that distinct ids stay distinct.
 */
export function anchor(prefix: string, id: string): string {
  let out = '';
  for (const ch of id) {
    if (/[A-Za-z0-9-]/.test(ch)) out += ch;
    else out += `_${ch.codePointAt(0)!.toString(16)}_`;
  }
  return `${prefix}-${out}`;
}

/** An http(s) URL as an href, or undefined (no javascript:, data: or relative links). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
