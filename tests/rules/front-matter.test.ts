import { ruleTester } from '../helpers/rule-tester.js';
import { frontMatter } from '../../src/rules/front-matter/index.js';

const f = 'instruments/x.md';
// Findings on the whole file are at 1:1 (`line: 1`); the others at their marker.
ruleTester(frontMatter, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'no front matter', files: { [f]: '# Title\ntext\n' }, errors: [{ file: f, line: 1, message: 'No front matter' }] },
    { name: 'empty file', files: { [f]: '' }, errors: [{ file: f, line: 1, message: 'empty' }] },
    { name: '---js is never run', files: { [f]: '---js\n{ id: (function(){ throw new Error("ran") })() }\n---\n' }, errors: [{ file: f, line: 1, message: '---js' }] },
    { name: '---coffee', files: { [f]: '---coffee\nid: x\n---\n' }, errors: [{ file: f, line: 1, message: '---coffee' }] },
    { name: 'unclosed', files: { [f]: '---\nid: x\ntitle: y\n' }, errors: [{ file: f, line: 1, message: 'not closed' }] },
    { name: 'closed by -----', files: { [f]: '---\nid: x\n‸-----\nbody\n' }, errors: [{ file: f, message: '-----' }] },
    { name: 'closed by ...', files: { [f]: '---\nid: x\n‸...\nbody\n' }, errors: [{ file: f, message: '...' }] },
    { name: 'blank line before the fence', files: { [f]: '\n---\nid: x\n---\n' }, errors: [{ file: f, line: 1, message: 'No front matter' }] },
    { name: 'a scalar', files: { [f]: '---\n‸just text\n---\n' }, errors: [{ file: f, message: 'a single value' }] },
    { name: 'a list', files: { [f]: '---\n‸- a\n- b\n---\n' }, errors: [{ file: f, message: 'a list' }] },
    { name: 'empty front matter', files: { [f]: '---\n---\nbody\n' }, errors: [{ file: f, line: 1, message: 'empty' }] },
  ],
});
