import { markdownTree } from '../../model/markdown.js';
import { defineRule } from '../define.js';

/** A line that could open a Markdown block other than a paragraph. */
export const BLOCK_START = /^(?:[ \t]|[#>*+\-=_|<`~[]|\d{1,9}[.)])/m;

const WHAT: Record<string, string> = {
  heading: 'a heading', list: 'a list', code: 'a code block', blockquote: 'a block quote', thematicBreak: 'a thematic break', html: 'raw HTML', table: 'a table', definition: 'a link definition',
};

/** A paragraph's body is its text: no Markdown block that changes what readers see. */
export const bodyPlainText = defineRule({
  meta: {
    id: 'body-plain-text',
    description: 'A paragraph body is plain running text: no Markdown headings, lists, code blocks or quotes that would change how it reads.',
    severity: 'error',
    reads: 'document',
    docs: 'A paragraph\'s body is its text as circulated. Markdown that turns a line into a heading, a list, a code block or a quote changes what readers see: a line starting "1." becomes a list, a line indented by a tab becomes code. Escape the marker (`1\\.`) or remove the indentation. An empty body is reported too, and an HTML comment (a lint directive) is not text.',
    examples: [
      {
        title: 'A line starting with a number becomes a list',
        changes: [{ file: 'paragraphs/adopted/2.md', body: '1. Member states consider designating a national authority.' }],
        reports: ['Body contains a list'],
      },
      {
        title: 'The marker escaped: running text',
        changes: [{ file: 'paragraphs/adopted/2.md', body: '1\\. Member states consider designating a national authority.' }],
        reports: [],
      },
      {
        title: 'A paragraph with no text',
        changes: [{ file: 'paragraphs/adopted/2.md', body: '' }],
        reports: ['Paragraph has no text'],
      },
      {
        title: 'A lint directive is a comment, not text',
        changes: [{ file: 'paragraphs/adopted/2.md', body: '<!-- plan-lint-disable-next-line editorial-note -- kept as adopted -->\nMember states consider designating a national authority.' }],
        reports: [],
      },
    ],
  },
  needsMarkdown: (file) => file.kind === 'paragraph' && Boolean(file.data) && file.body.trim() !== '' && BLOCK_START.test(file.body),
  create: (ctx) => ({
    // Every paragraph file with front matter, also one the model leaves out (a duplicate id, a schema error).
    file(file) {
      if (file.kind !== 'paragraph' || !file.data) return;
      if (file.body.trim() === '') {
        ctx.report(file, { line: file.bodyStartLine, column: 1 }, 'Paragraph has no text: the body after the front matter is empty.');
        return;
      }
      // Only a line starting with a block marker (or indentation) can make anything but a paragraph:
      // skip the Markdown parser for the rest (identical findings, a fraction of the time).
      if (!BLOCK_START.test(file.body)) return;
      const tree = markdownTree(file);
      if (!tree.ok) {
        ctx.report(file, { line: file.bodyStartLine, column: 1 }, tree.reason);
        return;
      }
      for (const node of tree.root.children) {
        const what = WHAT[node.type];
        // An HTML comment is a lint directive, not text.
        if (node.type === 'html' && /^<!--[\s\S]*-->$/.test((node as { value: string }).value.trim())) continue;
        if (what && node.position) {
          ctx.report(file, { line: node.position.start.line + file.bodyStartLine - 1, column: node.position.start.column }, `Body contains ${what}; a paragraph's body is its text as circulated (escape the marker, e.g. \`1\\.\`, or remove the indentation).`);
        }
      }
    },
  }),
});
