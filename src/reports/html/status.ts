import type { GapStatus } from './types.js';
import { esc } from './escape.js';

/**
 * How each status looks. Colours come from a blue/orange scale that readers
 * with the common colour-vision deficiencies tell apart; each also has a symbol
 * (in the cell, so greyscale prints stay readable), a word for screen readers
 * and a pattern for the two that a greyscale print could confuse.
 */
export interface StatusStyle {
  status: GapStatus;
  label: string;
  symbol: string;
  /** Cell background; text on it is TEXT_ON_STATUS. */
  background: string;
  /** Sort rank: best first. */
  rank: number;
}

export const TEXT_ON_STATUS = '#111111';

export const STATUS_STYLES: readonly StatusStyle[] = [
  { status: 'done', label: 'done', symbol: '✓', background: '#4f9fd8', rank: 0 },
  { status: 'partial', label: 'partial', symbol: '◐', background: '#a9d2f0', rank: 1 },
  { status: 'in-progress', label: 'in progress', symbol: '→', background: '#f7e08a', rank: 2 },
  { status: 'not-done', label: 'not done', symbol: '✗', background: '#f0a050', rank: 3 },
  { status: 'not-applicable', label: 'not applicable', symbol: '–', background: '#d9d9d9', rank: 4 },
  { status: 'no-record', label: 'no record', symbol: '?', background: '#ffffff', rank: 5 },
];

export const STATUS_ORDER: readonly GapStatus[] = STATUS_STYLES.map((s) => s.status);

const BY_STATUS = new Map(STATUS_STYLES.map((s) => [s.status as string, s]));

/** The style of a status; an unknown status (a newer `plan gaps`) is shown as its own word. */
export function statusStyle(status: string): StatusStyle {
  return BY_STATUS.get(status) ?? { status: status as GapStatus, label: status, symbol: '!', background: '#ffffff', rank: 9 };
}

/** The class a status cell carries (`st-not-done`); unknown statuses get `st-other`. */
export function statusClass(status: string): string {
  return BY_STATUS.has(status) ? `st-${status}` : 'st-other';
}

/** A status badge: symbol and word, coloured. */
export function statusBadge(status: string): string {
  const s = statusStyle(status);
  return `<span class="badge ${statusClass(status)}"><span aria-hidden="true">${esc(s.symbol)}</span> ${esc(s.label)}</span>`;
}

/** The legend: every status with its symbol, colour and pattern. */
export function legend(): string {
  const items = STATUS_STYLES.map((s) =>
    `<li><span class="swatch ${statusClass(s.status)}" aria-hidden="true">${esc(s.symbol)}</span> ${esc(s.label)}</li>`).join('');
  return `<div class="legend"><p class="legend-title" id="legend-title">Legend</p><ul aria-labelledby="legend-title">${items}</ul></div>`;
}

/** CSS rules for the statuses (generated from the table above, so they cannot drift). */
export function statusCss(): string {
  return STATUS_STYLES.map((s) => `.${statusClass(s.status)}{background-color:${s.background};color:${TEXT_ON_STATUS}}`).join('\n')
    + '\n.st-other{background-color:#fff;color:#111;outline:2px dashed #111}';
}

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
