/**
 * The code's lists of enum values are the schemas' own: src/model/schema-enums.ts is generated
 * from schemas/*.schema.json, and src/model/types.ts takes its lists and types from there.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as enums from '../../src/model/schema-enums.js';
import { DOCUMENT_STATUSES, FORCES, PARAGRAPH_TYPES, RELATION_TYPES, STATUSES } from '../../src/model/types.js';
import { REPO } from '../cli/run.js';

const schema = (kind: string) => JSON.parse(readFileSync(join(REPO, 'schemas', `${kind}.schema.json`), 'utf8')) as Record<string, unknown>;
const at = (node: unknown, path: string): unknown => path.split('/').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], node);

describe('enum values: the schemas, not a copy', () => {
  it.each([
    ['FORCES', 'paragraph', 'properties/force/enum'],
    ['PARAGRAPH_TYPES', 'paragraph', 'properties/type/enum'],
    ['RELATION_TYPES', 'paragraph', 'properties/relations/items/properties/type/enum'],
    ['RELATION_BASES', 'paragraph', 'properties/relations/items/properties/basis/enum'],
    ['STATUSES', 'commitment', 'properties/records/items/properties/status/enum'],
    ['DOCUMENT_STATUSES', 'document', 'properties/status/enum'],
    ['RESTATES_AS', 'document', 'definitions/restated/properties/as/enum'],
    ['INSTRUMENT_TYPES', 'instrument', 'properties/type/enum'],
    ['PARTICIPATIONS', 'state', 'properties/oas/properties/participation/enum'],
    ['BODY_KINDS', 'body', 'properties/kind/enum'],
    ['RULE_SEVERITIES', 'config', 'properties/rules/additionalProperties/enum'],
  ])('%s is %s.schema.json %s, in its order', (name, kind, path) => {
    expect((enums as Record<string, readonly string[]>)[name]).toEqual(at(schema(kind), path));
  });

  it('types.ts hands out the generated lists themselves', () => {
    expect([FORCES, PARAGRAPH_TYPES, RELATION_TYPES, STATUSES, DOCUMENT_STATUSES]).toEqual([enums.FORCES, enums.PARAGRAPH_TYPES, enums.RELATION_TYPES, enums.STATUSES, enums.DOCUMENT_STATUSES]);
    expect(FORCES).toBe(enums.FORCES);
    expect(STATUSES).toBe(enums.STATUSES);
  });

  it('the generated module is what the script writes from the schemas as they are (every enum listed)', () => {
    const r = spawnSync(process.execPath, [join(REPO, 'scripts/gen-schema-enums.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(Object.keys(enums)).toHaveLength(11);
  });
});
