// A number cell makes its reading when asked. The reading expected is written out here, field by
// field, as the cell reader always gave a number (a plain amount in the table's unit: per total,
// no unit of its own, no notes; "not a finite number" when there is none), not taken from the
// reader itself: NumberCell and readAmountCell both build it with numberReading. The amount is
// the figure to 9 decimals (cell-amount.ts), checked on worked examples and, for any number,
// against the double's own text rounded so.
import fc from 'fast-check';
import { readAmountCell } from '../../src/core/cell-amount';
import { Decimal } from '../../src/core/decimal';
import { smallBillionths } from '../../src/core/exact';
import { NumberCell } from '../../src/core/number-cell';
import type { MoneyUnit } from '../../src/core/types';

/** The figure to 9 decimals, from the double's text, or null when it is not finite. */
function ninePlaces(n: number): Decimal | null {
  return Number.isFinite(n) ? new Decimal(String(n)).toDecimalPlaces(9) : null;
}

function same(n: number, unit: MoneyUnit): void {
  const want = ninePlaces(n);
  const cell = new NumberCell(String(n), want === null ? null : new Decimal(want), unit);
  const { value, why, ...rest } = cell.reading;
  expect(rest).toEqual({
    input: String(n), unit, per: 'total', unitExplicit: false, ambiguous: false,
    reason: want === null ? 'not a finite number' : null, notes: [], dash: false,
  });
  expect(why).toEqual(want === null ? { kind: 'notFinite', text: null } : undefined);
  // The reader gives a number cell the same reading.
  const { value: readValue, ...readRest } = readAmountCell(n, unit) ?? { value: undefined };
  expect(readRest).toEqual({ ...rest, why });
  expect(readValue?.toFixed() ?? null).toBe(want?.toFixed() ?? null);
  // The reading's amount is the cell's own Decimal, not a second one.
  expect(value).toBe(cell.value);
  expect(cell.text).toBe(String(n));
  expect(Object.is(cell.billionths, want ? smallBillionths(want) : NaN)).toBe(true);
  expect(cell.isNumber).toBe(true);
  expect(cell.withFormula('=SUM(E7:E9)')).toMatchObject({ text: cell.text, value: cell.value, formula: '=SUM(E7:E9)', billionths: cell.billionths });
  expect(cell.withFormula('=E7').reading).toBe(cell.reading);
  // The reader's cells (NumberCell.make, an object literal) are the same cells.
  const made = NumberCell.make(String(n), cell.value, unit);
  expect(made).toBeInstanceOf(NumberCell);
  expect(made.reading).toEqual(cell.reading);
  expect([made.text, made.value, made.isNumber, made.formula]).toEqual([cell.text, cell.value, true, null]);
  expect(Object.is(made.billionths, cell.billionths)).toBe(true);
  expect(made.withFormula('=E7').formula).toBe('=E7');
}

describe('NumberCell', () => {
  test('figures officers type, and doubles a formula leaves', () => {
    for (const n of [0, -0, 1000, 35388.5, 168686.49999999997, 0.1 + 0.2, 6371620970, -250, 1e21, 1e-7, 2 ** 53 + 2, NaN, Infinity]) same(n, 'triệu đồng');
    same(1234.5, 'đồng');
  });

  test('the amount of worked examples (by hand: the double to 9 decimals)', () => {
    const read = (n: number) => readAmountCell(n, 'triệu đồng')?.value?.toFixed() ?? null;
    expect(read(35388.5)).toBe('35388.5');
    expect(read(168686.49999999997)).toBe('168686.5');
    expect(read(0.1 + 0.2)).toBe('0.3');
    expect(read(1e21)).toBe('1000000000000000000000');
    expect(read(1e-7)).toBe('0.0000001');
    expect(read(1e-10)).toBe('0');
    expect(read(NaN)).toBeNull();
    // 35.388,5 triệu đồng is 35388500000000 billionths of a triệu.
    expect(new NumberCell('35388.5', new Decimal('35388.5'), 'triệu đồng').billionths).toBe(35388500000000);
  });

  test('any number', () => {
    fc.assert(fc.property(fc.oneof(fc.double(), fc.integer(), fc.integer({ min: 0, max: 10 ** 7 }).map((k) => k / 1000)), (n) => same(n, 'triệu đồng')), { numRuns: 2000 });
  });
});
