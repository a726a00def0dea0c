import type { Corpus } from '../model/model.js';
import { assertAllRead, findCorpus, loadConfig, loadCorpus } from '../model/load.js';
import { findConfig } from '../model/find.js';
import { RULE_IDS } from '../rules/index.js';
import type { GlobalOptions, Io } from '../cli/io.js';
import { resolveToday } from '../cli/today.js';
import { progress } from '../cli/progress.js';

export interface Loaded {
  corpus: Corpus;
  today: string;
}

/**
 * Finds, configures and loads the corpus once for a command run. A file or folder that could
 * not be read is exit 2 (assertAllRead), except for lint (`reportsUnreadable`), which reports it.
 */
export function loadForCommand(g: GlobalOptions, io: Io, opts: { reportsUnreadable?: boolean } = {}): Loaded {
  const today = resolveToday(g.today, io.env);
  const root = findCorpus(io.cwd, g.corpus);
  const config = loadConfig(root, RULE_IDS, findConfig(io.cwd, root, g.config));
  const p = progress(io);
  const corpus = loadCorpus(root, config, { onProgress: p.update });
  p.done();
  if (!opts.reportsUnreadable) assertAllRead(corpus);
  return { corpus, today };
}
