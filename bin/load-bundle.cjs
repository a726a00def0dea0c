'use strict';
// Loads dist/bundle/ (CommonJS chunks made by scripts/bundle.mjs) with V8 code caches: each chunk
// `x.cjs` is compiled with the bytecode stored in `x.v8` beside it, when there is one, so that
// Node neither parses nor compiles what the build's training run already compiled. A cache V8
// rejects is ignored and the chunk compiled from its source as usual; nothing is written. V8
// rejects a cache made by another V8 (another Node version), with other V8 flags, for a source of
// another length, or that is not a whole cache (garbage, cut short). It does not checksum the
// bytecode in release builds, and checking a hash here would cost more than a few milliseconds
// (loading node:crypto alone does); instead every chunk's name carries a hash of its content
// (main.cjs only requires the entry chunk), so a cache always sits beside the source it was made
// from, and the build writes caches atomically. Only `npm run build` writes them ("produce" mode,
// scripts/bundle.mjs); `plan` never writes into dist/.
//
// CommonJS because it hooks Module.prototype._compile, which `require` goes through. It lives in
// bin/ beside plan.js because it is what loads dist/, not a part of it: tsc does not make it, and
// it changes no finding, so dist/build-id.txt need not cover it.
const Module = require('node:module');
const { readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { dirname, join, resolve, sep } = require('node:path');
const { Script } = require('node:vm');

/** The code cache of a chunk: `x.cjs` -> `x.v8`. */
const cacheFile = (chunk) => chunk.replace(/\.cjs$/, '.v8');

/** The bytes of a cache file, or undefined when there is none. */
function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Requires `entry` (a chunk of a bundle folder) and returns its exports; every `.cjs` file of that
 * folder loaded from then on is compiled with its code cache. `stats` counts chunks loaded, and
 * caches used and ignored. With `produce`, caches are not read, and `writeCaches()` writes one per
 * chunk loaded so far: call it after the training run, once the functions it ran are compiled.
 */
function loadBundle(entry, { produce = false } = {}) {
  const dir = dirname(resolve(entry)) + sep;
  const scripts = new Map();
  const stats = { loaded: 0, accepted: 0, rejected: 0 };
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (!filename.startsWith(dir) || !filename.endsWith('.cjs') || filename.includes(sep, dir.length)) {
      return compile.call(this, content, filename);
    }
    const cachedData = produce ? undefined : readCache(cacheFile(filename));
    const script = new Script(Module.wrap(content), { filename, cachedData });
    stats.loaded++;
    if (cachedData) script.cachedDataRejected ? stats.rejected++ : stats.accepted++;
    if (produce) scripts.set(filename, script);
    const fn = script.runInThisContext({ displayErrors: true });
    return fn.call(this.exports, this.exports, Module.createRequire(filename), this, filename, dirname(filename));
  };
  return {
    exports: require(resolve(entry)),
    stats,
    /** Writes `x.v8` beside each chunk loaded, atomically; returns the files written. */
    writeCaches() {
      const written = [];
      for (const [filename, script] of scripts) {
        const out = cacheFile(filename);
        const tmp = join(dirname(out), `.${process.pid}.${written.length}.v8.tmp`);
        try {
          writeFileSync(tmp, script.createCachedData());
          renameSync(tmp, out);
        } catch (e) {
          rmSync(tmp, { force: true });
          throw e;
        }
        written.push(out);
      }
      return written;
    },
  };
}

module.exports = { loadBundle, cacheFile };
