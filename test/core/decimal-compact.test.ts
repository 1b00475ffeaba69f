// compactDigits (decimal.ts) cuts a Decimal's digit list to size; the amount must not change in
// any way a total or a message shows. Checked against a second Decimal read from the same text,
// never compacted: the same text, the same sums, products and comparisons.
import fc from 'fast-check';
import { compactDigits, Decimal } from '../../src/core/decimal';

const amountText = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 9 }))
  .map(([units, places]) => {
    const s = (units < 0n ? -units : units).toString().padStart(places + 1, '0');
    const text = places ? `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}` : s;
    return units < 0n ? `-${text}` : text;
  });

it('a compacted amount reads, adds and compares as the same amount read afresh', () => {
  fc.assert(fc.property(amountText, amountText, (a, b) => {
    const compact = compactDigits(new Decimal(a));
    const fresh = new Decimal(a);
    const other = new Decimal(b);
    expect(compact.toFixed()).toBe(fresh.toFixed());
    expect(compact.plus(other).toFixed()).toBe(fresh.plus(other).toFixed());
    expect(other.minus(compact).toFixed()).toBe(other.minus(fresh).toFixed());
    expect(compact.times(other).toFixed()).toBe(fresh.times(other).toFixed());
    expect(compact.cmp(other)).toBe(fresh.cmp(other));
    expect(compact.eq(fresh)).toBe(true);
  }), { numRuns: 500 });
});

it('worked examples: 35.388,5 + 0,5 = 35.389; 189.270,5 − 180.354,5 = 8.916', () => {
  expect(compactDigits(new Decimal('35388.5')).plus('0.5').toFixed()).toBe('35389');
  expect(compactDigits(new Decimal('189270.5')).minus(compactDigits(new Decimal('180354.5'))).toFixed()).toBe('8916');
  expect(compactDigits(new Decimal(0)).isZero()).toBe(true);
});
