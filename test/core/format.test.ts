// Amounts shown the way officers write them (DOMAIN.md: "35.388,5" = 35388.5).
import { Decimal } from '../../src/core/decimal';
import { formatVnd } from '../../src/core/format';

describe('formatVnd', () => {
  test.each([
    ['35388.5', '35.388,5'],
    ['-1200', '-1.200'],
    ['0', '0'],
    ['0.5', '0,5'],
    ['999', '999'],
    ['1000', '1.000'],
    ['164001', '164.001'],
    ['279985.5', '279.985,5'],
    ['6371620970', '6.371.620.970'],
    ['1234567.125', '1.234.567,125'],
    ['-0.001', '-0,001'],
    ['100000000000000000000000', '100.000.000.000.000.000.000.000'],
  ])('%s → %s', (value, text) => {
    expect(formatVnd(new Decimal(value))).toBe(text);
  });

  test.each([
    ['35388.5', 2, '35.388,50'],
    ['1234.5678', 2, '1.234,57'],
    ['2.5', 0, '3'],
    ['1200', 1, '1.200,0'],
    ['-0.001', 2, '0,00'],
  ] as const)('%s with %d decimals → %s (rounded half up)', (value, decimals, text) => {
    expect(formatVnd(new Decimal(value), { decimals })).toBe(text);
  });

  test('a nonsense decimals option shows the value as it is', () => {
    expect(formatVnd(new Decimal('1.25'), { decimals: -1 })).toBe('1,25');
    expect(formatVnd(new Decimal('1.25'), { decimals: 1.5 })).toBe('1,25');
  });
});
