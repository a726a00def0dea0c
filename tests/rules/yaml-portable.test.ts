import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ruleTester } from '../helpers/rule-tester.js';
import { yamlPortable } from '../../src/rules/yaml-portable/index.js';
import { needsQuotes, quoteTraps, yaml11Trap } from '../../src/util/yaml-portable.js';
import { mini } from '../helpers/mini-text.js';

const P = 'paragraphs/draft/1.md';
const C = 'commitments/MEX/untoc.md';
/** The draft paragraph with a `notes` list of these items, after its obligation. */
const withNote = (note: string): string => mini(P, ['\n---\nThe member', `\nnotes: [${note}]\n---\nThe member`]);
/** The draft paragraph with these front-matter lines after its obligation. */
const withLines = (lines: string): string => mini(P, ['\n---\nThe member', `\n${lines}\n---\nThe member`]);

ruleTester(yamlPortable, {
  valid: [
    { name: 'the mini corpus (dates quoted)', files: {} },
    { name: 'quoted traps', files: { [P]: mini(P, ['subject: extradition', '"on": extradition'], ['\n---\nThe member', '\nnotes: ["yes", \'no\', "012", "1:20", "2000-01-01"]\n---\nThe member']) } },
    { name: 'words that merely contain a trap', files: { [P]: withNote('Committee on Hemispheric Security, yes or no, 2000-01-01 as text') } },
    { name: 'hashes and codes that look like numbers in part', files: { [P]: withNote('changed in 65551ea, 1e3x, 0x1F, 3.5, B.II.5.a, 14 bis, 2000-12') } },
    { name: 'YAML 1.2 booleans, plain integers and partial dates read alike', files: { 'documents/draft.md': mini('documents/draft.md', ['date: 2005-04', 'date: "2005"']), [P]: mini(P, ['printed: true', 'printed: TRUE'], ['number: "1"\n', 'number: "1"\nposition: 10\n']) } },
  ],
  invalid: [
    { name: 'the obligation key `on`', files: { [P]: mini(P, ['subject: extradition', '‸on: extradition']) }, errors: [{ file: P, message: '`on` is read as true by YAML 1.1 tools (PyYAML, Ruby), but as text by plan; quote it ("on") or use another key.' }] },
    { name: 'an unquoted date', files: { [C]: mini(C, ['as-of: "2014-01-27"', 'as-of: ‸2014-01-27']) }, errors: [{ file: C, message: '`2014-01-27` is read as a date by YAML 1.1 tools (PyYAML, Ruby), but as text by plan; quote it: "2014-01-27".' }] },
    { name: 'a date in a flow mapping', files: { [C]: mini(C, ['date: "2003-03-04"', 'date: ‸2003-03-04']) }, errors: [{ file: C, message: '`2003-03-04` is read as a date' }] },
    {
      name: 'yes/No/OFF/y and a case variant of true as values',
      files: { [P]: withNote('‸yes, ‸No, ‸OFF, ‸y, ‸tRUE') },
      errors: [
        { file: P, message: '`yes` is read as true' },
        { file: P, message: '`No` is read as false' },
        { file: P, message: '`OFF` is read as false' },
        { file: P, message: '`y` is read as true' },
        { file: P, message: '`tRUE` is read as true' },
      ],
    },
    {
      name: 'numbers: leading zeros, 0o, sexagesimal, underscores, binary, an exponent PyYAML takes as text',
      files: { [P]: withNote('‸012, ‸09, ‸0o17, ‸1:20, ‸1_000, ‸0b11, ‸1e3') },
      errors: [
        { file: P, message: '`012` is read as the octal number 10 by YAML 1.1 tools (PyYAML, Ruby), but as the number 12 by plan; quote it ("012") if text is meant, else write 12.' },
        { file: P, message: '`09` is read as text by YAML 1.1 tools' },
        { file: P, message: '`0o17` is read as text by YAML 1.1 tools (PyYAML, Ruby), but as the number 15 by plan' },
        { file: P, message: '`1:20` is read as the base-60 number 80' },
        { file: P, message: '`1_000` is read as the number 1000' },
        { file: P, message: '`0b11` is read as the number 3' },
        { file: P, message: '`1e3` is read as text by PyYAML, but as the number 1000 by plan' },
      ],
    },
    { name: 'a key `yes` and a key `null`', files: { [P]: withLines('x-review:\n  ‸yes: done\n  ‸null: none') }, errors: [{ file: P, message: '`yes` is read as true' }, { file: P, message: '`null` is read as null' }] },
    { name: 'a trap in a block list and a nested key', files: { [P]: withLines('notes:\n  - ‸on') }, errors: [{ file: P, message: '`on` is read as true' }] },
  ],
});

describe('yaml11Trap agrees with the `yaml` package in YAML 1.1 mode', () => {
  // Every plain scalar it calls a trap reads differently in YAML 1.1 and 1.2 (or is one PyYAML
  // reads otherwise); every other sample reads alike.
  const traps = ['on', 'On', 'ON', 'off', 'yes', 'Yes', 'NO', 'y', 'N', '2000-12-13', '2001-12-14t21:59:43.10-05:00', '012', '0777', '1:20', '190:20:30', '1_000', '0b101', '0o17'];
  const alike = ['true', 'False', 'null', '~', '12', '-3', '0', '1.5', '.5', 'x', 'onward', 'yesterday', 'no one', '2000-12', '2000', 'B.II.5.a', '14 bis', 'AG/RES. 1', '0x1F', '.inf'];
  const read = (s: string, version: '1.1' | '1.2'): unknown => {
    const v: unknown = YAML.parse(`k: ${s}\n`, { version })['k'];
    return v instanceof Date ? `date:${v.toISOString()}` : v;
  };
  it('traps read differently', () => {
    for (const s of traps) {
      expect(yaml11Trap(s), s).toBeDefined();
      expect(read(s, '1.1'), s).not.toEqual(read(s, '1.2'));
    }
  });
  it('the rest read alike and are no trap', () => {
    for (const s of alike) {
      expect(yaml11Trap(s), s).toBeUndefined();
      expect(read(s, '1.1'), s).toEqual(read(s, '1.2'));
    }
  });
  it('writers quote what would be a trap (a value or a key), and only that', () => {
    const doc = new YAML.Document({ on: 'x', date: '2000-12-13', notes: ['yes', 'Committee on X', '012'], n: 'plain' });
    expect(needsQuotes('on')).toBe(true);
    expect(needsQuotes('true')).toBe(true);
    expect(needsQuotes('plain')).toBe(false);
    quoteTraps(doc);
    expect(doc.toString()).toBe('"on": x\ndate: "2000-12-13"\nnotes:\n  - "yes"\n  - Committee on X\n  - "012"\n"n": plain\n');
  });
});
