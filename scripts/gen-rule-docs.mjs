// Writes docs/rules.md from the rule modules (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { RULES } from '../dist/rules/index.js';

const lines = ['# `plan lint` rules', '', 'Generated from the rule modules by `node scripts/gen-rule-docs.mjs`; a test keeps it in step.', ''];
for (const r of RULES) {
  lines.push(`## ${r.id}`, '', `- default severity: ${r.severity}`, `- scope: ${r.scope === 'file' ? 'one file at a time' : 'the whole corpus'}`, '', r.description, '');
}
writeFileSync(new URL('../docs/rules.md', import.meta.url), lines.join('\n'));
