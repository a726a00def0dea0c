import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { schema } from '../../src/rules/schema/index.js';

const A2 = 'paragraphs/adopted/2.md';

ruleTester(schema, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'bad enum at its value', files: { [A2]: mini(A2, ['force: consider', 'force: ‸shal']) }, errors: [{ file: A2, message: 'did you mean `shall`' }] },
    { name: 'unknown key at the key', files: { [A2]: mini(A2, ['printed: true', 'printed: true\n‸printed_as: x']) }, errors: [{ file: A2, message: 'Unknown key `printed_as`' }] },
    { name: 'missing key at the mapping', files: { [A2]: mini(A2, ['type: action\n', ''], ['id: adopted/2', '‸id: adopted/2']) }, errors: [{ file: A2, message: 'Missing required key `type`' }] },
    { name: 'nested value', files: { [A2]: mini(A2, ['articles: ["16"]', 'articles: [‸16]']) }, errors: [{ file: A2, message: 'must be a string' }] },
    { name: '__proto__ key rejected', files: { [A2]: mini(A2, ['printed: true', 'printed: true\n‸__proto__: {polluted: true}']) }, errors: [{ file: A2, message: '__proto__' }] },
    { name: 'an obligation key `on` from before its rename', files: { [A2]: mini(A2, ['  subject: national authority', '  ‸on: national authority']) }, errors: [{ file: A2, message: 'Unknown key `on` in `obligation`; it is called `subject` now (YAML 1.1 tools read `on` as true).' }] },
    // A whole-file finding, at 1:1.
    { name: 'file outside the layout', files: { 'notes/x.md': '---\nid: x\n---\n' }, errors: [{ file: 'notes/x.md', line: 1, message: 'outside the corpus layout' }] },
  ],
});
