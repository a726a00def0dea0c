/**
 * The one resolver of what people type for --state and --instrument, on the
 * real corpus: codes, English and Spanish names in any case and with or
 * without accents, instrument ids, titles, short titles and aliases; a clear
 * refusal with the nearest names otherwise (a UsageError: exit 2).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, loadCorpus } from '../../src/model/load.js';
import type { Corpus } from '../../src/model/model.js';
import { foldName, resolveInstrument, resolveState } from '../../src/model/resolve.js';
import { resolveInstrument as xrefResolve } from '../../src/reports/xref/index.js';
import { resolveInstrument as gapsResolve, resolveState as gapsState } from '../../src/reports/gaps/index.js';
import { RULE_IDS } from '../../src/rules/index.js';
import { usage } from '../helpers/usage.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
let corpus: Corpus;
beforeAll(() => {
  corpus = loadCorpus(CORPUS, loadConfig(CORPUS, RULE_IDS));
});

describe('resolveState', () => {
  it.each([['MEX'], ['mex'], [' Mex '], ['Mexico'], ['México'], ['MÉXICO'], ['mexico'], ['United Mexican States'], ['Estados Unidos Mexicanos'], ['MX']])('%s is MEX', (given) => {
    expect(resolveState(corpus, given)).toBe('MEX');
  });

  it('takes Spanish names that differ from the English ones, and names of several words', () => {
    expect(resolveState(corpus, 'Brasil')).toBe('BRA');
    expect(resolveState(corpus, 'estados unidos')).toBe('USA');
    expect(resolveState(corpus, 'Perú')).toBe('PER');
    expect(resolveState(corpus, 'peru')).toBe('PER');
  });

  it('refuses an unknown state with the nearest one, its name, and how states are named', () => {
    const e = usage(() => resolveState(corpus, 'Mexco'));
    expect(e.message).toBe('Unknown state `Mexco`; did you mean `MEX` (Mexico)?');
    expect(e.hint).toContain('Mexico, México');
    expect(usage(() => resolveState(corpus, 'Atlantis')).message).toMatch(/^Unknown state `Atlantis`/);
  });

  it('is the resolver gaps uses', () => {
    expect(gapsState).toBe(resolveState);
  });
});

describe('resolveInstrument', () => {
  it.each([['untoc'], ['UNTOC'], ['palermo'], ['Palermo Convention'], ['palermo convention'], ['United Nations Convention against Transnational Organized Crime'], ['CTOC']])('%s is untoc', (given) => {
    expect(resolveInstrument(corpus, given)).toBe('untoc');
  });

  it('takes the aliases the texts use', () => {
    expect(resolveInstrument(corpus, 'CIFTA Convention')).toBe('cifta');
    expect(resolveInstrument(corpus, '1971 Convention on Psychotropic Substances')).toBe('cps-1971');
    expect(resolveInstrument(corpus, 'Council of Europe Convention on Cybercrime')).toBe('budapest');
  });

  it('refuses an unknown instrument with the nearest ids, names leading to their ids', () => {
    expect(usage(() => resolveInstrument(corpus, 'untok')).message).toBe('Unknown instrument `untok`; did you mean `untoc`?');
    expect(usage(() => resolveInstrument(corpus, 'palermx')).message).toBe('Unknown instrument `palermx`; did you mean `untoc`?');
    expect(usage(() => resolveInstrument(corpus, 'zzzz')).hint).toContain('Palermo Convention');
  });

  it('is the one behind gaps and xref', () => {
    expect(gapsResolve).toBe(resolveInstrument);
    for (const given of ['palermo', 'Palermo Convention', 'UNTOC']) expect(xrefResolve(corpus, given)).toBe('untoc');
    expect(usage(() => xrefResolve(corpus, 'untok')).message).toBe(usage(() => resolveInstrument(corpus, 'untok')).message);
  });
});

describe('foldName', () => {
  it('drops accents and case, makes quotes and spaces plain', () => {
    expect(foldName('  MÉXICO ')).toBe('mexico');
    expect(foldName('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(foldName('Saint\u00a0Kitts  and Nevis')).toBe('saint kitts and nevis');
  });
});
