import { defineRule } from '../define.js';

/** Schema conformance, each error at the offending key or value. */
export const schema = defineRule({
  meta: {
    id: 'schema',
    description: 'Front matter conforms to the JSON Schema of its kind (see `plan schema <kind>`).',
    severity: 'error',
    reads: 'front-matter',
    docs: 'Each kind of file (document, paragraph, instrument, state, commitment, body) has a JSON Schema, which `plan schema <kind>` prints. Each error is reported at the offending key or value: an unknown key at the key (with the name it has now, if it was renamed), a wrong value at the value (with the nearest allowed one, if it is a likely typo), a missing key at the mapping. A file outside the corpus layout is reported at its first line.',
    examples: [
      {
        title: 'A misspelt force',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['force: consider', 'force: shal']] }],
        reports: ['did you mean `shall`'],
      },
      {
        title: 'A key the schema does not know',
        changes: [{ file: 'instruments/untoc.md', replace: [['short-titles: [UNTOC, Palermo Convention]', 'short-names: [UNTOC, Palermo Convention]']] }],
        reports: ['Unknown key `short-names`'],
      },
      {
        title: 'An optional key left out',
        changes: [{ file: 'instruments/untoc.md', replace: [['short-titles: [UNTOC, Palermo Convention]\n', '']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    file(file) {
      if (file.kind === 'unknown') {
        if (file.data) ctx.report(file, { line: 1, column: 1 }, `File is outside the corpus layout (${file.rel}); expected documents/<id>.md, paragraphs/<document>/<number>.md, instruments/<id>.md, states/<ISO3>.md, commitments/<ISO3>/<subject>.md or bodies/<id>.md.`);
        return;
      }
      for (const e of file.schemaErrors ?? []) ctx.report(file, { path: e.path, key: e.atKey }, e.message);
    },
  }),
});
