import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { dateOrder } from '../../src/rules/date-order/index.js';

const mex = mini('commitments/MEX/untoc.md');
ruleTester(dateOrder, {
  valid: [{ name: 'the mini corpus', files: {} }, { name: 'as-of today', files: {}, today: '2022-05-01' }],
  invalid: [
    { name: 'ratified before adoption', files: { 'commitments/MEX/untoc.md': mex.replace('{action: ratified, date: "2003-03-04"}', '{action: ratified, date: "1999-03-04"}') }, errors: [{ file: 'commitments/MEX/untoc.md', line: 11, message: 'before the instrument `untoc` was adopted (2000-11-15)' }] },
    { name: 'as-of after today', files: {}, today: '2022-04-30', errors: [{ file: 'commitments/MEX/national-authority.md', line: 7, message: 'after today (2022-04-30)' }] },
    { name: 'event after as-of', files: { 'commitments/MEX/untoc.md': mex.replace('as-of: "2001-01-01"', 'as-of: "2000-12-01"') }, errors: [{ file: 'commitments/MEX/untoc.md', line: 7, message: 'after the record' }] },
    { name: 'entry into force before adoption', files: { 'instruments/untoc.md': mini('instruments/untoc.md').replace('2003-09-29', '1999-09-29') }, errors: [{ file: 'instruments/untoc.md', line: 8 }] },
  ],
});
