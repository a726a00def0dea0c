import type { Io } from './io.js';

/** Colour only on a TTY, unless forced (--color / FORCE_COLOR) or refused (--no-color / NO_COLOR). */
export function useColor(flag: boolean | undefined, io: Io, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  if (flag === false) return false;
  if (flag === true && io.argv.includes('--color')) return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== '') return true;
  return Boolean(io[stream].isTTY);
}
