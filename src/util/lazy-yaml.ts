import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let mod: typeof import('yaml') | undefined;

/**
 * The `yaml` package, loaded on first use: it is some eighty modules, and a `plan lint --cache`
 * run with nothing to place in front matter needs none of them. (It is the same instance an
 * `import ... from 'yaml'` gets: Node loads its CommonJS build for both.)
 */
export function yamlLib(): typeof import('yaml') {
  return (mod ??= require('yaml') as typeof import('yaml'));
}

/**
 * How plan parses YAML, in one place: YAML 1.2 core schema (no yes/no booleans, no octal or
 * sexagesimal surprises), a repeated key is an error, keys are kept as written (`1:` is the key
 * "1"), no `<<` merge keys, plain one-line error messages. A call adds only its own extras
 * (`{ ...YAML_PARSE, lineCounter }`).
 */
export const YAML_PARSE = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  stringKeys: true,
  prettyErrors: false,
  merge: false,
} as const satisfies import('yaml').ParseOptions & import('yaml').DocumentOptions & import('yaml').SchemaOptions;
