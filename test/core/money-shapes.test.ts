// Every number shape × every unit spelling × every rate spelling an officer might combine.
// Expected value = the number's value (by hand, Vietnamese convention) × the unit's size in
// triệu đồng (1 tỷ = 1000 triệu, 1 nghìn = 0,001 triệu, 1 đồng = 0,000001 triệu).
import { Decimal } from '../../src/core/decimal';
import { parseMoney } from '../../src/core/money';

const numbers: Array<[string, string]> = [
  ['1', '1'],
  ['2', '2'],
  ['15', '15'],
  ['1,26', '1.26'],
  ['2,5', '2.5'],
  ['0,75', '0.75'],
  ['35.388,5', '35388.5'],
  ['1.200', '1200'],
  ['12.000', '12000'],
  ['164.001', '164001'],
  ['6.371.620.970', '6371620970'],
  ['1 200', '1200'],
  ['2,812,145,000', '2812145000'],
];

const units: Array<[string, string]> = [
  ['tỷ', '1000'], ['tỉ', '1000'], ['tỷ đồng', '1000'], ['tỉ đồng', '1000'], ['Tỷ VNĐ', '1000'], ['ty', '1000'],
  ['triệu', '1'], ['triệu đồng', '1'], ['Triệu đồng', '1'], ['tr', '1'], ['trđ', '1'], ['triệu VND', '1'],
  ['nghìn đồng', '0.001'], ['ngàn đồng', '0.001'], ['nghìn', '0.001'],
  ['đồng', '0.000001'], ['đ', '0.000001'], ['VNĐ', '0.000001'], ['VND', '0.000001'],
];

const rates: Array<[string, 'total' | 'year' | 'month']> = [
  ['', 'total'], ['/năm', 'year'], ['/ năm', 'year'], ['/1 năm', 'year'], [' mỗi năm', 'year'], ['/tháng', 'month'],
];

const prefixes = ['', 'Dự kiến ', 'khoảng ', 'Tổng: '];

type Case = [string, string, string];
const cases: Case[] = [];
for (const [num, value] of numbers) {
  for (const [unit, size] of units) {
    for (const [rate, per] of rates) {
      const prefix = prefixes[(cases.length * 7) % prefixes.length];
      const spaced = cases.length % 3 === 0 ? '' : ' ';
      // "1,26đ" reads oddly but is still the same amount; unit glued to the number half the time.
      const text = `${prefix}${num}${spaced || (unit.startsWith('t') || unit.startsWith('đ') ? '' : ' ')}${unit}${rate}`;
      cases.push([text, new Decimal(value).times(size).toFixed(), per]);
    }
  }
}

describe(`parseMoney over ${cases.length} combinations of shape, unit and rate`, () => {
  test.each(cases)('%s → %s per %s', (text, expected, per) => {
    const r = parseMoney(text);
    expect(r.value?.toFixed()).toBe(expected);
    expect(r.per).toBe(per);
    expect(r.unitExplicit).toBe(true);
  });
});

describe('a range written with spaces', () => {
  it('"100 - 150 triệu" is the range 100–150: the first figure, flagged, as "100-150 triệu" is', () => {
    const spaced = parseMoney('100 - 150 triệu');
    expect(spaced.value?.toFixed()).toBe('100');
    expect(spaced.ambiguous).toBe(true);
    expect(parseMoney('100-150 triệu').value?.toFixed()).toBe('100');
    // A bullet before one figure is no range.
    expect(parseMoney('- 1.200').value?.toFixed()).toBe('1200');
    expect(parseMoney('- 1.200').ambiguous).toBe(false);
  });
});
