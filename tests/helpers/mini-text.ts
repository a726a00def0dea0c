import { MINI } from './fixture.js';

/** A MINI file's text. */
export function mini(rel: string): string {
  const v = MINI[rel];
  if (typeof v !== 'string') throw new Error(`no text fixture ${rel}`);
  return v;
}
