/**
 * `plan gaps --by instrument --format markdown`: one row per state ×
 * instrument, each instrument counted once however many paragraphs ask for it.
 */
import { documentsText, eventsText, type GapsByInstrumentReport } from '../../reports/gaps/index.js';
import { printable } from '../../util/text.js';
import { SYMBOLS, recordMark } from './table.js';
import { md, mdSources, noRecordMd, staleNote, summaryTable } from './markdown.js';
import { pushAll } from '../../util/arrays.js';

const code = (s: string): string => `\`${printable(s, 500).replace(/`/g, '')}\``;

export function byInstrumentMd(r: GapsByInstrumentReport): string {
  const one = r.states.length === 1 ? r.states[0] : undefined;
  const out: string[] = [`# Gaps by instrument: ${one ? `${md(one.name)} (${one.id})` : `${r.states.length} states`}`, ''];
  out.push(`The instruments that ${md(documentsText(r.documents))} ask member states to join: one row per state and instrument, so a ratification counts once however many paragraphs ask for it. ${staleNote(r.today, r.staleAfterYears)}`, '');
  pushAll(out, ['## Summary', '', ...summaryTable(r.summary, one ? 'Instruments' : 'State-instrument pairs'), '', '## Instruments', '']);
  if (r.rows.length === 0) out.push('No instrument: these texts ask member states to join none (or the filters left none).');
  else {
    const header = [...(one ? [] : ['State']), 'Instrument', 'Status', 'Events', 'As of', 'Record', 'Asked by', 'Source'];
    out.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
    for (const x of r.rows) {
      const cells = [
        ...(one ? [] : [x.state]),
        `${code(x.instrument)}${x.title ? ` ${md(x.title)}` : ''}`,
        `${SYMBOLS[x.status]} ${x.status}`, md(eventsText(x.events)) || '—', x.asOf ?? '—', recordMark(x) || '—',
        x.askedBy.map((a) => code(a.key.split('#')[0]!)).join(', '), mdSources(x.evidence) || '—',
      ];
      out.push(`| ${cells.join(' | ')} |`);
    }
  }
  pushAll(out, noRecordMd(r.summary.byStatus['no-record'], one?.id, one?.name));
  return out.join('\n') + '\n';
}
