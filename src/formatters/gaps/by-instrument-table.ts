/**
 * `plan gaps --by instrument --format table`: one row per state × instrument
 * the texts ask states to join, each instrument counted once however many
 * paragraphs ask for it.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { GapStatus } from '../../model/types.js';
import { datingText, documentsText, eventsText, sourcesText, type GapsByInstrumentReport, type InstrumentRow } from '../../reports/gaps/index.js';
import { printable } from '../../util/text.js';
import { WIDTH, explanationLines, recordMark, summaryLines, wrap } from './table.js';
import { maxOf, pushAll } from '../../util/arrays.js';

const clean = (s: string): string => printable(s, 10_000);
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - [...s].length));
const cut = (s: string, n = WIDTH): string => ([...s].length <= n ? s : [...s].slice(0, n - 1).join('') + '…');

function painter(c: ChalkInstance): (status: GapStatus, text: string) => string {
  return (status, text) => (status === 'done' ? c.green(text) : status === 'partial' || status === 'in-progress' ? c.yellow(text) : status === 'not-done' ? c.red(text) : c.dim(text));
}

/** The paragraphs that ask for an instrument, one line. */
export function askedByText(row: Pick<InstrumentRow, 'askedBy'>): string {
  return row.askedBy.map((a) => `${a.key.split('#')[0]}${a.force ? ` (${a.force})` : ''}`).join(', ');
}

export function byInstrumentTable(r: GapsByInstrumentReport, c: ChalkInstance = new Chalk({ level: 0 })): string {
  const paint = painter(c);
  const one = r.states.length === 1 ? r.states[0] : undefined;
  const out: string[] = [];
  const who = one ? `${clean(one.name)} (${one.id})` : `${r.states.length} states`;
  pushAll(out, wrap(`${who}: the instruments that ${documentsText(r.documents)} ask member states to join`).map((l) => c.bold(l)));
  pushAll(out, wrap(datingText(r.today, r.staleAfterYears)));
  pushAll(out, wrap('One row per state and instrument: a ratification counts once, however many paragraphs ask for it.'));
  out.push('');
  const sources: string[] = [];
  const ref = (text: string): string => {
    if (!text) return '';
    let i = sources.indexOf(text);
    if (i < 0) i = sources.push(text) - 1;
    return `[${i + 1}]`;
  };
  if (r.rows.length === 0) out.push('No instrument: these texts ask member states to join none (or the filters left none).');
  else {
    const wStatus = maxOf(r.rows.map((x) => x.status.length), 6);
    const lead = one ? '' : 'STATE  ';
    const indent = ' '.repeat(lead.length + wStatus + 2);
    out.push(c.dim(`${lead}${pad('STATUS', wStatus)}  ${pad('AS OF', 10)}  ${pad('RECORD', 6)}  INSTRUMENT`));
    for (const x of r.rows) {
      const head = `${one ? '' : pad(x.state, 5) + '  '}${pad(x.status, wStatus)}  ${pad(x.asOf ?? '—', 10)}  ${pad(recordMark(x), 6)}  `;
      const line = cut(`${head}${x.instrument}${x.title ? ` — ${clean(x.title)}` : ''}`);
      const at = lead.length;
      out.push(line.slice(0, at) + paint(x.status, x.status) + line.slice(at + x.status.length));
      const detail = [clean(eventsText(x.events)), ref(sourcesText(x.evidence))].filter(Boolean).join(' ');
      if (detail) pushAll(out, wrap(detail, WIDTH, indent));
      if (one) out.push(c.dim(cut(`${indent}asked by ${askedByText(x)}`)));
    }
    if (!one) {
      out.push('', 'Asked by:');
      for (const inst of r.instruments) {
        const row = r.rows.find((x) => x.instrument === inst.id);
        if (row) pushAll(out, wrap(`${inst.id}: ${askedByText(row)}`, WIDTH, '  '));
      }
    }
  }
  pushAll(out, ['', ...summaryLines(r.summary, one ? 'instrument' : 'state-instrument pair')]);
  pushAll(out, explanationLines(r.summary.byStatus['no-record'], one?.id, one ? clean(one.name) : undefined));
  if (sources.length) {
    out.push('', 'Sources:');
    sources.forEach((s, i) => {
      const head = `  [${i + 1}] `;
      const [first, ...rest] = wrap(clean(s), WIDTH - head.length);
      pushAll(out, [head + first, ...rest.map((l) => ' '.repeat(head.length) + l)]);
    });
  }
  return out.join('\n') + '\n';
}
