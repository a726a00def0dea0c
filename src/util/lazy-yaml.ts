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
