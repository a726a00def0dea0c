import { readFileSync } from 'node:fs';

let version: string | undefined;

/**
 * plan's version, as package.json gives it (read once). Every compiled module sits two levels
 * below the package root (dist/<room>/, dist/bundle/), so the relative URL holds for all.
 */
export function planVersion(): string {
  return (version ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version);
}
