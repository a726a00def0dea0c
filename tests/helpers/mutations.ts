/**
 * Generated mutations of corpus files for property-based tests: truncation,
 * hostile insertions (bidi and zero-width marks, NUL, lone surrogates, YAML
 * syntax, huge scalars), deletions, swapped lines, wrong types, deep nesting.
 */
import fc from 'fast-check';

const nasty = fc.constantFrom('\u202e', '\u200b', '\u0301', '\u0000', '\ud800', '\uFEFF', '\r', '\t', '*', '&a', '!!js/function', '__proto__', '---', '...', '>', '[', '{', ': ', '- ', '"', "'", '#', '\n', 'é', '“', '\u00a0', 'x'.repeat(5000));

/** One mutation of a file's text. */
export const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(nasty, fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 10 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), v: fc.constantFrom('[]', '{}', '42', 'null', 'true', '"x"', '- a', '2024-02-30', 'yes', '0777', '~') }),
  fc.record({ kind: fc.constant('deep' as const), n: fc.integer({ min: 60, max: 3000 }) }),
);
export type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

export function apply(text: string, m: Mutation): string {
  const at = (n: number) => (text.length ? n % (text.length + 1) : 0);
  switch (m.kind) {
    case 'truncate': return text.slice(0, at(m.at));
    case 'insert': return text.slice(0, at(m.at)) + m.s + text.slice(at(m.at));
    case 'delete': return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.n);
    case 'swap-lines': {
      const l = text.split('\n');
      const a = m.a % l.length, b = m.b % l.length;
      [l[a], l[b]] = [l[b]!, l[a]!];
      return l.join('\n');
    }
    case 'retype': {
      // Replace the value of one `key: value` line.
      const l = text.split('\n');
      const idx = l.map((x, i) => (/^\s*[\w-]+: /.test(x) ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) return text;
      const i = idx[m.at % idx.length]!;
      l[i] = l[i]!.replace(/: .*$/, `: ${m.v}`);
      return l.join('\n');
    }
    case 'deep': return text.replace('---\n', `---\nx: ${'['.repeat(m.n)}${']'.repeat(m.n)}\n`);
  }
}

