import { defineRule } from '../define.js';

/** The id is the file's path: analysts cite ids, and tools find files by them. */
export const idMatchesPath = defineRule({
  meta: {
    id: 'id-matches-path',
    description: 'A file\'s `id` equals the id its path implies (paragraphs/<document>/<number>.md is `<document>/<number>`).',
    severity: 'error',
    reads: 'front-matter',
    docs: 'Analysts cite ids, and tools find a file by its id, so the `id` is the file\'s path: `instruments/untoc.md` is `untoc`, `paragraphs/adopted/2.md` is `adopted/2`, `commitments/MEX/untoc.md` is `MEX/untoc`. A paragraph\'s id also agrees with its `document` and `number`, and a commitment\'s with its `state`. A file whose path or id is itself wrong elsewhere (outside the layout, no string id) is left to `schema`.',
    examples: [
      {
        title: 'An id that is not the path',
        changes: [{ file: 'instruments/untoc.md', replace: [['id: untoc', 'id: palermo']] }],
        reports: ['Id `palermo` does not match the file\'s path, which implies `untoc`.'],
      },
      {
        title: 'A paragraph renumbered in its front matter only',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['number: "2"', 'number: "3"']] }],
        reports: ['Id `adopted/2` does not agree with document `adopted` and number `3` (expected `adopted/3`).'],
      },
      {
        title: 'A commitment filed under another state',
        changes: [{ file: 'commitments/NIC/untoc.md', replace: [['state: NIC', 'state: MEX']] }],
        reports: ['State `MEX` does not agree with id `NIC/untoc`.'],
      },
      {
        title: 'Id, path, document and number agree',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['id: adopted/2', 'id: "adopted/2"']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => ({
    file(file) {
      const d = file.data;
      if (!d || file.kind === 'unknown' || typeof d.id !== 'string') return;
      if (d.id !== file.pathId) {
        ctx.report(file, { path: ['id'] }, `Id \`${d.id}\` does not match the file's path, which implies \`${file.pathId}\`.`);
      }
      if (file.kind === 'paragraph' && typeof d.document === 'string' && typeof d.number === 'string') {
        const expected = `${d.document}/${d.number}`;
        if (d.id !== expected) ctx.report(file, { path: ['number'] }, `Id \`${d.id}\` does not agree with document \`${d.document}\` and number \`${d.number}\` (expected \`${expected}\`).`);
      }
      if (file.kind === 'commitment' && typeof d.state === 'string' && typeof d.id === 'string' && !d.id.startsWith(`${d.state}/`)) {
        ctx.report(file, { path: ['state'] }, `State \`${d.state}\` does not agree with id \`${d.id}\`.`);
      }
    },
  }),
});
