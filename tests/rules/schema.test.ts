import { MINI } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { schema } from '../../src/rules/schema/index.js';

const p2 = MINI['paragraphs/adopted/2.md'] as string;

ruleTester(schema, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'bad enum at its value', files: { 'paragraphs/adopted/2.md': p2.replace('force: consider', 'force: shal') }, errors: [{ file: 'paragraphs/adopted/2.md', line: 9, column: 8, message: 'did you mean `shall`' }] },
    { name: 'unknown key at the key', files: { 'paragraphs/adopted/2.md': p2.replace('printed: true', 'printed: true\nprinted_as: x') }, errors: [{ file: 'paragraphs/adopted/2.md', line: 6, column: 1, message: 'Unknown key `printed_as`' }] },
    { name: 'missing key at the mapping', files: { 'paragraphs/adopted/2.md': p2.replace('type: action\n', '') }, errors: [{ file: 'paragraphs/adopted/2.md', line: 2, column: 1, message: 'Missing required key `type`' }] },
    { name: 'nested value', files: { 'paragraphs/adopted/2.md': p2.replace('articles: ["16"]', 'articles: [16]') }, errors: [{ file: 'paragraphs/adopted/2.md', line: 12, column: 16, message: 'must be a string' }] },
    { name: '__proto__ key rejected', files: { 'paragraphs/adopted/2.md': p2.replace('printed: true', 'printed: true\n__proto__: {polluted: true}') }, errors: [{ file: 'paragraphs/adopted/2.md', line: 6, column: 1, message: '__proto__' }] },
    { name: 'an obligation key `on` from before its rename', files: { 'paragraphs/adopted/2.md': p2.replace('  subject: national authority', '  on: national authority') }, errors: [{ file: 'paragraphs/adopted/2.md', line: 21, column: 3, message: 'Unknown key `on` in `obligation`; it is called `subject` now (YAML 1.1 tools read `on` as true).' }] },
    { name: 'file outside the layout', files: { 'notes/x.md': '---\nid: x\n---\n' }, errors: [{ file: 'notes/x.md', line: 1, message: 'outside the corpus layout' }] },
  ],
});
