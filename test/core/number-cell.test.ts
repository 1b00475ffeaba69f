// A number cell makes its reading when asked; it must be, field by field, the reading the cell
// reader gives the same number (readAmountCell), with the same amount and billionths.
import fc from 'fast-check';
import { numberToDecimal, readAmountCell } from '../../src/core/cell-amount';
import { smallBillionths } from '../../src/core/exact';
import { NumberCell } from '../../src/core/number-cell';
import type { MoneyUnit } from '../../src/core/types';

function same(n: number, unit: MoneyUnit): void {
  const cell = new NumberCell(String(n), numberToDecimal(n), unit);
  const want = readAmountCell(n, unit);
  expect(want).not.toBeNull();
  const { value, ...rest } = cell.reading;
  const { value: wantValue, ...wantRest } = want as NonNullable<typeof want>;
  expect(rest).toEqual(wantRest);
  expect(value?.toFixed() ?? null).toBe(wantValue?.toFixed() ?? null);
  // The reading's amount is the cell's own Decimal, not a second one.
  expect(value).toBe(cell.value);
  expect(cell.text).toBe(String(n));
  const billionths = wantValue ? smallBillionths(wantValue) : NaN;
  expect(Object.is(cell.billionths, billionths)).toBe(true);
  expect(cell.isNumber).toBe(true);
  expect(cell.withFormula('=SUM(E7:E9)')).toMatchObject({ text: cell.text, value: cell.value, formula: '=SUM(E7:E9)', billionths: cell.billionths });
  expect(cell.withFormula('=E7').reading).toBe(cell.reading);
}

describe('NumberCell', () => {
  test('figures officers type, and doubles a formula leaves', () => {
    for (const n of [0, -0, 1000, 35388.5, 168686.49999999997, 0.1 + 0.2, 6371620970, -250, 1e21, 1e-7, 2 ** 53 + 2, NaN, Infinity]) same(n, 'triệu đồng');
    same(1234.5, 'đồng');
  });

  test('any number', () => {
    fc.assert(fc.property(fc.oneof(fc.double(), fc.integer(), fc.integer({ min: 0, max: 10 ** 7 }).map((k) => k / 1000)), (n) => same(n, 'triệu đồng')), { numRuns: 2000 });
  });
});
