import { ruleTester } from '../helpers/rule-tester.js';
import { fileReadable } from '../../src/rules/file-readable/index.js';

const f = 'instruments/x.md';
ruleTester(fileReadable, {
  valid: [{ name: 'the mini corpus', files: {} }, { name: 'BOM and CRLF are fine', files: { [f]: '\uFEFF---\r\nid: x\r\n---\r\n' } }],
  invalid: [
    // Not text: no marker can stand in it.
    { name: 'latin-1', files: { [f]: Buffer.from('---\nid: caf\xe9\n---\n', 'latin1') }, errors: [{ file: f, line: 2, message: 'not valid UTF-8' }] },
    { name: 'NUL bytes', files: { [f]: '---\nid: x\n---\nab‸\u0000c\n' }, errors: [{ file: f, message: 'NUL' }] },
  ],
});
