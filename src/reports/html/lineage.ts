import { FORCES, forceRank, type Force } from '../../model/types.js';
import { esc } from './escape.js';
import type { LineageView } from './types.js';

/** How force changed from one step to the next, in words. */
export function forceChange(from: string | undefined, to: string | undefined): { kind: 'stronger' | 'weaker' | 'same' | 'reworded' | 'unknown'; text: string } {
  if (!from || !to) return { kind: 'unknown', text: '' };
  if (from === to) return { kind: 'same', text: `${to} (unchanged)` };
  const known = (f: string): f is Force => (FORCES as readonly string[]).includes(f);
  if (!known(from) || !known(to)) return { kind: 'reworded', text: `${from} → ${to}` };
  const d = forceRank(to) - forceRank(from);
  if (d > 0) return { kind: 'stronger', text: `${from} → ${to}, stronger` };
  if (d < 0) return { kind: 'weaker', text: `${from} → ${to}, weaker` };
  return { kind: 'reworded', text: `${from} → ${to}, same strength` };
}

const SNIPPET = 280;

function snippet(t: string | undefined): string {
  if (!t) return '';
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length > SNIPPET ? `${s.slice(0, SNIPPET).trimEnd()}…` : s;
}

/** Lineage: each paragraph's chain across the texts, oldest first, with the changes of force. */
export function renderLineage(chains: LineageView[]): string {
  const body = chains.length === 0 ? '<p>No paragraph records where it comes from.</p>' : chains.map((c, ci) => {
    const last = c.steps[c.steps.length - 1];
    const head = `<h3 id="lineage-${ci + 1}-h">${esc(last?.paragraph ?? '')} <span class="muted">(${c.steps.length} text${c.steps.length === 1 ? '' : 's'})</span></h3>`;
    const steps = c.steps.map((s, i) => {
      const prev = i > 0 ? c.steps[i - 1] : undefined;
      const ch = prev ? forceChange(prev.force, s.force) : undefined;
      const arrow = ch?.kind === 'stronger' ? '▲' : ch?.kind === 'weaker' ? '▼' : ch?.kind === 'same' ? '=' : ch?.kind === 'reworded' ? '≈' : '';
      const change = ch && ch.text ? ` <span class="change change-${ch.kind}"><span aria-hidden="true">${arrow}</span> force ${esc(ch.text)}</span>` : (!prev && s.force ? ` <span class="muted">force ${esc(s.force)}</span>` : '');
      const basis = s.basis ? ` <span class="muted">[${esc(s.basis)}]</span>` : '';
      return `<li><span class="key">${esc(s.paragraph)}</span> <span class="muted">(${esc(s.document)})</span>${basis}${change}${s.text ? `<p class="quote">${esc(snippet(s.text))}</p>` : ''}</li>`;
    }).join('');
    return `<section class="chain-box" aria-labelledby="lineage-${ci + 1}-h">${head}<ol class="chain">${steps}</ol></section>`;
  }).join('\n');
  return `<section id="lineage" aria-labelledby="lineage-h">
<h2 id="lineage-h">Lineage</h2>
<p class="lead">Where a paragraph comes from: its chain across the texts, oldest first, with the basis of each step (quoted, paraphrased, same topic) and how its force changed (▲ stronger, ▼ weaker, = unchanged, ≈ other wording of the same strength).</p>
${body}
</section>`;
}
