/**
 * `plan gaps --format markdown`: to paste into a note to delegations. GitHub
 * flavoured tables; corpus text escaped so that it stays text (`|`, `<`,
 * emphasis and link characters), accents and typographic quotes untouched.
 */
import type { GapStatus } from '../../model/types.js';
import { CHANGE_KINDS, type GapsDiff } from '../../reports/gaps/diff.js';
import type { Evidence } from '../../model/types.js';
import {
  GAP_STATUSES, coverageText, datingText, documentsText, eventsText, membershipLine, noRecordParts, percentOf,
  type GapsAllReport, type GapsInstrumentReport, type GapsStateReport, type GapsView, type Summary,
} from '../../reports/gaps/index.js';
import { printable } from '../../util/text.js';
import { SYMBOLS, recordMark, splitBlank } from './table.js';
import { byInstrumentMd } from './by-instrument-markdown.js';
import { letterLabel } from '../../util/labels.js';
import { pushAll } from '../../util/arrays.js';

/** Escapes text for a Markdown table cell or paragraph. */
export function md(s: string): string {
  return printable(s, 10_000).replace(/[\\`*_[\]<>|#~]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : `\\${ch}`));
}

/** An id in code style (ids never hold a backtick; one is removed if present). */
function code(s: string): string {
  return `\`${printable(s, 500).replace(/`/g, '')}\``;
}

