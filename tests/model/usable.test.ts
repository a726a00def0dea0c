import { describe, expect, it } from 'vitest';
import { usableData } from '../../src/model/usable.js';
import { validate } from '../../src/schema/validate.js';

const base = { id: 'd/1', document: 'd', number: '1', printed: true, section: [], type: 'operative', addressees: ['member-states'], force: 'should' };
const usable = (data: Record<string, unknown>) => usableData('paragraph', data, validate('paragraph', data));

describe('usableData: what a file with schema errors still gives the model', () => {
  it('a valid file is given as it is', () => {
    expect(validate('paragraph', base)).toEqual([]);
    expect(usable(base)).toBe(base);
  });
  it('an unknown key is left out, at the top or inside a list item; the file itself is not changed', () => {
    const data = { ...base, remarks: 'x', cites: [{ instrument: 'untoc', pages: 3 }] };
    expect(usable(data)).toEqual({ ...base, cites: [{ instrument: 'untoc' }] });
    expect(data.remarks).toBe('x');
    expect(data.cites[0]!.pages).toBe(3);
  });
  it('a wrong value of an optional key is left out', () => {
    expect(usable({ ...base, force: 'mandatory' })).toEqual((({ force: _, ...rest }) => rest)(base));
  });
  it('nothing sound is left: a required key missing or wrong, a wrong list item', () => {
    expect(usable({ ...base, id: 7 })).toBeUndefined();
    expect(usable((({ document: _, ...rest }) => rest)(base))).toBeUndefined();
    expect(usable({ ...base, addressees: [42] })).toBeUndefined();
  });
  it('what it gives always validates', () => {
    for (const data of [{ ...base, remarks: 1 }, { ...base, force: 3, remarks: 'x' }, { ...base, obligation: { action: 'x', summary: 'y', extra: 1 } }]) {
      const u = usable(data);
      if (u) expect(validate('paragraph', u)).toEqual([]);
    }
  });
});
