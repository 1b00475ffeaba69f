import { bodyRow, checkOne, codes, planGrid } from '../../helpers/grid';

describe('subtotal formulas', () => {
  const D = (i: number) => `D${bodyRow(i)}`;

  it('flags a SUM that stops one row short and names the row it misses', () => {
    const t = checkOne(planGrid([
      ['I', 'Dự án', '', 300, ''],
      ['1', 'A', '2021', 100, 'NSĐP'],
      ['2', 'B', '2021', 200, 'NSĐP'],
    ], { formulas: { '0,3': `=SUM(${D(1)}:${D(1)})` } }));
    const f = t.findings.find((x) => x.code === 'FORMULA_RANGE_INCOMPLETE');
    expect(f).toMatchObject({ cell: D(0), related: [D(2)], severity: 'error' });
  });

  it('flags a SUM over a text amount, which Excel skips', () => {
    const t = checkOne(planGrid([
      ['I', 'Dự án', '', 100, ''],
      ['1', 'A', '2021', 100, 'NSĐP'],
      ['2', 'B', 'Hàng năm', '3.000 (600/năm)', 'NSĐP'],
    ], { formulas: { '0,3': `=SUM(${D(1)}:${D(2)})` } }));
    const f = t.findings.find((x) => x.code === 'FORMULA_IGNORES_TEXT');
    expect(f).toMatchObject({ cell: D(0), related: [D(2)], actual: '3000' });
    // The cached 100 is also 3.000 short of the items: the subtotal check says so too.
    expect(t.findings.find((x) => x.code === 'SUBTOTAL_MISMATCH')).toMatchObject({ expected: '3100', actual: '100' });
  });

  it('accepts a complete SUM, and notes a typed subtotal over numbers', () => {
    const ok = checkOne(planGrid([
      ['I', 'Dự án', '', 300, ''],
      ['1', 'A', '2021', 100, 'NSĐP'],
      ['2', 'B', '2021', 200, 'NSĐP'],
    ], { formulas: { '0,3': `=SUM(${D(1)}:${D(2)})` } }));
    expect(codes(ok).filter((c) => c.startsWith('FORMULA'))).toEqual([]);
    const typed = checkOne(planGrid([
      ['I', 'Dự án', '', 300, ''],
      ['1', 'A', '2021', 100, 'NSĐP'],
      ['2', 'B', '2021', 200, 'NSĐP'],
    ]));
    expect(typed.findings.find((x) => x.code === 'FORMULA_HARDCODED')).toMatchObject({ suggestion: `=SUM(${D(1)}:${D(2)})`, severity: 'info' });
  });

  it('a blank form\'s 0 over empty items is no sum typed by hand; a 0 over figures still is', () => {
    // A template sent out to units: sections and a total of 0, no item filled in yet.
    const blank = checkOne(planGrid([
      ['I', 'Hạ tầng', '', 0, ''],
      ['1', '', '', null, ''],
      ['2', '', '', null, ''],
    ]));
    expect(codes(blank)).not.toContain('FORMULA_HARDCODED');
    const zero = checkOne(planGrid([
      ['I', 'Hạ tầng', '', 0, ''],
      ['1', 'A', '2021', 0, 'NSĐP'],
    ]));
    expect(zero.findings.filter((x) => x.code === 'FORMULA_HARDCODED').map((x) => x.cell)).toEqual([D(0)]);
  });

  it('suggests =SUM of the one cell for a section of one item, not a range of one cell', () => {
    // Section I holds item 1 alone: "=SUM(D<row>)" (before: "=SUM(D6:D6)").
    const typed = checkOne(planGrid([
      ['I', 'Dự án', '', 100, ''],
      ['1', 'A', '2021', 100, 'NSĐP'],
      ['II', 'Thuê dịch vụ', '', 200, ''],
      ['1', 'B', '2021', 120, 'NSĐP'],
      ['2', 'C', '2021', 80, 'NSĐP'],
    ]));
    expect(typed.findings.filter((x) => x.code === 'FORMULA_HARDCODED').map((x) => [x.cell, x.suggestion])).toEqual([
      [D(0), `=SUM(${D(1)})`],
      [D(2), `=SUM(${D(3)}:${D(4)})`],
    ]);
  });
});
