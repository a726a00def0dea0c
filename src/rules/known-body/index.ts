import { exists } from '../../model/model.js';
import { didYouMean } from '../../util/text.js';
import { defineRule } from '../define.js';

/** Addressees, authors and adopting bodies come from the registry in bodies/. */
export const knownBody = defineRule({
  meta: {
    id: 'known-body',
    description: 'Addressees, document authors and adopting bodies are ids from the registry of bodies (bodies/).',
    severity: 'error',
    reads: 'front-matter',
    docs: 'The organs, delegations and groups that write, adopt and are addressed by the texts are listed once, in `bodies/<id>.md`, and named by their id everywhere else: a paragraph\'s `addressees`, a document\'s `author` and the body in its `adopted.by`, and a body\'s `parent`. A misspelt id is answered with the nearest one ("did you mean `member-states`?"); a new body is added to the registry.',
    examples: [
      {
        title: 'A misspelt addressee',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['addressees: [member-states]', 'addressees: [member-state]']] }],
        reports: ['Unknown body `member-state`; did you mean `member-states`?'],
      },
      {
        title: 'A document adopted by a body missing from the registry',
        changes: [{ file: 'documents/adopted.md', replace: [['adopted: {by: general-assembly', 'adopted: {by: permanent-council']] }],
        reports: ['Unknown body `permanent-council`: add bodies/permanent-council.md to the registry.'],
      },
      {
        title: 'A paragraph addressed to two bodies of the registry',
        changes: [{ file: 'paragraphs/adopted/2.md', replace: [['addressees: [member-states]', 'addressees: [member-states, general-assembly]']] }],
        reports: [],
      },
    ],
  },
  create: (ctx) => {
    const c = ctx.corpus;
    const msg = (id: string) => `Unknown body \`${id}\`${didYouMean(id, c.bodies.keys()) || `: add bodies/${id}.md to the registry.`}`;
    return {
      paragraph(p) {
        (p.fm.addressees ?? []).forEach((a, i) => {
          if (!exists(c, 'body', a)) ctx.report(p.file, { path: ['addressees', i] }, msg(a));
        });
      },
      document({ document: d }) {
        if (!d) return;
        if (!exists(c, 'body', d.fm.author)) ctx.report(d.file, { path: ['author'] }, msg(d.fm.author));
        if (d.fm.adopted && !exists(c, 'body', d.fm.adopted.by)) ctx.report(d.file, { path: ['adopted', 'by'] }, msg(d.fm.adopted.by));
      },
      // Bodies have no hook of their own: the registry is read at the end (findings on files
      // the run does not report on are dropped).
      end() {
        for (const b of c.bodies.values()) {
          if (b.fm.parent && !exists(c, 'body', b.fm.parent)) ctx.report(b.file, { path: ['parent'] }, msg(b.fm.parent));
        }
      },
    };
  },
});
