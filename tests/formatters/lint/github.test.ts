import { describe, expect, it } from 'vitest';
import { github, escapeData, escapeProperty } from '../../../src/formatters/lint/github.js';
import type { LintResult } from '../../../src/lint/engine.js';

describe('github formatter', () => {
  it('escapes %, CR, LF in data and also : and , in properties', () => {
    expect(escapeData('100%\r\n::error::x')).toBe('100%25%0D%0A::error::x');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
  });
  it('writes one annotation per finding; corpus text can never start a command', () => {
    const r: LintResult = {
      errorCount: 1, warningCount: 0, notes: [],
      results: [{ filePath: '/w/corpus/paragraphs/a,b/1.md', rel: 'paragraphs/a,b/1.md', errorCount: 1, warningCount: 0, suppressedMessages: [],
        messages: [{ file: '/w/corpus/paragraphs/a,b/1.md', ruleId: 'schema', severity: 'error', message: 'found `x\n::error::pwned`', line: 4, column: 2, endLine: 4, endColumn: 9 }] }],
    };
    const out = github(r, { color: false, cwd: '/w' });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('::error file=corpus/paragraphs/a%2Cb/1.md,line=4,col=2,endLine=4,endColumn=9,title=plan lint (schema)::found `x%0A::error::pwned`');
    expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(1);
  });
});
