import { ruleTester } from '../helpers/rule-tester.js';
import { yamlSyntax } from '../../src/rules/yaml-syntax.js';

const f = 'instruments/x.md';
const deep = (n: number) => '---\nid: ' + '['.repeat(n) + ']'.repeat(n) + '\n---\n';
ruleTester(yamlSyntax, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'syntax error at its line', files: { [f]: '---\nid: x\ntitle: "unclosed\ntype: convention\n---\n' }, errors: [{ file: f, line: 4, message: 'Missing closing' }] },
    { name: 'duplicate key', files: { [f]: '---\nid: x\nid: y\n---\n' }, errors: [{ file: f, line: 3, column: 1, message: 'Duplicate key' }] },
    { name: 'alias bomb refused', files: { [f]: '---\na: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n---\n' }, errors: [{ file: f, line: 3, column: 8, message: '4 aliases found' }] },
    { name: 'undefined alias', files: { [f]: '---\nid: *nothing\n---\n' }, errors: [{ file: f, line: 2, column: 5, message: 'aliases' }] },
    { name: 'custom tag', files: { [f]: '---\nid: !!js/function "function(){}"\n---\n' }, errors: [{ file: f, line: 2, message: 'Unknown YAML tag' }] },
    { name: 'local tag', files: { [f]: '---\nid: !foo bar\n---\n' }, errors: [{ file: f, line: 2, message: 'Unknown YAML tag' }] },
    { name: 'tab indentation', files: { [f]: '---\nid: x\nadopted:\n\tdate: 2000-01-01\n---\n' }, errors: [{ file: f, line: 4 }] },
    { name: 'deep nesting is refused before parsing', files: { [f]: deep(1000) }, errors: [{ file: f, line: 2, message: 'more than 64' }] },
  ],
});
