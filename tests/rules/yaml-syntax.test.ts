import { ruleTester } from '../helpers/rule-tester.js';
import { yamlSyntax } from '../../src/rules/yaml-syntax/index.js';

const f = 'instruments/x.md';
const deep = (n: number) => '---\n‸id: ' + '['.repeat(n) + ']'.repeat(n) + '\n---\n';
ruleTester(yamlSyntax, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'syntax error at its line', files: { [f]: '---\nid: x\ntitle: "unclosed\ntype: convention‸\n---\n' }, errors: [{ file: f, message: 'Missing closing' }] },
    { name: 'duplicate key', files: { [f]: '---\nid: x\n‸id: y\n---\n' }, errors: [{ file: f, message: 'Duplicate key' }] },
    { name: 'alias bomb refused', files: { [f]: '---\na: &a [x, x]\nb: &b [‸*a, *a]\nc: [*b, *b]\n---\n' }, errors: [{ file: f, message: '4 aliases found' }] },
    { name: 'undefined alias', files: { [f]: '---\nid: ‸*nothing\n---\n' }, errors: [{ file: f, message: 'aliases' }] },
    { name: 'custom tag', files: { [f]: '---\nid: ‸!!js/function "function(){}"\n---\n' }, errors: [{ file: f, message: 'Unknown YAML tag' }] },
    { name: 'local tag', files: { [f]: '---\nid: ‸!foo bar\n---\n' }, errors: [{ file: f, message: 'Unknown YAML tag' }] },
    { name: 'tab indentation', files: { [f]: '---\nid: x\nadopted:\n‸\tdate: 2000-01-01\n---\n' }, errors: [{ file: f }] },
    // Issue 18: in a drafter's words, with what to do, the parser's words after them.
    { name: 'an unquoted colon in a value: quote the whole value', files: { [f]: '---\nid: x\ntitle: ‸Convention: on cybercrime\n---\n' }, errors: [{ file: f, message: 'This value contains \': \' — put the whole value in quotes: title: "Convention: on cybercrime". (YAML parser: Nested mappings are not allowed in compact mappings.)' }] },
    { name: 'two colons in one value: one message', files: { [f]: '---\nid: x\ntitle: ‸a: b: c\n---\n' }, errors: [{ file: f, message: 'title: "a: b: c"' }] },
    { name: 'a duplicate key names the key and its first line', files: { [f]: '---\nid: x\ntitle: a\ntype: convention\n‸title: b\n---\n' }, errors: [{ file: f, message: 'Duplicate key `title`: it is already used on line 3; keep one of the two (merge their values). (YAML parser: Map keys must be unique.)' }] },
    { name: 'a duplicate key inside a list item', files: { [f]: '---\nid: x\nsources:\n  - url: a\n    ‸url: b\n---\n' }, errors: [{ file: f, message: 'Duplicate key `url`: it is already used on line 4' }] },
    { name: 'a tab: use spaces', files: { [f]: '---\nid: x\nadopted:\n‸\tdate: 2000-01-01\n---\n' }, errors: [{ file: f, message: 'Use spaces, not a tab, to indent. (YAML parser: Tabs are not allowed as indentation.)' }] },
    { name: 'deep nesting is refused before parsing', files: { [f]: deep(1000) }, errors: [{ file: f, message: 'more than 64' }] },
  ],
});
