/**
 * Issue 17's data corrections on the shipped corpus, as a user sees them.
 */
import { describe, expect, it } from 'vitest';
import { plan } from './run.js';

describe('issue 17 data corrections', () => {
  it('every paragraph of CEDOT section B.X is to be reconciled with the Isla Margarita conclusions: show and render say so', () => {
    const show = plan(['show', 'cedot-draft-2006/B.X.4.c']);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/to-reconcile-with +cedot-draft-2006\/fn\.1 +the conclusions and recommendations of the First/);
    const html = plan(['render', 'cedot-draft-2006', '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout.match(/<span class="prio" title="To be reconciled with [^"]*Isla Margarita[^"]*">to reconcile<\/span>/g)).toHaveLength(13);
  });

  it('forces: "should consider" is consider, the states\' part governs where another body "will"', () => {
    const j = JSON.parse(plan(['show', 'strategy-2021/2.a', '--format', 'json']).stdout) as { frontMatter?: { force?: string }; fm?: { force?: string } };
    expect(JSON.stringify(j)).toContain('"force":"consider"');
    const g = JSON.parse(plan(['gaps', '--state', 'MEX', '--format', 'json', '--today', '2026-11-30']).stdout) as { items: Array<{ key: string; force?: string }> };
    const force = (k: string) => g.items.find((i) => i.key === k)?.force;
    expect(force('strategy-2021/2.a.v#budapest')).toBe('consider');
    expect(force('strategy-2021/financing.a')).toBe('consider');
    expect(force('strategy-2021/5.f')).toBe('recommend');
    expect(g.items).toHaveLength(83);
  });

  it('collective meetings carry no per-state obligation; the Strategy and the work program are siblings of the adopted Plan', () => {
    const g = JSON.parse(plan(['gaps', '--state', 'MEX', '--include-drafts', '--format', 'json', '--today', '2026-11-30']).stdout) as { items: Array<{ paragraph: string }> };
    const paragraphs = new Set(g.items.map((i) => i.paragraph));
    for (const p of ['csh-recommendations-2005/38', 'csh-recommendations-2005/40', 'csh-recommendations-2005/54']) expect(paragraphs.has(p), p).toBe(false);
    const x = plan(['xref', '--paragraph', 'strategy-2021/5.g', '--format', 'json']);
    expect(x.code).toBe(0);
    expect(x.stdout).not.toContain('gtdot-workplan-2008/2.2"');
    expect(x.stdout).toContain('cp-res-908-2006');
  });
});
