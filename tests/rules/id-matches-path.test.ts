import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { idMatchesPath } from '../../src/rules/id-matches-path/index.js';

ruleTester(idMatchesPath, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'id differs from path', files: { 'instruments/untoc.md': mini('instruments/untoc.md', ['id: untoc', 'id: ‸untocx']) }, errors: [{ file: 'instruments/untoc.md', message: 'implies `untoc`' }] },
    { name: 'number disagrees with id', files: { 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md', ['number: "2"', 'number: ‸"3"']) }, errors: [{ file: 'paragraphs/adopted/2.md', message: 'expected `adopted/3`' }] },
  ],
});
