/**
 * Reads the layouts of the source texts: one YAML file per text in
 * sources/seeds/layouts/ (data only; see {@link DocLayout} for the keys),
 * checked for shape here so that a typo is one line naming the file and key,
 * not a wrong split.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { compareText } from '../../util/text.js';
import { LayoutError, type DocLayout } from './layout.js';

type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === 'string';
const strs: Check = (v) => Array.isArray(v) && v.every(str);
const obj: Check = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const level: Check = (v) => v === 1 || v === 2;
const no: Check = (v) => v === false;

/** Allowed keys of each part of a layout and what their values must be (a name: a part, checked in turn). */
const SHAPES: Readonly<Record<string, Readonly<Record<string, Check | string>>>> = {
  layout: { file: str, meta: obj, titleLines: strs, root: 'root', headings: 'heading[]', marks: 'mark[]', joins: strs, footnote: 'footnote' },
  root: { slug: str, type: str },
  heading: { line: str, level, type: str, id: str, slug: str, letterType: str, addressees: strs },
  mark: { at: str, id: str, type: str, slug: str, zoneType: str, items: 'items', numbered: (v) => v === 'part-of' || v === 'nest', refs: 'ref[]' },
  items: { ids: (v) => v === 'number', type: str, instruments: (v) => typeof v === 'boolean' },
  ref: { text: str, target: str, resolved: no, description: str },
  footnote: { note: str, refs: 'ref[]', priority: 'priority' },
  priority: { numbers: strs, date: str, meeting: str },
};
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  layout: ['file', 'meta', 'titleLines', 'root', 'headings', 'marks', 'joins'],
  root: ['slug', 'type'],
  heading: ['line', 'level', 'type'],
  mark: ['at'],
  ref: ['text', 'target'],
  footnote: ['note'],
  priority: ['numbers', 'date', 'meeting'],
};

/** Problems with `v` as a `shape` (a part name, or a part name with [] for a list of them), at `path`. */
function problems(v: unknown, shape: string, path: string): string[] {
  if (shape.endsWith('[]')) {
    if (!Array.isArray(v)) return [`${path}: expected a list`];
    return v.flatMap((x, i) => problems(x, shape.slice(0, -2), `${path}[${i}]`));
  }
  if (!obj(v)) return [`${path}: expected a map`];
  const o = v as Record<string, unknown>;
  const keys = SHAPES[shape]!;
  const out = (REQUIRED[shape] ?? []).filter((k) => !(k in o)).map((k) => `${path}: missing ${k}`);
  for (const [k, x] of Object.entries(o)) {
    const check = keys[k];
    if (check === undefined) out.push(`${path}: unknown key ${k}`);
    else if (typeof check === 'string') out.push(...problems(x, check, `${path}.${k}`));
    else if (!check(x)) out.push(`${path}.${k}: unexpected value ${JSON.stringify(x)}`);
  }
  return out;
}

/** One layout file, parsed (YAML 1.2 core schema) and checked. */
export function readLayout(path: string): DocLayout {
  const doc = YAML.parseDocument(readFileSync(path, 'utf8'), { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) throw new LayoutError(`${path}: ${doc.errors[0]!.message}`);
  const data = doc.toJS({ maxAliasCount: 0 }) as unknown;
  const found = problems(data, 'layout', 'layout');
  if (found.length === 0 && typeof (data as { meta: Record<string, unknown> }).meta['id'] !== 'string') found.push('layout.meta: missing id');
  if (found.length > 0) throw new LayoutError(`${path}: ${found.join('; ')}`);
  return data as DocLayout;
}

/** The layouts in `dir` (every *.yaml), in the order of the source texts they describe. */
export function loadLayouts(dir: string): DocLayout[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  } catch {
    throw new LayoutError(`${dir}: no layouts folder (one <document>.yaml per source text)`);
  }
  return names.map((f) => readLayout(join(dir, f))).sort((a, b) => compareText(a.file, b.file));
}
