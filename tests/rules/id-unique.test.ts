import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { idUnique } from '../../src/rules/id-unique/index.js';

ruleTester(idUnique, {
  valid: [{ name: 'the mini corpus', files: {} }, { name: 'same id in two kinds', files: { 'bodies/untoc.md': '---\nid: untoc\nname: x\nkind: external\n---\n' } }],
  invalid: [
    // The finding is on instruments/untoc.md, which the case leaves as it is: no marker can stand in it.
    { name: 'same id twice', files: { 'instruments/palermo.md': mini('instruments/untoc.md'), 'instruments/untoc.md': mini('instruments/untoc.md', ['id: untoc', 'id: ‸untoc']) }, errors: [{ file: 'instruments/untoc.md', message: 'Duplicate instrument id `untoc`' }] },
    { name: 'ids equal up to case', files: { 'instruments/UNTOC.md': mini('instruments/untoc.md', ['id: untoc', 'id: UNTOC']), 'instruments/untoc.md': mini('instruments/untoc.md', ['id: untoc', 'id: ‸untoc']) }, errors: [{ file: 'instruments/untoc.md', message: 'differs only in case' }] },
    { name: 'ids equal up to normalisation', files: { 'bodies/me\u0301xico.md': '---\nid: "me\u0301xico"\nname: x\nkind: state\n---\n', 'bodies/m\u00e9xico.md': '---\nid: ‸"m\u00e9xico"\nname: x\nkind: state\n---\n' }, errors: [{ file: 'bodies/m\u00e9xico.md', message: 'normalisation' }] },
  ],
});
