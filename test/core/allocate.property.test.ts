import fc from 'fast-check';
import { allocateRow, scaleAllocation, spreadEven } from '../../src/core/allocate';
import { Decimal, ZERO } from '../../src/core/decimal';
import { parseMoney } from '../../src/core/money';
import { parseTime } from '../../src/core/time';

const sumOf = (m: Map<number, Decimal>) => [...m.values()].reduce((a, b) => a.plus(b), ZERO);
// Amounts as officers write them: up to 12 integer digits and 3 decimals, built from integers so
// no float is involved.
const amount = fc.tuple(fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 999 }))
  .map(([i, f]) => new Decimal(`${i}.${String(f).padStart(3, '0')}`));

describe('allocation properties', () => {
  it('an even spread always adds up exactly to the amount, and no year goes negative', () => {
    fc.assert(fc.property(amount, fc.integer({ min: 1, max: 30 }), (a, n) => {
      const years = Array.from({ length: n }, (_, i) => 2000 + i);
      const alloc = spreadEven(a, years);
      expect(sumOf(alloc).eq(a)).toBe(true);
      for (const v of alloc.values()) expect(v.gte(0)).toBe(true);
    }), { numRuns: 2000 });
  });

  it('scaling a pattern to a part adds up exactly to the part', () => {
    fc.assert(fc.property(amount, amount, fc.integer({ min: 1, max: 10 }), (whole, part, n) => {
      fc.pre(!whole.isZero());
      const pattern = spreadEven(whole, Array.from({ length: n }, (_, i) => 2021 + i));
      expect(sumOf(scaleAllocation(pattern, part, whole)).eq(part)).toBe(true);
    }), { numRuns: 1000 });
  });

  it('a row with readable years and a total amount allocates exactly its amount', () => {
    const times = ['2021-2023', 'Hàng năm', '2019, 2020', 'Thực hiện 02 năm/lần', '2022', '2020 - 2025'];
    fc.assert(fc.property(amount, fc.constantFrom(...times), fc.integer({ min: 0, max: 1 }), (a, timeText, withDisbursed) => {
      fc.pre(a.gt(10));
      const text = withDisbursed ? `${a.toFixed()} (năm 2022 giải ngân 10)` : a.toFixed();
      const money = parseMoney(text.replace('.', ','), { unit: 'triệu đồng' });
      const time = parseTime(timeText, { from: 2021, to: 2025 });
      const { allocation } = allocateRow(money.value, money, time);
      expect(sumOf(allocation).eq(money.value as Decimal)).toBe(true);
    }), { numRuns: 1000 });
  });
});
