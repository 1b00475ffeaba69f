// The exact fast paths (src/core/exact.ts) against plain Decimal arithmetic, on amounts with and
// without more than nine decimals, positive and negative.
import fc from 'fast-check';
import { Decimal, ZERO } from '../../../src/core/decimal';
import { billionthsOf, cutYearsInBillionths, ExactSum, fromBillionths, fromSmallBillionths, remainder, shareDown, smallBillionths } from '../../../src/core/exact';

const amount = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 12 }))
  .map(([n, k]) => new Decimal(n.toString()).div(new Decimal(10).pow(k)));

/** ROUNDDOWN(year × part / total, 3) in BigInt: each amount n / 10^k from its plain text. */
function truncatedShare(year: Decimal, part: Decimal, total: Decimal): string {
  const ratio = (d: Decimal): [bigint, bigint] => {
    const [whole, frac = ''] = d.toFixed().split('.');
    return [BigInt(whole + frac), BigInt(10) ** BigInt(frac.length)];
  };
  const [yn, yd] = ratio(year);
  const [pn, pd] = ratio(part);
  const [tn, td] = ratio(total);
  const thousandths = (yn * pn * td * BigInt(1000)) / (yd * pd * tn);
  const negative = thousandths < BigInt(0);
  const digits = (negative ? -thousandths : thousandths).toString().padStart(4, '0');
  const frac = digits.slice(-3).replace(/0+$/, '');
  const text = `${negative ? '-' : ''}${digits.slice(0, -3)}${frac ? `.${frac}` : ''}`;
  return text === '-0' ? '0' : text;
}

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

  it('subtracting, adding cells and comparing agree with plain Decimal arithmetic', () => {
    // The oracle is Decimal's own plus and minus; equals must also say no to a sum one billionth
    // (or one unit, past the billionths) away.
    fc.assert(fc.property(fc.array(fc.tuple(amount, fc.constantFrom('add', 'subtract', 'cell')), { maxLength: 40 }), (steps) => {
      const s = new ExactSum();
      let want = ZERO;
      for (const [v, op] of steps) {
        if (op === 'subtract') {
          s.subtract(v);
          want = want.minus(v);
        } else {
          if (op === 'add') s.add(v);
          else s.addCell({ value: v, billionths: smallBillionths(v) });
          want = want.plus(v);
        }
      }
      expect(s.value().eq(want)).toBe(true);
      expect(s.equals(want)).toBe(true);
      expect(s.equals(want.plus('0.000000001'))).toBe(false);
      expect(s.equals(want.minus(1))).toBe(false);
    }));
  });

  it('a share is ROUNDDOWN(year × part / total, 3), exactly', () => {
    // The oracle is integer arithmetic on the amounts' plain texts (each a whole number over a
    // power of ten), truncated toward zero as ROUNDDOWN is, so no Decimal rounding enters it.
    // Decimal itself at the core's 40 digits is not an oracle: the first example (CI, seed
    // 647542783) has a quotient of 37 integer digits, 4.229.692.603.791.168.543.380.443.177.666.666.666,666…,
    // which 40 digits round up to …,667 before the cut. The second has more than nine decimals
    // (Decimal's path, not the integers').
    const examples: [Decimal, Decimal, Decimal][] = [
      [new Decimal('-112646068119973'), new Decimal('563227728368605'), new Decimal('-0.000000015')],
      [new Decimal('-112646068119973'), new Decimal('563227728368605'), new Decimal('-0.0000000150001')],
    ];
    expect(shareDown(...examples[0], 3).toFixed()).toBe('4229692603791168543380443177666666666.666');
    fc.assert(fc.property(amount, amount, amount, (year, part, total) => {
      if (total.isZero()) return;
      expect(shareDown(year, part, total, 3).toFixed()).toBe(truncatedShare(year, part, total));
    }), { examples, numRuns: 3000 });
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
  // Past 2^52 billionths (4,5 million units) a sum leaves numbers: without BigInt it goes on in Decimal.
  const big = new e.ExactSum();
  for (let i = 0; i < 3; i++) big.add(new Decimal('4000000.000000001'));
  big.addTimes(new Decimal('4000000'), 2);
  expect(big.value().toFixed()).toBe('20000000.000000003');
  const cut = e.cutYearsInBillionths([100e9], [30e9, 60e9], 90e9) as number[][];
  expect(cut.map((c) => e.fromSmallBillionths(c[0]).toFixed())).toEqual(['33.333', '66.667']);
});

// The conversions read and build a Decimal's digit words (no text): checked value by value
// against the plain text of the same amount (the billionths are the text's digits with the point
// moved nine places), and the Decimals they build must compute exactly like parsed ones.
/** The oracle: billionths from the amount's plain text, or null past nine decimals. */
function billionthsFromText(text: string): bigint | null {
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const [whole, frac = ''] = digits.split('.');
  if (frac.replace(/0+$/, '').length > 9) return null;
  const b = BigInt(whole + frac.slice(0, 9).padEnd(9, '0'));
  return negative ? -b : b;
}

const digitString = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

/** Amounts as officers' cells and sums hold them: up to 24 integer digits, up to 12 decimals. */
const amountText = fc
  .tuple(fc.boolean(), digitString(1, 24), digitString(0, 12))
  .map(([neg, whole, frac]) => `${neg ? '-' : ''}${whole.replace(/^0+(?=\d)/, '')}${frac ? `.${frac}` : ''}`);

