// OUTSIDE_PERIOD words years before the period (money already spent) differently from years
// after it (the next plan's money). Amounts worked out by hand from the even spread.
import { bodyRow, checkOne, planGrid } from '../../helpers/grid';

const outside = (time: string, amount: string) =>
  checkOne(planGrid([['1', 'Hệ thống X', time, amount, 'NSĐP']])).findings.find((f) => f.code === 'OUTSIDE_PERIOD');

describe('OUTSIDE_PERIOD (plan 2021-2025)', () => {
  it('years after the period are the next plan\'s, not money already spent', () => {
    // 2024-2027: 4 years × 300; 2026 and 2027 fall after 2025 → 600.
    const f = outside('2024-2027', '1.200');
    expect(f).toMatchObject({ cell: `C${bodyRow(0)}`, actual: '600' });
    expect(f?.message).toContain('sau giai đoạn 2021-2025');
    expect(f?.message).not.toContain('trước giai đoạn');
  });

  it('years before the period keep the "already spent" wording', () => {
    // 2019-2022: 4 years × 100; 2019 and 2020 fall before 2021 → 200.
    const f = outside('2019-2022', '400');
    expect(f).toMatchObject({ actual: '200' });
    expect(f?.message).toContain('Tiền đã chi trước giai đoạn');
  });

  it('years on both sides say both', () => {
    // 2020-2026: 7 years × 100; 2020 before, 2026 after → 200.
    const f = outside('2020-2026', '700');
    expect(f).toMatchObject({ actual: '200' });
    expect(f?.message).toContain('cả trước và sau');
  });
});
