/**
 * The words of `plan gaps` that every format shows the same way: the
 * coverage line, what "no record" means, how records are dated, membership,
 * sources and events.
 */
import { STATUSES, type CommitmentEvent, type Evidence, type GapStatus } from '../../model/types.js';
import { yearsBefore } from './dates.js';
import type { DocRef, Membership, Summary } from './types.js';

/** A status in words: `in progress`, `no record`. */
export function statusWords(s: GapStatus): string {
  return s.replace(/-/g, ' ');
}

/** A share as a whole percentage that never rounds some to 0% or not all to 100%. */
export function percentOf(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const p = Math.round((part / whole) * 100);
  if (p === 0 && part > 0) return '<1%';
  if (p === 100 && part < whole) return '>99%';
  return `${p}%`;
}

/**
 * Coverage first, then the statuses among the items with a record, then the
 * items without one: `83 items; 18 with a record (22%): 16 done, 1 in
 * progress, 1 not done; 65 no record`. No share of "done" over items that have
 * no record.
 */
export function coverageText(s: Pick<Summary, 'byStatus' | 'total' | 'withRecord'>, noun = 'item'): string {
  const n = `${s.total} ${noun}${s.total === 1 ? '' : 's'}`;
  if (s.total === 0) return n;
  const none = s.byStatus['no-record'];
  if (s.withRecord === 0) return `${n}; none with a record; ${none} no record`;
  const parts = STATUSES.filter((k) => s.byStatus[k] > 0).map((k) => `${s.byStatus[k]} ${statusWords(k)}`);
  return `${n}; ${s.withRecord} with a record (${percentOf(s.withRecord, s.total)}): ${parts.join(', ')}; ${none} no record`;
}

/**
 * What "no record" means, once per report, for a reader who is not a
 * programmer: what it says, what it does not say, how to add one. In three
 * parts, the command in the middle, so that each format can set it as code.
 */
export function noRecordParts(state?: string, name?: string): [string, string, string] {
  return [
    `"No record" means that no source in the corpus says either way whether ${name ?? state ?? 'the state'} has done this. `
    + 'It does not mean "not done": nobody has recorded the answer yet. To add a record, write a commitment file with a source: start one with ',
    `plan new commitment --state ${state ?? 'MEX'} --instrument <id>`,
    ' (or answering a paragraph) and fill in the status, the date and the source.',
  ];
}

/** noRecordParts as one text, the command in backticks. */
export function noRecordText(state?: string, name?: string): string {
  const [a, cmd, b] = noRecordParts(state, name);
  return `${a}\`${cmd}\`${b}`;
}

/**
 * How records are dated, for the report's header: final treaty acts are
 * recorded as of a date and do not expire; statuses that can change go stale.
 */
export function datingText(today: string, years: number): string {
  const y = `${years} year${years === 1 ? '' : 's'}`;
  return `Today ${today}. A ratification, accession, acceptance, approval or succession is a final fact: it is shown "recorded as of" the date of its source and does not expire. `
    + `A status that can change (not done, in progress, partial, an answer to an obligation) is marked stale when its record is older than ${y} (as of before ${yearsBefore(today, years)}).`;
}

/** The dating of one record, in words: `recorded as of 2014-01-27`, `as of 2014-01-27, stale`. */
export function asOfText(r: { asOf?: string | undefined; stale: boolean; final: boolean }): string {
  if (!r.asOf) return '';
  if (r.final) return `recorded as of ${r.asOf}`;
  return `as of ${r.asOf}${r.stale ? ', stale' : ''}`;
}

/**
 * One line about a state's membership, or undefined when there is nothing to
 * say (a participating member with no recorded change).
 */
export function membershipLine(name: string, id: string, m: Membership): string | undefined {
  const changes = m.changes.map((c) => `${c.event.replace(/-/g, ' ')} ${c.date}`).join(', ');
  if (m.status === 'withdrawn') return `${name} (${id}) has left the OAS${changes ? `: ${changes}` : ''}. Its items are listed all the same.`;
  if (m.status === 'not-participating') return `${name} (${id}) is an OAS member that does not participate${changes ? `: ${changes}` : ''}. Its items are listed all the same.`;
  if (changes) return `${name} (${id}), OAS membership: ${changes}.`;
  return undefined;
}

/** The sources of a record's evidence, one line. */
export function sourcesText(evidence: readonly Evidence[]): string {
  return evidence.map((e) => e.source + (e.via ? ` (via ${e.via})` : '') + (e.url ? ` <${e.url}>` : '')).join('; ');
}

/** The events of a record, one line: `signed 2000-12-13, ratified 2003-03-04`. */
export function eventsText(events: readonly CommitmentEvent[] | undefined): string {
  return (events ?? []).map((e) => `${e.action} ${e.date}`).join(', ');
}

/** "strategy-2021 (adopted)" for the header of each format. */
export function documentsText(docs: readonly DocRef[]): string {
  return docs.length ? docs.map((d) => `${d.id} (${d.status})`).join(', ') : '(no document)';
}
