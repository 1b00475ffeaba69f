// Properties that hold for every input, checked over thousands of generated cases:
// a formatted amount reads back to itself, units convert there and back exactly, and no text
// of any kind makes the readers throw or stall (DESIGN.md, Testing).
import fc from 'fast-check';
import { Decimal } from '../../src/core/decimal';
import { formatVnd } from '../../src/core/format';
import { MONEY_UNITS, convertUnit, moneyToJSON, parseMoney, parseUnit } from '../../src/core/money';

/** Decimals with up to 3 places, from tiny to 18 integer digits, either sign. */
const amount = fc
  .tuple(fc.bigInt({ min: -(10n ** 21n), max: 10n ** 21n }), fc.integer({ min: 0, max: 3 }))
  .map(([units, places]) => new Decimal(units.toString()).dividedBy(new Decimal(10).pow(places)));

const unit = fc.constantFrom(...MONEY_UNITS);

describe('formatVnd → parseMoney round trip', () => {
  test('formatVnd(x) parsed back gives x exactly', () => {
    fc.assert(
      fc.property(amount, (x) => {
        const text = formatVnd(x);
        const r = parseMoney(text);
        expect(r.value?.equals(x)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
  test('with a unit word after it, in any unit', () => {
    fc.assert(
      fc.property(amount, unit, (x, u) => {
        const r = parseMoney(`${formatVnd(x)} ${u}`, { unit: u });
        expect(r.value?.equals(x)).toBe(true);
        expect(r.unitExplicit).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('convertUnit', () => {
  test('there and back is exact', () => {
    fc.assert(
      fc.property(amount, unit, unit, (x, from, to) => {
        expect(convertUnit(convertUnit(x, from, to), to, from).equals(x)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

// Pieces officers' cells are made of, to build strings close to real ones.
const piece = fc.constantFrom(
  '1', '12', '2.870', '35.388,5', '1,26', '2,812,145,000', '6.371.620.970', '0', '00', '1 200',
  '.', ',', ' ', '/', '-', '—', '(', ')', '[', ']', ';', ':', '+', '~', '%', '$',
  'tỷ', 'tỉ', 'triệu', 'tr', 'đồng', 'đ', 'VNĐ', 'nghìn', 'ngàn', 'USD',
  'năm', 'tháng', 'mỗi', 'hàng', '/năm', 'còn lại', 'giải ngân', 'quy mô', 'Tổng cộng', 'Dự kiến',
  'số', 'ngày', 'QĐ-UBND', '2020', '2021-2025', '14/3/2024', 'Chưa có', '\u00a0', '\u0301', 'Đơn vị tính',
);
const vietnamesey = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const spacedPieces = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' '));

function neverThrows(text: string): void {
  const r = parseMoney(text);
  // A reading is always well formed: either an amount or a reason (or the dash).
  expect(r.value !== null || r.reason !== null || r.dash).toBe(true);
  if (r.ambiguous) expect(r.reason).not.toBeNull();
  JSON.stringify(moneyToJSON(r));
  parseUnit(text);
}

describe('no input makes parseMoney or parseUnit throw', () => {
  test('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), neverThrows), { numRuns: 3000 });
  });
  test('random Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), neverThrows), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 100 }), neverThrows), { numRuns: 2000 });
  });
  test('mixtures of digits, separators and Vietnamese money words', () => {
    fc.assert(fc.property(vietnamesey, neverThrows), { numRuns: 5000 });
    fc.assert(fc.property(spacedPieces, neverThrows), { numRuns: 5000 });
  });
  test('digits and separators only', () => {
    const digitsAndSeparators = fc.string({ unit: fc.constantFrom('0', '1', '9', '.', ',', ' ', '-', '/'), maxLength: 60 });
    fc.assert(fc.property(digitsAndSeparators, neverThrows), { numRuns: 5000 });
  });
  test('any JavaScript number', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        const r = parseMoney(n);
        if (Number.isFinite(n)) expect(r.value?.equals(new Decimal(String(n)))).toBe(true);
        else expect(r.value).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});

describe('speed: long adversarial text stays fast', () => {
  test('2.000-character texts of repeated separators and words read quickly', () => {
    const nasty = [
      '1.'.repeat(999) + '1',
      '1,'.repeat(999) + '1',
      '1 '.repeat(999) + '1',
      '('.repeat(1999) + '1',
      '1/'.repeat(999) + '1',
      '1-'.repeat(999) + '1',
      'tỷ '.repeat(666),
      '1 tỷ '.repeat(400),
      '1/năm '.repeat(333),
      '2020 '.repeat(400),
    ];
    const started = Date.now();
    for (let round = 0; round < 20; round++) for (const text of nasty) neverThrows(text);
    // 200 worst-case cells; a linear reader does this in well under a second.
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
