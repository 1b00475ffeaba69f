// An amount written as a range ("100-150", "100 - 150 triệu") or as a garbled figure is counted by
// a guess (the first figure). The totals then rest on that guess, so the check says so instead of
// hiding it (CONTRACT: `ambiguous` readings are flagged). Before, "100-150" went into the total as
// 100 without a word, and "100 - 150 triệu" as 150.
import { bodyRow, checkOne, planGrid } from '../../helpers/grid';

describe('AMOUNT_AMBIGUOUS', () => {
  it('counts a range by its first figure and says it was a guess', () => {
    const t = checkOne(planGrid([
      ['1', 'Cổng dịch vụ công', '2021', '100-150', 'NSĐP'],
      ['2', 'Trục liên thông', '2021', '100 - 150 triệu', 'NSĐP'],
      ['3', 'Máy chủ', '2021', '1.234,5', 'NSĐP'],
      ['4', 'Mạng LAN', '2021', 20, 'NSĐP'],
    ]));
    const said = t.findings.filter((f) => f.code === 'AMOUNT_AMBIGUOUS');
    // Only the two ranges: "1.234,5" is a plain Vietnamese amount, 20 a number.
    expect(said.map((f) => [f.cell, f.actual, f.severity])).toEqual([
      [`D${bodyRow(0)}`, '100', 'warning'],
      [`D${bodyRow(1)}`, '100', 'warning'],
    ]);
    expect(said[0].message).toContain('"100-150"');
    expect(said[0].message).toContain('100 triệu đồng');
    // 100 + 100 + 1.234,5 + 20.
    expect(t.summary.total.toFixed()).toBe('1454.5');
  });

  it('says it in English too', () => {
    const t = checkOne(planGrid([['1', 'Cổng dịch vụ công', '2021', '100-150', 'NSĐP']]), { lang: 'en' });
    expect(t.findings.find((f) => f.code === 'AMOUNT_AMBIGUOUS')?.message).toMatch(/^Cell D\d+: "100-150" can be read more than one way/);
  });

  it('a subtotal over a guessed cell adds the guess, as the total does', () => {
    const t = checkOne(planGrid([
      ['I', 'Hạ tầng', '', 120, ''],
      ['1', 'Máy chủ', '2021', '100-150', 'NSĐP'],
      ['2', 'Mạng LAN', '2021', 20, 'NSĐP'],
    ]));
    // 100 (the guess) + 20 = 120, as the section says: no subtotal finding.
    expect(t.findings.map((f) => f.code)).not.toContain('SUBTOTAL_MISMATCH');
    expect(t.findings.filter((f) => f.code === 'AMOUNT_AMBIGUOUS')).toHaveLength(1);
  });
});
