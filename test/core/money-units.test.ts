// Units as officers write them, on their own and in unit lines above a table
// (DOMAIN.md: "Đơn vị tính: Triệu đồng"). 1 tỷ = 1.000 triệu = 1.000.000 nghìn = 10^9 đồng.
import { Decimal } from '../../src/core/decimal';
import { convertUnit, parseUnit } from '../../src/core/money';
import type { MoneyUnit } from '../../src/core/types';

const units: Array<[string, MoneyUnit | null]> = [
  ['Triệu đồng', 'triệu đồng'],
  ['triệu đồng', 'triệu đồng'],
  ['TRIỆU ĐỒNG', 'triệu đồng'],
  ['triệu', 'triệu đồng'],
  ['trieu dong', 'triệu đồng'],
  ['tr.đ', 'triệu đồng'],
  ['Tr.đồng', 'triệu đồng'],
  ['trđ', 'triệu đồng'],
  ['triệu VNĐ', 'triệu đồng'],
  ['tỷ', 'tỷ đồng'],
  ['tỉ', 'tỷ đồng'],
  ['Tỷ đồng', 'tỷ đồng'],
  ['tỉ đồng', 'tỷ đồng'],
  ['đồng', 'đồng'],
  ['Đồng', 'đồng'],
  ['VNĐ', 'đồng'],
  ['VND', 'đồng'],
  ['vnđ', 'đồng'],
  ['đ', 'đồng'],
  ['nghìn đồng', 'nghìn đồng'],
  ['ngàn đồng', 'nghìn đồng'],
  ['Nghìn đồng', 'nghìn đồng'],
  ['nghìn', 'nghìn đồng'],
  ['1.000 đồng', 'nghìn đồng'],
  ['1.000.000 đồng', 'triệu đồng'],
  ['1.000.000.000 đồng', 'tỷ đồng'],
  ['(triệu đồng)', 'triệu đồng'],
  ['Đơn vị tính: Triệu đồng', 'triệu đồng'],
  ['Đơn vị tính: triệu đồng.', 'triệu đồng'],
  ['ĐVT: triệu đồng', 'triệu đồng'],
  ['ĐVT: Tỷ đồng', 'tỷ đồng'],
  ['Đơn vị: đồng', 'đồng'],
  ['Đơn vị tính: 1.000 đồng', 'nghìn đồng'],
  ['(Đơn vị tính: Triệu đồng)', 'triệu đồng'],
  ['Don vi tinh: trieu dong', 'triệu đồng'],
  ['Tổng mức đầu tư (triệu đồng)', 'triệu đồng'],
  ['Kinh phí (tỷ đồng)', 'tỷ đồng'],
  // Not units: amounts, other currencies, other words.
  ['500 triệu đồng', null],
  ['USD', null],
  ['Đơn vị tính: USD', null],
  ['Đơn vị chủ trì', null],
  ['nghìn tỷ', null],
  ['Tổng mức đầu tư', null],
  ['', null],
  ['ngân sách', null],
];

describe('parseUnit', () => {
  test.each(units)('%j → %s', (text, unit) => {
    expect(parseUnit(text)).toBe(unit);
  });
  test('a text over 2.000 characters is not a unit', () => {
    expect(parseUnit('triệu đồng '.repeat(300))).toBeNull();
  });
});

describe('convertUnit', () => {
  test.each([
    ['1.26', 'tỷ đồng', 'triệu đồng', '1260'],
    ['6371620970', 'đồng', 'triệu đồng', '6371.62097'],
    ['35388.5', 'triệu đồng', 'đồng', '35388500000'],
    ['500', 'nghìn đồng', 'triệu đồng', '0.5'],
    ['1', 'đồng', 'tỷ đồng', '0.000000001'],
    ['-1200', 'triệu đồng', 'tỷ đồng', '-1.2'],
    ['42', 'triệu đồng', 'triệu đồng', '42'],
  ] as const)('%s %s = %s %s', (value, from, to, expected) => {
    expect(convertUnit(new Decimal(value), from, to).toFixed()).toBe(expected);
  });
  test('keeps every digit of a long amount (no rounding at 40 digits)', () => {
    const long = new Decimal('123456789012345678901234567890.123456789');
    expect(convertUnit(long, 'tỷ đồng', 'đồng').toFixed()).toBe('123456789012345678901234567890123456789');
  });
});
