// The preview's stand-in weighs every request and answer as Excel on the web counts them (the
// JSON text in UTF-8) and refuses one over 5 MB. It weighs a range's rows a row at a time; the
// count must be the whole text's, measured here by Node's own encoder on JSON.stringify.
import fc from 'fast-check';
import { jsonBytes } from '../../src/preview/fake-office/payload';

const whole = (value: unknown): number => {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
};

describe('the stand-in weighs answers as their whole JSON text', () => {
  it('counts rows of values, formulas and flags exactly', () => {
    const rows = [
      ['STT', 'Tên dự án "Cổng dịch vụ công"', 'Thời gian', 35388.5, null, true],
      ['1', 'Nâng cấp hệ thống\nđường truyền \\ máy chủ', '2021-2023', -1e21, 0.1 + 0.2, false],
      ['', '=SUM(D2:D9)', '😀 ký tự ngoài BMP', 3, undefined, () => 1],
      [],
    ];
    expect(jsonBytes(rows)).toBe(whole(rows));
  });

  it('counts holes, nested lists, objects and single values exactly', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [1, , 3];
    for (const value of [sparse, [[['a']], { k: 'ư', n: [1, 2] }], { address: 'A1:B2', values: [[1, 'đ']] }, 'Hà Nội', 42, null, [undefined], []]) {
      expect(jsonBytes(value)).toBe(whole(value));
    }
    expect(jsonBytes(undefined)).toBe(0);
  });

  it('weighs 20,000 rows as one text would', () => {
    const rows = Array.from({ length: 20000 }, (_, i) => [String(i + 1), `Nhiệm vụ số ${i + 1}`, '2021-2025', i * 1.5, i % 7 === 0 ? null : 'NSĐP']);
    expect(jsonBytes(rows)).toBe(whole(rows));
  });
});

describe('the count is the text\'s for any value', () => {
  // Texts of any UTF-16 units: quotes, backslashes, control characters, lone surrogates and pairs.
  const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('"', '\\', '\n\t\b\f\r', '\u0000\u001f\u007f', '\ud800', 'a\udc00b', '\ud83d\ude00'));
  const cell = fc.oneof(anyText, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constantFrom(-0, NaN, Infinity, -Infinity, 1e21, 5e-324));

  it('rows of cells, as a range answers them', () => {
    fc.assert(fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 }), (rows) => jsonBytes(rows) === whole(rows)), { numRuns: 500 });
  });

  it('a load\'s record of matrices, and anything else JSON can be given', () => {
    const load = fc.record({ values: fc.array(fc.array(cell)), formulas: fc.array(fc.array(cell)), rowCount: fc.nat() }, { requiredKeys: [] });
    const anything = fc.anything({ stringUnit: 'binary', withNullPrototype: true, withDate: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true, maxDepth: 4 });
    const special = fc.constantFrom<unknown>({ toJSON: () => 'đã đổi' }, { a: undefined, b: () => 1, c: Symbol('s'), d: 'x' }, [() => 1, Symbol('s'), undefined], new Date(0), { 1: 'a', b: 'c', 0: 'd' });
    fc.assert(fc.property(fc.oneof(load, anything, special, anyText), (value) => jsonBytes(value) === whole(value)), { numRuns: 1000 });
  });
});

