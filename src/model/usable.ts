import { validate, type SchemaError } from '../schema/validate.js';
import type { Kind } from './types.js';

/**
 * The front matter a file with schema errors still gives the model, so that one slip does not
 * hide the others (issue 18): each offending key of a mapping left out (an unknown key, a wrong
 * value of an optional field), when what is left conforms to the schema of its kind. Rules then
 * read only data the schema accepts (they never see a value it rejects), and the schema rule
 * still reports every error. Undefined when nothing sound is left: a required key missing or
 * wrong, an error at the top or in a list's item (leaving an item out would shift the positions
 * of the rest).
 */
export function usableData(kind: Kind, data: Record<string, unknown>, errors: readonly SchemaError[]): Record<string, unknown> | undefined {
  if (!errors.length) return data;
  const copy = structuredClone(data);
  let left: readonly SchemaError[] = errors;
  // Leaving a key out can uncover no new error but a `required` one, which ends the attempt.
  for (let round = 0; round < 3 && left.length; round++) {
    for (const e of left) {
      const key = e.path[e.path.length - 1];
      if (e.keyword === 'required' || typeof key !== 'string') return undefined;
      const parent = valueAt(copy, e.path.slice(0, -1));
      if (!parent || typeof parent !== 'object' || Array.isArray(parent)) return undefined;
      delete (parent as Record<string, unknown>)[key];
    }
    left = validate(kind, copy);
  }
  return left.length ? undefined : copy;
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[String(seg)];
  }
  return cur;
}
