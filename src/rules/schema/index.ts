import type { LegacyRule as Rule } from '../types.js';

/** Schema conformance, each error at the offending key or value. */
export const schema: Rule = {
  id: 'schema',
  description: 'Front matter conforms to the JSON Schema of its kind (see `plan schema <kind>`).',
  severity: 'error',
  scope: 'file',
  reads: 'front-matter',
  check(ctx, file) {
    if (file.kind === 'unknown') {
      if (file.data) ctx.report(file, { line: 1, column: 1 }, `File is outside the corpus layout (${file.rel}); expected documents/<id>.md, paragraphs/<document>/<number>.md, instruments/<id>.md, states/<ISO3>.md, commitments/<ISO3>/<subject>.md or bodies/<id>.md.`);
      return;
    }
    for (const e of file.schemaErrors ?? []) ctx.report(file, { path: e.path, key: e.atKey }, e.message);
  },
};
