import { describe, expect, it } from 'vitest';
import { csv, csvField, parseCsv } from '../../src/formatters/csv.js';

describe('csv (RFC 4180)', () => {
  it('writes a header row and CRLF after every row', () => {
    expect(csv(['a', 'b'], [['1', '2'], ['3', '4']])).toBe('a,b\r\n1,2\r\n3,4\r\n');
    expect(csv(['a'], [])).toBe('a\r\n');
  });

  it('quotes fields holding a comma or a double quote, doubling the quotes; shows CR and LF escaped (one record, one line)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('two\\nlines');
    expect(csvField('cr\rhere')).toBe('cr\\rhere');
    expect(csvField('two\nlines', { escapeControls: false })).toBe('"two\nlines"');
    expect(csvField('plain text')).toBe('plain text');
  });

  it('leaves accents, typographic quotes and non-breaking spaces untouched', () => {
    const s = 'Convención de Mérida “Palermo” 1\u00a0000 – ok';
    expect(csvField(s)).toBe(s);
    expect(parseCsv(csv(['x'], [[s]]))).toEqual([['x'], [s]]);
  });

  it('writes numbers and booleans as JSON does, null and undefined as empty', () => {
    expect(csv(['n', 'b', 'z', 'u'], [[0.5, true, null, undefined]])).toBe('n,b,z,u\r\n0.5,true,,\r\n');
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => csv(['a', 'b'], [['1']])).toThrow(/1 fields, the header 2/);
  });

  it('guards formulas unless told not to (text only: numbers plan computes are written as is)', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('=HYPERLINK("x")', { guardFormulas: false })).toBe('"=HYPERLINK(""x"")"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('-3')).toBe("'-3");
    expect(csvField(-3)).toBe('-3');
  });

  it('shows control characters and bidi overrides escaped, unless told not to', () => {
    expect(csvField('a\u001b[31mb\u202ec\u0000')).toBe('a\\u{1b}[31mb\\u{202e}c\\u{0}');
    expect(csvField('tab\there')).toBe('tab\there');
    expect(csvField('x\u001by', { escapeControls: false })).toBe('x\u001by');
  });

  it('parses back what it writes, fields with commas, quotes and line breaks included', () => {
    const rows = [['a,b', 'say "x"', 'line\r\nbreak', ''], ['', ',', '"', 'é']];
    expect(parseCsv(csv(['1', '2', '3', '4'], rows, { escapeControls: false }))).toEqual([['1', '2', '3', '4'], ...rows]);
  });
});