describe('billionthsOf', () => {
  test('equals the plain text with the point moved nine places, for any amount', () => {
    fc.assert(
      fc.property(amountText, (text) => {
        expect(billionthsOf(new Decimal(text))).toBe(billionthsFromText(new Decimal(text).toFixed()));
      }),
      { numRuns: 5000 },
    );
  });
  test('worked examples', () => {
    expect(billionthsOf(new Decimal('35388.5'))).toBe(BigInt('35388500000000'));
    expect(billionthsOf(new Decimal('0.000000001'))).toBe(BigInt(1));
    expect(billionthsOf(new Decimal('0.0000000001'))).toBeNull();
    expect(billionthsOf(new Decimal('-1e20'))).toBe(BigInt('-100000000000000000000000000000'));
    expect(billionthsOf(new Decimal('-0'))).toBe(BigInt(0));
    expect(billionthsOf(new Decimal(NaN))).toBeNull();
    expect(billionthsOf(new Decimal(Infinity))).toBeNull();
  });
});

describe('fromBillionths', () => {
  const billionths = fc.bigInt({ min: -(BigInt(10) ** BigInt(30)), max: BigInt(10) ** BigInt(30) });
  const small = fc.bigInt({ min: -BigInt(Number.MAX_SAFE_INTEGER) - BigInt(10), max: BigInt(Number.MAX_SAFE_INTEGER) + BigInt(10) });

  test('gives the Decimal of the text, and the same billionths back', () => {
    fc.assert(
      fc.property(fc.oneof(billionths, small), (b) => {
        const negative = b < BigInt(0);
        const digits = (negative ? -b : b).toString().padStart(10, '0');
        const text = `${negative ? '-' : ''}${digits.slice(0, -9)}.${digits.slice(-9)}`;
        const built = fromBillionths(b);
        const parsed = new Decimal(text);
        expect(built.toFixed()).toBe(parsed.toFixed());
        expect(built.eq(parsed)).toBe(true);
        expect(billionthsOf(built)).toBe(b);
      }),
      { numRuns: 5000 },
    );
  });

  test('what it builds computes like a parsed Decimal (sums, products, quotients, rounding)', () => {
    fc.assert(
      fc.property(fc.oneof(billionths, small), amountText, (b, other) => {
        const built = fromBillionths(b);
        const parsed = new Decimal(built.toFixed());
        const o = new Decimal(other);
        expect(built.plus(o).toFixed()).toBe(parsed.plus(o).toFixed());
        expect(built.minus(o).toFixed()).toBe(parsed.minus(o).toFixed());
        expect(built.times(o).toFixed()).toBe(parsed.times(o).toFixed());
        if (!o.isZero()) expect(built.div(o).toFixed()).toBe(parsed.div(o).toFixed());
        expect(built.toDecimalPlaces(3, Decimal.ROUND_DOWN).toFixed()).toBe(parsed.toDecimalPlaces(3, Decimal.ROUND_DOWN).toFixed());
        expect(built.cmp(o)).toBe(parsed.cmp(o));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('cutYearsInBillionths: the cut of year cells among sources, in numbers', () => {
  // Amounts as year and source cells hold them: mostly whole thousandths, sometimes more decimals
  // (then the function declines), now and then 11 digits (products past 2^53: it declines too).
  const cellAmount = fc
    .tuple(fc.boolean(), fc.oneof({ arbitrary: digitString(1, 4), weight: 20 }, { arbitrary: digitString(1, 11), weight: 1 }), digitString(0, 3), fc.integer({ min: 0, max: 29 }))
    .map(([neg, w, f, noise]) => new Decimal(`${neg && noise === 0 ? '-' : ''}${w}.${f}${noise === 29 ? '7' : ''}`));
  test('every share is shareDown of the year, the last share the remainder: value by value', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.array(cellAmount, { minLength: 1, maxLength: 5 }), fc.array(cellAmount, { minLength: 2, maxLength: 3 }), cellAmount, (years, shares, total) => {
        const cut = cutYearsInBillionths(years.map(smallBillionths), shares.map(smallBillionths), smallBillionths(total));
        if (cut === null) return;
        compared++;
        years.forEach((year, j) => {
          const given = shares.slice(0, -1).map((s) => shareDown(year, s, total, 3));
          given.forEach((g, i) => expect(fromSmallBillionths(cut[i][j]).toFixed()).toBe(g.toFixed()));
          expect(fromSmallBillionths(cut[shares.length - 1][j]).toFixed()).toBe(remainder(year, given).toFixed());
        });
      }),
      { numRuns: 5000 },
    );
    // The generator must reach the number path, not only the declines.
    expect(compared).toBeGreaterThan(1000);
  });
  test('takes the common case and declines what numbers cannot hold exactly', () => {
    const b = (t: string) => smallBillionths(new Decimal(t));
    // 100 × 30 / 90 = 33,333… → 33,333; the rest of 100 is 66,667 (worked by hand).
    expect(cutYearsInBillionths([b('100')], [b('30'), b('60')], b('90'))).toEqual([[33333000000], [66667000000]]);
    expect(cutYearsInBillionths([b('100.0001')], [b('30'), b('60')], b('90'))).toBeNull();
    expect(cutYearsInBillionths([b('100')], [b('30'), b('60')], b('0'))).toBeNull();
    expect(cutYearsInBillionths([b('99999999999')], [b('99999999999'), b('1')], b('100000000000'))).toBeNull();
  });
});
