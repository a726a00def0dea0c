import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Kind } from '../model/types.js';
import { didYouMean } from '../util/text.js';

const require = createRequire(import.meta.url);

/** Kinds that have a schema, in the order `plan schema` lists them. */
export const SCHEMA_KINDS = ['document', 'paragraph', 'instrument', 'state', 'commitment', 'body', 'config'] as const;
export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/** Folder holding the JSON Schemas (beside src/ and dist/). */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** The schema of a kind, as JSON text exactly as shipped. */
export function schemaText(kind: SchemaKind): string {
  return readFileSync(`${SCHEMA_DIR}${kind}.schema.json`, 'utf8');
}

/** The ajv options every validator is built with (also by scripts/compile-schemas.mjs). */
export const AJV_OPTIONS = { allErrors: true, strict: true, allowUnionTypes: false, verbose: true } as const;

/** Identifies the schemas and how they are compiled: precompiled validators are used only when it matches. */
export function schemasHash(texts: Record<string, string>): string {
  const h = createHash('sha256').update(JSON.stringify(AJV_OPTIONS));
  for (const k of SCHEMA_KINDS) h.update(`\0${k}\0`).update(texts[k] ?? '');
  return h.digest('hex');
}

/** The precompiled validators (`npm run build` writes them), if they were built from these very schemas. */
// By its path from dist/, not beside this module: the bundle (dist/bundle/) runs this code too,
// and a file beside it there does not exist (the validators were compiled at every start).
const PRECOMPILED = fileURLToPath(new URL('../schema/validators.cjs', import.meta.url));

let compiled: Map<string, ValidateFunction> | undefined;
let source: 'precompiled' | 'compiled' | undefined;

/**
 * Validators, built once per process: the precompiled ones when they were made
 * from the schemas as they are now (compiling seven schemas with ajv costs a few
 * hundred milliseconds at every start), else compiled here (strict mode on: it
 * catches schema typos). Both come from the same ajv and options.
 */
function validators(): Map<string, ValidateFunction> {
  if (compiled) return compiled;
  const texts = Object.fromEntries(SCHEMA_KINDS.map((k) => [k, schemaText(k)]));
  if (process.env.PLAN_PRECOMPILED !== '0' && existsSync(PRECOMPILED)) {
    try {
      const mod = require(PRECOMPILED) as Record<string, unknown>;
      if (mod.SCHEMA_HASH === schemasHash(texts) && SCHEMA_KINDS.every((k) => typeof mod[k] === 'function')) {
        source = 'precompiled';
        return (compiled = new Map(SCHEMA_KINDS.map((k) => [k, mod[k] as ValidateFunction])));
      }
    } catch {
      // unreadable or from another build: compile instead
    }
  }
  // ajv and ajv-formats are CommonJS and only needed here.
  const Ajv = require('ajv') as { default: new (o: object) => { compile(s: object): ValidateFunction } };
  const addFormats = require('ajv-formats') as { default: (a: unknown, f: string[]) => void };
  const ajv = new Ajv.default(AJV_OPTIONS);
  addFormats.default(ajv, ['uri']);
  compiled = new Map();
  for (const k of SCHEMA_KINDS) compiled.set(k, ajv.compile(JSON.parse(texts[k]!) as object));
  source = 'compiled';
  return compiled;
}

/** Where this process's validators come from (for tests). */
export function validatorSource(): 'precompiled' | 'compiled' {
  validators();
  return source!;
}

export interface SchemaError {
  /** Path of the offending value in the data. */
  path: Array<string | number>;
  /** true when the position is that of a key (an unknown key). */
  atKey: boolean;
  message: string;
  keyword: string;
}

/** Validates data of a kind; [] when valid. Messages say what was found and what was expected. */
export function validate(kind: Kind | SchemaKind, data: unknown): SchemaError[] {
  const v = validators().get(kind);
  if (!v) return [];
  if (v(data)) return [];
  return simplify(v.errors ?? [], kind).map((e) => toSchemaError(e, data));
}

