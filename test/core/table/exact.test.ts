// The exact fast paths (src/core/exact.ts) against plain Decimal arithmetic, on amounts with and
// without more than nine decimals, positive and negative.
import fc from 'fast-check';
import { Decimal, ZERO } from '../../../src/core/decimal';
import { billionthsOf, ExactSum, fromBillionths, remainder, shareDown } from '../../../src/core/exact';

const amount = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 12 }))
  .map(([n, k]) => new Decimal(n.toString()).div(new Decimal(10).pow(k)));

describe('exact sums and shares', () => {
  it('a sum is the Decimal sum, whatever the number of decimals', () => {
    fc.assert(fc.property(fc.array(amount, { maxLength: 40 }), fc.nat({ max: 5 }), (values, times) => {
      const s = new ExactSum();
      let want = ZERO;
      for (const v of values) {
        s.add(v);
        s.addTimes(v, times);
        want = want.plus(v).plus(v.times(times));
      }
      expect(s.value().eq(want)).toBe(true);
    }));
  });

  it('a share is ROUNDDOWN(year × part / total, 3) as Decimal computes it', () => {
    fc.assert(fc.property(amount, amount, amount, (year, part, total) => {
      if (total.isZero()) return;
      const want = year.times(part).div(total).toDecimalPlaces(3, Decimal.ROUND_DOWN);
      expect(shareDown(year, part, total, 3).eq(want)).toBe(true);
    }));
  });

  it('a remainder is the year less the shares', () => {
    fc.assert(fc.property(amount, fc.array(amount, { maxLength: 4 }), (year, shares) => {
      let want = year;
      for (const s of shares) want = want.minus(s);
      expect(remainder(year, shares).eq(want)).toBe(true);
    }));
  });

  it('converts both ways without loss', () => {
    fc.assert(fc.property(amount, (v) => {
      const b = billionthsOf(v);
      if (b === null) expect(v.decimalPlaces()).toBeGreaterThan(9);
      else expect(fromBillionths(b).eq(v)).toBe(true);
    }));
    expect(fromBillionths(-1234500000n).toFixed()).toBe('-1.2345');
    expect(fromBillionths(5n).toFixed()).toBe('0.000000005');
  });
});

it('gives the same answers where the engine has no BigInt (older Excel webviews)', () => {
  const saved = globalThis.BigInt;
  let exact: typeof import('../../../src/core/exact') | undefined;
  try {
    (globalThis as { BigInt?: unknown }).BigInt = undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      exact = require('../../../src/core/exact') as typeof import('../../../src/core/exact');
    });
  } finally {
    globalThis.BigInt = saved;
  }
  const e = exact as typeof import('../../../src/core/exact');
  const sum = new e.ExactSum();
  for (const v of ['0.1', '0.2', '1234567.891', '-5']) sum.add(new Decimal(v));
  expect(sum.value().toFixed()).toBe('1234563.191');
  expect(e.shareDown(new Decimal(100), new Decimal(200), new Decimal(600), 3).toFixed()).toBe('33.333');
  expect(e.remainder(new Decimal(100), [new Decimal('33.333')]).toFixed()).toBe('66.667');
  expect(e.billionthsOf(new Decimal(1))).toBeNull();
});
