/**
 * `plan xref --format mermaid`: a Mermaid `flowchart`. Node ids are generated
 * (n1, n2...; groups g1, g2...), so no corpus id can break the syntax; every
 * label is a quoted string with Mermaid's entity codes for the characters
 * that would end or re-interpret it (`"` `#` `<` `>` `&` `|` and the backtick,
 * and `%`: Mermaid reads `%%{init: ...}%%` anywhere in the text as a directive).
 * Unicode passes through.
 */
import { graphOf, type Graph } from './graph.js';
import type { XrefFormatter } from './view.js';

const ENTITIES: Record<string, string> = { '"': '#quot;', '#': '#35;', '<': '#lt;', '>': '#gt;', '&': '#amp;', '|': '#124;', '`': '#96;', '%': '#37;' };

/** One line of a label, escaped for a quoted Mermaid string. */
export function mermaidText(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').replace(/["#<>&|`%]/g, (ch) => ENTITIES[ch]!);
}

function label(lines: string[]): string {
  return `"${lines.map(mermaidText).join('<br/>')}"`;
}

/** A comment line: `%%` to the end of the line; a leading `{`, or a `%%{` anywhere, would read as a directive. */
function comment(s: string): string {
  return `%% ${s.replace(/[\r\n]+/g, ' ').replace(/^\{/, '(').replace(/%/g, '#37;')}`;
}

export function renderMermaid(g: Graph): string {
  const id = new Map(g.nodes.map((n, i) => [n.key, `n${i + 1}`]));
  const out = ['flowchart LR', comment(`plan xref: ${g.title}`), ...g.notes.map((n) => comment(`Note: ${n}`))];
  const shape = (n: Graph['nodes'][number]): string => {
    const l = label(n.label);
    switch (n.kind) {
      case 'instrument': return `${id.get(n.key)}[[${l}]]`;
      case 'external': return `${id.get(n.key)}{{${l}}}`;
      case 'document': return `${id.get(n.key)}([${l}])`;
      default: return `${id.get(n.key)}[${l}]`;
    }
  };
  g.groups.forEach((gr, i) => {
    const members = g.nodes.filter((n) => n.group === gr.key);
    if (!members.length) return;
    out.push(`  subgraph g${i + 1}[${label([gr.label])}]`);
    for (const n of members) out.push(`    ${shape(n)}`);
    out.push('  end');
  });
  for (const n of g.nodes) if (n.group === undefined || !g.groups.some((x) => x.key === n.group)) out.push(`  ${shape(n)}`);
  for (const e of g.edges) {
    const arrow = e.style === 'dashed' ? '-.->' : '-->';
    out.push(`  ${id.get(e.from)} ${arrow}${e.label ? `|${label([e.label])}|` : ''} ${id.get(e.to)}`);
  }
  const focus = g.nodes.filter((n) => n.focus).map((n) => id.get(n.key));
  out.push('  classDef instrument fill:#eef4fb,stroke:#0a4d8c');
  out.push('  classDef external fill:#fff4e5,stroke:#b36b00,stroke-dasharray:4 3');
  out.push('  classDef focus stroke-width:3px,stroke:#b00020');
  const of = (k: string) => g.nodes.filter((n) => n.kind === k).map((n) => id.get(n.key));
  if (of('instrument').length) out.push(`  class ${of('instrument').join(',')} instrument`);
  if (of('external').length) out.push(`  class ${of('external').join(',')} external`);
  if (focus.length) out.push(`  class ${focus.join(',')} focus`);
  return out.join('\n') + '\n';
}

export const xrefMermaid: XrefFormatter = (view) => renderMermaid(graphOf(view));
