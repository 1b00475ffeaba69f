// The key that finds the same project submitted twice: its amount part is read off the digest's
// printed total; it must be what Decimal's toExponential() said of the amount, shifted to đồng,
// for every amount (a simple reference over generated amounts), so 1 tỷ and 1.000 triệu meet.
import { Decimal } from '../../../src/core/decimal';
import { duplicateKey, foldName } from '../../../src/core/consolidate/duplicates';
import { UNIT_EXPONENT } from '../../../src/core/money';
import type { MoneyUnit } from '../../../src/core/types';

/** The key as it was made from the Decimal itself. */
function reference(name: string, amount: Decimal, unit: MoneyUnit): string | null {
  const folded = foldName(name);
  if (!folded) return null;
  const [mantissa, exponent] = amount.toExponential().split('e');
  return `${folded}\u0000${mantissa}e${Number(exponent) + UNIT_EXPONENT[unit]}`;
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const UNITS = Object.keys(UNIT_EXPONENT) as MoneyUnit[];

test('the amount part is toExponential’s, for generated amounts of every size and sign', () => {
  const next = random(2026);
  for (let i = 0; i < 20000; i++) {
    // Up to 18 digits with zeros likely at both ends, the point anywhere (or nowhere), either sign.
    const n = 1 + Math.floor(next() * 18);
    let digits = '';
    for (let k = 0; k < n; k++) digits += next() < 0.3 ? '0' : String(Math.floor(next() * 10));
    const scale = Math.floor(next() * 12) - 3;
    let amount = new Decimal(digits).times(new Decimal(10).pow(-scale));
    if (amount.isZero()) amount = new Decimal('0.0005');
    if (next() < 0.1) amount = amount.negated();
    const unit = UNITS[i % UNITS.length];
    expect([amount.toFixed(), duplicateKey('Nền tảng LGSP', amount.toFixed(), unit)]).toEqual([amount.toFixed(), reference('Nền tảng LGSP', amount, unit)]);
  }
});

test('1 tỷ and 1.000 triệu đồng are one key; 1 tỷ and 1,5 tỷ are not', () => {
  expect(duplicateKey('XÂY DỰNG NỀN TẢNG LGSP', '1000', 'triệu đồng')).toBe(duplicateKey('Xây dựng  Nền tảng LGSP.', '1', 'tỷ đồng'));
  expect(duplicateKey('Nền tảng LGSP', '1', 'tỷ đồng')).not.toBe(duplicateKey('Nền tảng LGSP', '1.5', 'tỷ đồng'));
  expect(duplicateKey('Nền tảng LGSP', '0.05', 'tỷ đồng')).toBe(duplicateKey('Nền tảng LGSP', '50', 'triệu đồng'));
  expect(duplicateKey('…', '5', 'tỷ đồng')).toBeNull();
});
