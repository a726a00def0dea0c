import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../../src/formatters/lint/sarif.js';
import type { LintResult } from '../../../src/lint/engine.js';

const require = createRequire(import.meta.url);
const Ajv4 = require('ajv-draft-04');
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

const result: LintResult = {
  errorCount: 1, warningCount: 1, notes: [],
  results: [{
    filePath: '/repo/corpus/paragraphs/x/1.md', rel: 'paragraphs/x/1.md', errorCount: 1, warningCount: 1,
    messages: [
      { file: '/repo/corpus/paragraphs/x/1.md', ruleId: 'schema', severity: 'error', message: 'Bad `force`', line: 9, column: 8, endLine: 9, endColumn: 12 },
      { file: '/repo/corpus/paragraphs/x/1.md', ruleId: 'unused-suppression', severity: 'warn', message: 'stale', line: 3, column: 1 },
    ],
    suppressedMessages: [{ file: '/repo/corpus/paragraphs/x/1.md', ruleId: 'body-plain-text', severity: 'error', message: 'a list', line: 23, column: 1, suppressed: { kind: 'directive', justification: 'as circulated' } }],
  }],
};

describe('sarif formatter', () => {
  const log = JSON.parse(sarif(result, { color: false, cwd: '/repo' }));
  it('validates against the official SARIF 2.1.0 schema', () => {
    const ajv = new Ajv4({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // and the validator does reject a broken log
    const broken = JSON.parse(JSON.stringify(log));
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });
  it('names the SARIF version with its own schema, and plan with the version package.json gives', () => {
    expect([log.version, log.$schema]).toEqual(['2.1.0', 'https://json.schemastore.org/sarif-2.1.0.json']);
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(log.runs[0].tool.driver.version).toBe(pkg.version);
  });
  it('carries rule metadata with help text, and every result points at its rule and region', () => {
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.find((r: { id: string }) => r.id === 'schema').help.text).toMatch(/JSON Schema/);
    const [a, b, c] = log.runs[0].results;
    expect(a.locations[0].physicalLocation.artifactLocation.uri).toBe('corpus/paragraphs/x/1.md');
    expect(a.locations[0].physicalLocation.region).toEqual({ startLine: 9, startColumn: 8, endLine: 9, endColumn: 12 });
    expect(rules[a.ruleIndex].id).toBe('schema');
    expect(b.level).toBe('warning');
    expect(c.suppressions).toEqual([{ kind: 'inSource', justification: 'as circulated' }]);
  });
});
