/**
 * Edits a corpus file's front matter node by node (comments, quoting and
 * layout of everything else kept), for the commands that add to or amend
 * commitment records (plan import replies, plan confirm).
 */
import YAML from 'yaml';
import { UsageError } from '../errors.js';

/** Plain scalars a YAML 1.1 tool would read as something else: quoted in what is added. */
const TRAPS = /^(?:\d{4}-\d{1,2}-\d{1,2}(?:[Tt ].*)?|y|n|yes|no|on|off|true|false|null|~|[-+]?(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][-+]?\d+)?|0[box][\da-f_]+|\d+(?::[0-5]?\d)+(?:\.\d*)?|[-+]?\.(?:inf|nan))$/i;

/** A node for `value` whose strings that YAML 1.1 tools would misread are double-quoted. */
export function portableNode(doc: YAML.Document, value: unknown): YAML.Node {
  const node = doc.createNode(value);
  YAML.visit(node, {
    Scalar(_k, s) {
      if (typeof s.value === 'string' && TRAPS.test(s.value)) s.type = 'QUOTE_DOUBLE';
    },
  });
  return node;
}

/**
 * The file with its front matter changed by `edit` (which gets the parsed
 * YAML document); line endings and body kept. `what` names the file in errors.
 */
export function editFrontMatter(text: string, what: string, edit: (doc: YAML.Document.Parsed) => void): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const end = lines.findIndex((l, i) => i > 0 && l === '---');
  if (lines[0]?.replace(/^\ufeff/, '') !== '---' || end < 0) throw new UsageError(`${what} has no front matter; fix it (plan lint) and try again.`);
  const doc = YAML.parseDocument(lines.slice(1, end).join('\n'), { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) throw new UsageError(`${what} does not parse; fix it (plan lint) and try again.`);
  edit(doc);
  const yaml = doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
  return [lines[0], yaml.replace(/\n$/, ''), ...lines.slice(end)].join('\n').replace(/\n/g, eol);
}
