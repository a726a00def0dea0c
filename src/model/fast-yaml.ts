/**
 * The fast path for front matter: js-yaml (about ten times faster than `yaml`)
 * with a schema whose implicit types are exactly those of `yaml`'s YAML 1.2
 * core schema, so both give the same values (`2024-02-30`, `yes`, `0b11`,
 * `1_000` stay strings; `0o17`, `0x1F`, `.inf`, `~` resolve as in `yaml`).
 *
 * It answers only when it is sure to give what the `yaml` parse would: a
 * mapping, no error, and none of the constructs where the two parsers may
 * differ or that the corpus forbids (anchors, aliases, tags, directives,
 * complex keys, block scalars, tabs, control characters, keys that `yaml`
 * would keep as written where js-yaml resolves them). Otherwise, and for any
 * file with a problem, `undefined`: the caller parses with `yaml`, which finds
 * and places every problem. Positions are never needed for a file the fast
 * path accepts unless a rule reports on it; then the tree is built with `yaml`
 * (see ensureTree).
 *
 * Deep nesting is checked before either parser runs (yamlDepth).
 * tests/model/fast-yaml.test.ts compares both parsers on generated and
 * hostile inputs.
 */
import jsYaml from 'js-yaml';

const { FAILSAFE_SCHEMA, Type, load } = jsYaml;

// yaml 2.x, schema 'core' (src/schema/core/*.ts there), in its order: null, bool, int (octal,
// decimal, hex), float (nan/inf, exponent, plain).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string | null) => s === null || NULL.test(s), construct: () => null }),
    new Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (s: string | null) => s !== null && BOOL.test(s), construct: (s: string) => s[0] === 't' || s[0] === 'T' }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string | null) => s !== null && (INT_OCT.test(s) || INT.test(s) || INT_HEX.test(s)),
      construct: (s: string) => (INT_OCT.test(s) ? parseInt(s.substring(2), 8) : INT_HEX.test(s) ? parseInt(s.substring(2), 16) : parseInt(s, 10)),
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string | null) => s !== null && (FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s)),
      construct: (s: string) => (FLOAT_NAN.test(s) ? (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
    }),
  ],
});

/**
 * Text the fast path leaves to `yaml`: anchors, aliases and tags (`&`, `*`, `!`
 * starting a token), directives and document markers, complex keys (`? `),
 * flow collections used as keys, block scalars (`|`, `>`), a comment glued to
 * a quoted value or a bracket (`'a'#b`: an error for `yaml`, not for js-yaml),
 * an empty list item (js-yaml may take the next, less indented, item as its
 * content), a line that is only a comment (one less indented than the value it
 * interrupts is an error for `yaml` only) or starts with `:`, tabs, control and
 * Unicode line-separator characters; and lines of 1,000 characters or more
 * (see longLine).
 */
export const UNSURE = /(?:^|[\s,[{])[&*!]|[[{,'"\]}]#|^[ ]*(?:-[ ]+)*-[ ]*(?:#.*)?$|^[ ]*[:#]|^%|^(?:---|\.\.\.)(?:[ \n]|$)|(?:^|[\s,[{])\?(?:[ \n]|$)|[\]}][ ]*:(?:[ \n]|$)|(?:^|[\s:,[{-])[|>][-+0-9]*[ ]*(?:#.*)?$|[\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/m;
/** The characters without which only the alternatives of COMMON can match UNSURE. */
const RARE = /[&*!#?|>%\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;
const COMMON = /[\]}][ ]*:(?:[ \n]|$)|^[ ]*(?:-[ ]+)*-[ ]*$|^[ ]*:|^(?:---|\.\.\.)(?:[ \n]|$)/m;

/** A line of 1,000 characters or more (`yaml` limits implicit keys to 1,024). A regex would be quadratic. */
export function longLine(src: string): boolean {
  if (src.length < 1000) return false;
  let start = 0;
  for (;;) {
    const end = src.indexOf('\n', start);
    if ((end < 0 ? src.length : end) - start >= 1000) return true;
    if (end < 0) return false;
    start = end + 1;
  }
}

/** Same answer as UNSURE.test(src) || longLine(src), in one cheap scan for most front matter. */
export function unsure(src: string): boolean {
  return longLine(src) || (RARE.test(src) ? UNSURE.test(src) : COMMON.test(src));
}

/** Keys that `yaml` (stringKeys) keeps as written but js-yaml would resolve first. */
const KEY = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const RESOLVED_KEY = /^(?:null|true|false|nan|infinity)$/i;

/**
 * A string of its own. js-yaml returns values sliced out of its private copy of the input
 * (it appends a terminator), and one sliced value keeps that whole copy alive as long as the
 * data lives: at 50,000 files, tens of megabytes. Short strings are copied by V8 anyway.
 */
const own = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

/** Checks the keys (see KEY) and gives long strings their own storage (see own). */
function plainData(v: unknown, depth: number): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (depth > 64) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'string') v[i] = own(x);
      else if (!plainData(x, depth + 1)) return false;
    }
    return true;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if (!KEY.test(k) || RESOLVED_KEY.test(k)) return false;
    const x = o[k];
    if (typeof x === 'string') o[k] = own(x);
    else if (!plainData(x, depth + 1)) return false;
  }
  return true;
}

/** Can the fast path be used at all? PLAN_FAST_YAML=0 turns it off (to compare). */
export const FAST_YAML = process.env.PLAN_FAST_YAML !== '0';

/**
 * The front matter's data as `yaml` would give it, when the fast path is sure;
 * `undefined` otherwise (the caller then parses with `yaml`).
 */
export function fastYaml(src: string): Record<string, unknown> | undefined {
  if (!FAST_YAML || unsure(src)) return undefined;
  let data: unknown;
  try {
    let warned = false;
    data = load(src, { schema: SCHEMA, json: false, onWarning: () => { warned = true; } });
    if (warned) return undefined;
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return plainData(data, 0) ? (data as Record<string, unknown>) : undefined;
}
