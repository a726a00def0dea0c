// Writes docs/rules.md and the README's rule table from each rule's meta (run after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { RULE_METAS } from '../dist/rules/index.js';
import { rulesMarkdown, withRulesTable } from '../dist/rules/docs.js';

writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown(RULE_METAS));
const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withRulesTable(readFileSync(readme, 'utf8'), RULE_METAS));
