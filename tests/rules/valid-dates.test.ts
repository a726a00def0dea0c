import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { validDates } from '../../src/rules/valid-dates/index.js';

ruleTester(validDates, {
  valid: [{ name: 'the mini corpus', files: {} }],
  invalid: [
    { name: 'February 30', files: { 'commitments/MEX/untoc.md': mini('commitments/MEX/untoc.md', ['as-of: "2014-01-27"', 'as-of: ‸"2024-02-30"']) }, errors: [{ file: 'commitments/MEX/untoc.md', message: '`2024-02-30` is not a calendar date' }] },
    { name: 'month 13', files: { 'instruments/untoc.md': mini('instruments/untoc.md', ['entry-into-force: "2003-09-29"', 'entry-into-force: ‸"2003-13-01"']) }, errors: [{ file: 'instruments/untoc.md' }] },
  ],
});
