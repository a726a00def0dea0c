/**
 * `plan xref --format dot`: a Graphviz digraph. Node ids are generated and
 * quoted; labels are quoted strings where `"` and `\` are escaped and line
 * breaks become `\n`; texts are clusters. Unicode passes through (UTF-8).
 */
import { graphOf, type Graph } from './graph.js';
import type { XrefFormatter } from './view.js';

/** A DOT quoted string. */
export function dotString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n\t]+/g, ' ')}"`;
}

/** A label of several lines (`\n` between them; the rest escaped). */
function label(lines: string[]): string {
  return lines.map((l) => dotString(l).slice(1, -1)).join('\\n');
}

export function renderDot(g: Graph): string {
  const id = new Map(g.nodes.map((n, i) => [n.key, `n${i + 1}`]));
  const out = [
    `// plan xref: ${g.title.replace(/[\r\n]+/g, ' ')}`,
    ...g.notes.map((n) => `// Note: ${n.replace(/[\r\n]+/g, ' ')}`),
    'digraph "xref" {',
    '  graph [rankdir="LR", charset="UTF-8", fontname="Helvetica"];',
    '  node [shape="box", fontname="Helvetica", fontsize="10"];',
    '  edge [fontname="Helvetica", fontsize="9"];',
  ];
  const node = (n: Graph['nodes'][number]): string => {
    const attrs = [`label="${label(n.label)}"`];
    if (n.kind === 'instrument') attrs.push('shape="component"', 'style="filled"', 'fillcolor="#eef4fb"');
    if (n.kind === 'external') attrs.push('shape="hexagon"', 'style="dashed"');
    if (n.kind === 'document') attrs.push('shape="folder"');
    if (n.focus) attrs.push('penwidth="3"', 'color="#b00020"');
    return `"${id.get(n.key)}" [${attrs.join(', ')}];`;
  };
  g.groups.forEach((gr, i) => {
    const members = g.nodes.filter((n) => n.group === gr.key);
    if (!members.length) return;
    out.push(`  subgraph "cluster_${i + 1}" {`, `    label=${dotString(gr.label)};`, '    style="rounded";');
    for (const n of members) out.push(`    ${node(n)}`);
    out.push('  }');
  });
  for (const n of g.nodes) if (n.group === undefined || !g.groups.some((x) => x.key === n.group)) out.push(`  ${node(n)}`);
  for (const e of g.edges) {
    const attrs = [...(e.label ? [`label="${label([e.label])}"`] : []), ...(e.style === 'dashed' ? ['style="dashed"'] : [])];
    out.push(`  "${id.get(e.from)}" -> "${id.get(e.to)}"${attrs.length ? ` [${attrs.join(', ')}]` : ''};`);
  }
  out.push('}');
  return out.join('\n') + '\n';
}

export const xrefDot: XrefFormatter = (view) => renderDot(graphOf(view));
