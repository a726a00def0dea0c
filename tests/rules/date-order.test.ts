import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { dateOrder } from '../../src/rules/date-order/index.js';

const MEX = 'commitments/MEX/untoc.md';
const NA = 'commitments/MEX/national-authority.md';
ruleTester(dateOrder, {
  valid: [{ name: 'the mini corpus', files: {} }, { name: 'as-of today', files: {}, today: '2022-05-01' }],
  invalid: [
    { name: 'ratified before adoption', files: { [MEX]: mini(MEX, ['{action: ratified, date: "2003-03-04"}', '{action: ratified, date: ‸"1999-03-04"}']) }, errors: [{ file: MEX, message: 'before the instrument `untoc` was adopted (2000-11-15)' }] },
    { name: 'as-of after today', files: { [NA]: mini(NA, ['as-of: "2022-05-01"', 'as-of: ‸"2022-05-01"']) }, today: '2022-04-30', errors: [{ file: NA, message: 'after today (2022-04-30)' }] },
    { name: 'event after as-of', files: { [MEX]: mini(MEX, ['as-of: "2001-01-01"', 'as-of: "2000-12-01"'], ['{action: signed, date: "2000-12-13"}]', '{action: signed, date: ‸"2000-12-13"}]']) }, errors: [{ file: MEX, message: 'after the record' }] },
    { name: 'entry into force before adoption', files: { 'instruments/untoc.md': mini('instruments/untoc.md', ['"2003-09-29"', '‸"1999-09-29"']) }, errors: [{ file: 'instruments/untoc.md' }] },
  ],
});
