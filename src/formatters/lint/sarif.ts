import { relative, sep } from 'node:path';
import { RULE_METAS } from '../../rules/index.js';
import { ruleDocs } from '../../rules/docs.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { LintFormatter } from './types.js';
import { planVersion } from '../../util/version.js';

/** The SARIF version written, and the schema of that version. */
const SARIF_VERSION = '2.1.0';
const SARIF_SCHEMA = `https://json.schemastore.org/sarif-${SARIF_VERSION}.json`;

function uri(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  const p = (rel.startsWith('..') ? file : rel).split(sep).join('/');
  return encodeURI(p).replace(/#/g, '%23').replace(/\?/g, '%3F');
}

/** SARIF's fix: one replacement (an insertion when the deleted region is empty), by line and column. */
function fixOf(d: Diagnostic, file: string): Record<string, unknown> {
  const f = d.diskFix!;
  return {
    description: { text: `plan lint --fix: ${d.ruleId}` },
    artifactChanges: [{
      artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
      replacements: [{ deletedRegion: { ...f.region }, insertedContent: { text: f.text } }],
    }],
  };
}

/**
 * SARIF 2.1.0 for code scanning: rule metadata with help text, one result
 * per finding with its region, suppressed findings marked as suppressed.
 */
export const sarif: LintFormatter = (result, opts) => {
  const rules = [...RULE_METAS.map((r) => ({ id: r.id, description: r.description, level: r.severity === 'error' ? 'error' : 'warning' })),
    { id: 'internal-error', description: 'A rule failed on a file: a bug in plan.', level: 'error' }];
  const index = new Map(rules.map((r, i) => [r.id, i] as const));
  const one = (d: Diagnostic) => {
    const region: Record<string, number> = { startLine: d.line, startColumn: d.column };
    if (d.endLine !== undefined) region.endLine = d.endLine;
    if (d.endColumn !== undefined) region.endColumn = d.endLine === undefined || d.endLine === d.line ? Math.max(d.endColumn, d.column) : d.endColumn;
    const r: Record<string, unknown> = {
      ruleId: d.ruleId,
      level: d.severity === 'error' ? 'error' : 'warning',
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(opts.cwd, d.file), uriBaseId: '%SRCROOT%' }, region } }],
    };
    const i = index.get(d.ruleId);
    if (i !== undefined) r.ruleIndex = i;
    if (d.diskFix) r.fixes = [fixOf(d, uri(opts.cwd, d.file))];
    if (d.suppressed) r.suppressions = [{ kind: d.suppressed.kind === 'directive' ? 'inSource' : 'external', justification: d.suppressed.justification || 'no reason given' }];
    return r;
  };
  const log = {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [{
      tool: {
        driver: {
          name: 'plan',
          version: planVersion(),
          informationUri: 'https://www.oas.org/en/sms/dtoc/',
          rules: rules.map((r) => ({
            id: r.id,
            name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
            shortDescription: { text: r.description },
            fullDescription: { text: r.description },
            help: { text: `${r.description} See ${ruleDocs(r.id)}.`, markdown: `${r.description}\n\nSee \`${ruleDocs(r.id)}\`.` },
            defaultConfiguration: { level: r.level },
          })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: 'file://' + encodeURI(opts.cwd.split(sep).join('/').replace(/\/?$/, '/')) } },
      results: result.results.flatMap((f) => [...f.messages, ...f.suppressedMessages]).map(one),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
