import { bodyRow, checkOne, codes, planGrid } from '../../helpers/grid';

describe('yearly rates and disbursed parts', () => {
  it('accepts "3.000 (600/năm)" done every year of 2021-2025 (600 × 5 = 3.000)', () => {
    const t = checkOne(planGrid([['1', 'Duy trì', 'Hàng năm', '3.000 (600/năm)', 'NSĐP']]));
    expect(codes(t)).not.toContain('ANNUAL_MISMATCH');
    const alloc = t.rows[0].allocation;
    expect([...alloc.keys()]).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect([...alloc.values()].map((v) => v.toFixed())).toEqual(['600', '600', '600', '600', '600']);
  });

  it('accepts "1.200 (400/năm)" done every second year (2021, 2023, 2025)', () => {
    const t = checkOne(planGrid([['1', 'Đánh giá ATTT', 'Thực hiện 02 năm/lần', '1.200 (400/năm)', 'NSĐP']]));
    expect(codes(t)).not.toContain('ANNUAL_MISMATCH');
    expect([...t.rows[0].allocation.keys()]).toEqual([2021, 2023, 2025]);
  });

  it('flags a yearly rate that does not multiply to the total', () => {
    // 2.500/năm × 5 years = 12.500, not 12.000.
    const t = checkOne(planGrid([['1', 'SOC', 'Hàng năm', '12.000 (2.500/năm)', 'NSĐP']]));
    const f = t.findings.find((x) => x.code === 'ANNUAL_MISMATCH');
    expect(f).toMatchObject({ cell: `D${bodyRow(0)}`, expected: '12500', actual: '12000', severity: 'error' });
    // The stated total still governs the allocation, spread evenly: 12.000 / 5 = 2.400.
    expect([...t.rows[0].allocation.values()].map((v) => v.toFixed())).toEqual(['2400', '2400', '2400', '2400', '2400']);
  });

  it('reads a different rate in one year: 240 in 2020, 526 in the others (240 + 526 × 5 = 2.870)', () => {
    const t = checkOne(planGrid([['1', 'Thuê', '2020-2025', '2.870 (240/năm 2020; 526/năm còn lại)', 'NSĐP']]));
    expect(codes(t)).not.toContain('ANNUAL_MISMATCH');
    const a = t.rows[0].allocation;
    expect(a.get(2020)?.toFixed()).toBe('240');
    expect(a.get(2025)?.toFixed()).toBe('526');
  });

  it('puts the disbursed part in its year and spreads the rest: 12.000 with 3.000 in 2020 over 2020-2025', () => {
    const t = checkOne(planGrid([['1', 'Cloud', '2020 - 2025', '12.000 (năm 2020 giải ngân 3.000)', 'NSDP']]));
    const a = t.rows[0].allocation;
    expect(a.get(2020)?.toFixed()).toBe('3000');
    for (const y of [2021, 2022, 2023, 2024, 2025]) expect(a.get(y)?.toFixed()).toBe('1800'); // 9.000 / 5
    const outside = t.findings.find((f) => f.code === 'OUTSIDE_PERIOD');
    expect(outside).toMatchObject({ actual: '3000', severity: 'info' }); // 2020 is before 2021-2025
  });

  it('flags a disbursed part larger than the total', () => {
    const t = checkOne(planGrid([['1', 'X', '2020-2022', '2.000 (năm 2020 giải ngân 3.000)', 'NSĐP']]));
    expect(t.findings.find((f) => f.code === 'DISBURSED_EXCEEDS')).toMatchObject({ expected: '2000', actual: '3000' });
  });

  it('spreads an uneven amount with the remainder on the last year, adding up exactly', () => {
    const t = checkOne(planGrid([['1', 'X', '2021-2023', 1000, 'NSĐP']]));
    const v = [...t.rows[0].allocation.values()].map((x) => x.toFixed());
    expect(v).toEqual(['333.333', '333.333', '333.334']);
  });
});