/** Drops errors implied by others (the branches of a failed oneOf, say). */
function simplify(errors: ErrorObject[], _kind: string): ErrorObject[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  return errors.filter((e) => {
    if (e.keyword === 'oneOf') return true;
    // A sub-error under a failed oneOf at the same or a deeper path is noise beside the oneOf message.
    for (const p of oneOfPaths) if (e.schemaPath.includes('/oneOf/') && (e.instancePath === p || e.instancePath.startsWith(p + '/'))) return false;
    return true;
  });
}

function pathOf(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function show(v: unknown): string {
  if (typeof v === 'string') return `\`${v.length > 60 ? v.slice(0, 60) + '…' : v}\``;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `\`${String(v)}\``;
}

function valueAt(data: unknown, path: Array<string | number>): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[String(seg)];
  }
  return cur;
}

function nameOf(path: Array<string | number>): string {
  if (path.length === 0) return 'front matter';
  return '`' + path.map((s, i) => (typeof s === 'number' ? `[${s}]` : (i ? '.' : '') + s)).join('') + '`';
}

function toSchemaError(e: ErrorObject, data: unknown): SchemaError {
  const path = pathOf(e.instancePath);
  const where = nameOf(path);
  const found = valueAt(data, path);
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { path, atKey: false, keyword: e.keyword, message: `Missing required key \`${String(p.missingProperty)}\` in ${where}.` };
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const known = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties) ?? {});
      // An obligation written before issue 21: its `on` is `subject` now (YAML 1.1 tools read `on` as true).
      const renamed = key === 'on' && known.includes('subject') ? '; it is called `subject` now (YAML 1.1 tools read `on` as true).' : '';
      return { path: [...path, key], atKey: true, keyword: e.keyword, message: `Unknown key \`${key}\` in ${where}${renamed || didYouMean(key, known) || '.'}` };
    }
    case 'enum':
      return { path, atKey: false, keyword: e.keyword, message: `${where} must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}; found ${show(found)}${typeof found === 'string' ? didYouMean(found, (p.allowedValues as unknown[]).map(String)) || '.' : '.'}` };
    case 'const':
      return { path, atKey: false, keyword: e.keyword, message: `${where} must be ${JSON.stringify(p.allowedValue)}; found ${show(found)}.` };
    case 'type':
      return { path, atKey: false, keyword: e.keyword, message: `${where} must be ${article(String(p.type))}; found ${show(found)}.` };
    case 'pattern':
      return { path, atKey: false, keyword: e.keyword, message: `${where} has an invalid form: ${show(found)} does not match ${String(p.pattern)}.` };
    case 'maxLength':
    case 'minLength':
      return { path, atKey: false, keyword: e.keyword, message: `${where} ${e.message ?? 'has the wrong length'}.` };
    case 'maxItems':
    case 'minItems':
      return { path, atKey: false, keyword: e.keyword, message: `${where} ${e.message ?? 'has the wrong number of items'}.` };
    case 'uniqueItems':
      return { path, atKey: false, keyword: e.keyword, message: `${where} lists the same value twice (items ${String(p.j)} and ${String(p.i)}).` };
    case 'oneOf':
      return { path, atKey: false, keyword: e.keyword, message: `${where} has the wrong shape: found ${show(found)}.` };
    case 'format':
      return { path, atKey: false, keyword: e.keyword, message: `${where} must be a ${String(p.format)}; found ${show(found)}.` };
    default:
      return { path, atKey: false, keyword: e.keyword, message: `${where} ${e.message ?? 'is invalid'}.` };
  }
}

function article(t: string): string {
  const m: Record<string, string> = { string: 'a string', array: 'a list', object: 'a mapping', boolean: 'true or false', integer: 'a whole number', number: 'a number', null: 'empty' };
  return m[t] ?? t;
}