function table(header: string[], rows: string[][], align?: Array<'l' | 'r'>): string[] {
  const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [`| ${header.join(' | ')} |`, `| ${sep.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

export function staleNote(today: string, years: number): string {
  return md(datingText(today, years));
}

/** A URL as a Markdown link destination: http(s) only, with the characters that would end it encoded. */
export function linkTarget(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  return url.replace(/[\s()<>\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The sources of a record with real links: `UN Treaty Collection (via …) [source](https://…)`. */
export function mdSources(evidence: readonly Evidence[]): string {
  return evidence.map((e) => {
    const target = e.url ? linkTarget(e.url) : undefined;
    const link = target ? ` [source](${target})` : e.url ? ` (${md(e.url)})` : '';
    return `${md(e.source)}${e.via ? ` (via ${md(e.via)})` : ''}${link}`;
  }).join('; ');
}

/** The status counts, then coverage first in words; the share done is never taken over items without a record. */
export function summaryTable(s: Pick<Summary, 'byStatus' | 'total' | 'withRecord' | 'stale'>, noun: string): string[] {
  return [
    ...table(['Status', noun], [...GAP_STATUSES.map((k) => [`${SYMBOLS[k]} ${k}`, String(s.byStatus[k])]), ['**Total**', `**${s.total}**`]], ['l', 'r']),
    '',
    `${md(coverageText(s, noun.toLowerCase().replace(/s$/, '')))}. Stale records: ${s.stale}.`,
  ];
}

/** What "no record" means, once per report (none when no item lacks a record). */
export function noRecordMd(n: number, state?: string, name?: string): string[] {
  if (n === 0) return [];
  const [a, cmd, b] = noRecordParts(state, name);
  return ['', `> ${md(a)}${code(cmd)}${md(b)}`];
}

function sinceSection(d: GapsDiff | undefined, withState: boolean, what: 'item' | 'state'): string[] {
  if (!d) return [];
  const out = ['', `## Since ${code(d.ref)} (${d.commit.slice(0, 12)})`, '',
    `${CHANGE_KINDS.map((k) => `${d.counts[k]} ${k}`).join(', ')}; ${d.counts.unchanged} unchanged.`];
  const rows = CHANGE_KINDS.flatMap((k) => d.changes.filter((c) => c.kind === k));
  if (rows.length) {
    out.push('');
    const header = what === 'state' ? ['Change', 'State', 'Then', 'Now'] : [...(withState ? ['Change', 'State'] : ['Change']), 'Item', 'Then', 'Now'];
    pushAll(out, table(header, rows.map((c) => [
      c.kind,
      ...(what === 'state' || withState ? [c.state ?? ''] : []),
      ...(what === 'item' ? [code(c.key ?? '')] : []),
      c.before ?? '—', c.after ?? '—',
    ])));
  }
  return out;
}

function stateMd(r: GapsStateReport, since: GapsDiff | undefined): string {
  const out: string[] = [`# Gaps: ${md(r.state.name)} (${r.state.id})`, ''];
  const m = membershipLine(r.state.name, r.state.id, r.state.membership);
  if (m) out.push(r.state.membership.status === 'participating' ? md(m) : `> **${md(m)}**`, '');
  out.push(`What ${md(documentsText(r.documents))} ask${r.documents.length === 1 ? 's' : ''} of member states, one row per paragraph that asks something (a paragraph that names several instruments gives one row each; \`--by instrument\` counts each instrument once). ${staleNote(r.today, r.summary.staleAfterYears)}`, '');
  pushAll(out, ['## Summary', '', ...summaryTable(r.summary, 'Items')]);
  const actions = Object.entries(r.summary.byAction);
  if (actions.length) pushAll(out, ['', ...table(['Action', 'Items'], actions.map(([a, n]) => [md(a), String(n)]), ['l', 'r'])]);
  out.push('', '## Items', '');
  if (r.items.length === 0) out.push('No item: these texts ask nothing of member states that a state can meet or not (or the filters left none).');
  else {
    pushAll(out, table(['Item', 'What is asked', 'Force', 'Status', 'As of', 'Record'], r.items.map((i) => [
      code(i.key), md(i.obligation.summary), i.force ?? '—', `${SYMBOLS[i.status]} ${i.status}`, i.asOf ?? '—', recordMark(i) || '—',
    ])));
    const withRecords = r.items.filter((i) => i.records.length > 0);
    if (withRecords.length) {
      out.push('', '## Records', '');
      for (const i of withRecords) {
        out.push(`- ${code(i.key)}`);
        i.records.forEach((rec, n) => {
          const ev = eventsText(rec.events);
          const src = mdSources(rec.evidence);
          out.push(`  - ${n === 0 ? '' : 'earlier: '}**${rec.status}** ${n === 0 && i.final ? 'recorded ' : ''}as of ${rec['as-of']}${ev ? `: ${md(ev)}` : ''}${src ? ` — ${src}` : ''} (${code(rec.commitment)})${rec.note ? `. Note: ${md(rec.note)}` : ''}`);
        });
      }
    }
  }
  pushAll(out, noRecordMd(r.summary.byStatus['no-record'], r.state.id, r.state.name));
  pushAll(out, sinceSection(since, false, 'item'));
  return out.join('\n') + '\n';
}

function allMd(r: GapsAllReport, since: GapsDiff | undefined): string {
  const out: string[] = ['# Gaps: the hemisphere', ''];
  const others = r.obligations.filter((o) => !o.instrument);
  out.push(`${r.states.length} states × ${r.obligations.length} items (${r.instruments.length} instruments, ${others.length} other obligations) of ${md(documentsText(r.documents))}. ${staleNote(r.today, r.staleAfterYears)}`, '');
  for (const s of r.states) {
    const m = s.membership.status === 'participating' ? undefined : membershipLine(s.name, s.id, s.membership);
    if (m) out.push(`> **${md(m)}**`, '');
  }
  const legend = `Legend: ${GAP_STATUSES.map((k) => `${SYMBOLS[k]} ${k}`).join(', ')}; · not shown (filtered out).`;
  const cell = (st: GapStatus | undefined) => (st ? SYMBOLS[st] : '·');
  const firstKey = new Map<string, string>();
  for (const o of r.obligations) if (o.instrument && !firstKey.has(o.instrument)) firstKey.set(o.instrument, o.key);
  if (r.instruments.length) {
    out.push('## States × instruments', '');
    pushAll(out, table(['State', ...r.instruments.map((_, i) => String(i + 1))], r.states.map((s) => [s.id, ...r.instruments.map((inst) => cell(s.statuses[firstKey.get(inst.id)!]))])));
    pushAll(out, ['', ...r.instruments.map((inst, i) => `${i + 1}. ${code(inst.id)}${inst.title ? ` — ${md(inst.title)}` : ''}`), '']);
  }
  const { shown, blank } = splitBlank(r, others);
  if (shown.length) {
    out.push('## States × other obligations', '');
    pushAll(out, table(['State', ...shown.map((_, i) => letterLabel(i))], r.states.map((s) => [s.id, ...shown.map((o) => cell(s.statuses[o.key]))])));
    pushAll(out, ['', ...shown.map((o, i) => `- **${letterLabel(i)}** ${code(o.key)}${o.force ? ` (${o.force})` : ''} — ${md(o.summary)}`), '']);
  }
  if (blank.length && r.states.length) {
    out.push(`${shown.length ? '' : '## Other obligations\n\n'}No state has a record on ${blank.length === 1 ? 'this other obligation' : `these ${blank.length} other obligations`}:`, '');
    pushAll(out, [...blank.map((o) => `- ${code(o.key)}${o.force ? ` (${o.force})` : ''} — ${md(o.summary)}`), '']);
  }
  if (r.instruments.length || shown.length) out.push(legend, '');
  out.push('## Totals', '');
  if (r.states.length === 0) out.push('No state: the corpus has no state files yet.');
  else {
    pushAll(out, table(['State', 'Name', 'With a record', 'Coverage', ...GAP_STATUSES.map((k) => `${SYMBOLS[k]} ${k}`), 'Membership'], r.states.map((s) => [
      s.id, md(s.name), `${s.summary.withRecord}/${s.summary.total}`, percentOf(s.summary.withRecord, s.summary.total), ...GAP_STATUSES.map((k) => String(s.summary.byStatus[k])),
      s.membership.status === 'participating' ? '' : s.membership.status,
    ]), ['l', 'l', 'r', 'r', ...GAP_STATUSES.map(() => 'r' as const), 'l']));
    const total = r.states.reduce((n, s) => n + s.summary.total, 0);
    const byStatus = Object.fromEntries(GAP_STATUSES.map((k) => [k, r.states.reduce((n, s) => n + s.summary.byStatus[k], 0)])) as Summary['byStatus'];
    const stale = r.states.reduce((n, s) => n + s.summary.stale, 0);
    pushAll(out, ['', '### All states together', '', ...summaryTable({ byStatus, total, withRecord: total - byStatus['no-record'], stale }, 'State items')]);
    pushAll(out, noRecordMd(byStatus['no-record']));
  }
  pushAll(out, sinceSection(since, true, 'item'));
  return out.join('\n') + '\n';
}

function instrumentMd(r: GapsInstrumentReport, since: GapsDiff | undefined): string {
  const title = r.instrument.title ? `${md(r.instrument.title)} (${code(r.instrument.id)})` : code(r.instrument.id);
  const out: string[] = [`# Gaps: ${title}`, '', staleNote(r.today, r.staleAfterYears), ''];
  out.push(r.obligations.length
    ? `Asked by ${md(documentsText(r.documents))}: ${r.obligations.map((o) => `${code(o.key)}${o.force ? ` (${o.force})` : ''}`).join(', ')}.`
    : `No obligation of ${md(documentsText(r.documents))} names it.`, '');
  pushAll(out, ['## Summary', '', ...summaryTable(r.summary, 'States'), '', '## States', '']);
  if (r.states.length === 0) out.push('No state (the corpus has no state files yet, or the filters left none).');
  else {
    pushAll(out, table(['State', 'Name', 'Status', 'Events', 'As of', 'Record', 'Source', 'Membership'], r.states.map((s) => [
      s.id, md(s.name), `${SYMBOLS[s.status]} ${s.status}`, md(eventsText(s.events)) || '—', s.asOf ?? '—',
      recordMark(s) || '—', mdSources(s.evidence) || '—',
      s.membership.status === 'participating' ? '' : s.membership.status,
    ])));
  }
  pushAll(out, noRecordMd(r.summary.byStatus['no-record']));
  pushAll(out, sinceSection(since, true, 'state'));
  return out.join('\n') + '\n';
}

export function gapsMarkdown(view: GapsView): string {
  switch (view.mode) {
    case 'state': return stateMd(view.report, view.since);
    case 'all': return allMd(view.report, view.since);
    case 'instrument': return instrumentMd(view.report, view.since);
    case 'by-instrument': return byInstrumentMd(view.report);
  }
}
