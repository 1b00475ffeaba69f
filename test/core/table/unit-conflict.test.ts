// The unit line and the amount column's header naming two units: the header, nearer the figures,
// is read, and the officer is told. 0,25 tỷ đồng is 250 triệu đồng: above ND 73's 200 triệu tier.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, codes, planGrid } from '../../helpers/grid';

const BODY: CellValue[][] = [
  ['1', 'Duy trì cổng thông tin', '2026', 0.35, 'NSĐP (chi thường xuyên)'],
  ['2', 'Nâng cấp hệ thống giám sát an toàn thông tin', '2026', 0.25, 'NSĐP (chi thường xuyên)'],
  [null, 'Tổng cộng', null, 0.6, null],
];

function plan(unitLine: string, amountHeader: string): ReturnType<typeof checkOne> {
  return checkOne(planGrid(BODY, { titles: ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', unitLine], header: ['STT', 'Nhiệm vụ', 'Thời gian', amountHeader, 'Nguồn vốn'] }));
}

test('"Đơn vị tính: triệu đồng" over "Kinh phí (tỷ đồng)": read in tỷ đồng, and said', () => {
  const t = plan('Đơn vị tính: triệu đồng', 'Kinh phí (tỷ đồng)');
  expect(t.unit).toBe('tỷ đồng');
  // The header is sheet row 4 (two titles and a blank line above it), the amount column D.
  const said = t.findings.filter((f) => f.code === 'UNIT_SUSPECT');
  expect(said.map((f) => [f.cell, f.severity, f.message])).toEqual([
    ['D4', 'warning', 'Ô D4: dòng đơn vị tính ghi triệu đồng nhưng tiêu đề cột ghi tỷ đồng; các số được đọc theo tỷ đồng. Sửa một trong hai cho khớp.'],
  ]);
  // 0,25 tỷ đồng = 250 triệu đồng, to upgrade a system from recurrent spending: an outline and a
  // detailed estimate (ND 73 Điều 51 khoản 2), not the ≤ 200 triệu procurement route.
  const hint = t.findings.find((f) => f.code === 'PROCEDURE_HINT' && f.cell === 'D6');
  expect(hint?.message).toContain('trên 200 triệu đồng đến 15 tỷ đồng');
});

test('the same unit in both, or in the header alone: nothing to say', () => {
  for (const [line, header] of [['Đơn vị tính: tỷ đồng', 'Kinh phí (tỷ đồng)'], ['Phụ lục', 'Kinh phí (tỷ đồng)']]) {
    const t = plan(line, header);
    expect(t.unit).toBe('tỷ đồng');
    expect(codes(t)).not.toContain('UNIT_SUSPECT');
  }
});

describe('no unit stated anywhere, every figure typed in đồng', () => {
  // 1.500.000.000 and 300.000.000 read in triệu đồng, the unit a table that states none is read
  // in, would be 1.500 and 300 nghìn tỷ: above any IT line a province budgets (10.000 tỷ). In
  // đồng they are 1,5 tỷ and 300 triệu, 1.800.000.000 in all. Before: read in triệu, with an
  // UNIT_SUSPECT at each of the three cells and the totals a million times too large.
  const noUnit = (first: CellValue, titles = ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026']) => checkOne(planGrid([
    ['1', 'Nâng cấp cổng thông tin điện tử', '2026', first, 'NSĐP (chi thường xuyên)'],
    ['2', 'Giám sát an toàn thông tin', '2026', 300_000_000, 'NSĐP (chi thường xuyên)'],
    [null, 'Tổng cộng', null, 1_800_000_000, null],
  ], { titles, header: ['STT', 'Nhiệm vụ', 'Thời gian', 'Kinh phí', 'Nguồn vốn'] }));

  test('are read in đồng, and the table is told once to state its unit', () => {
    const t = noUnit(1_500_000_000);
    expect(t.unit).toBe('đồng');
    expect(t.summary.total.toFixed()).toBe('1800000000');
    const said = t.findings.filter((f) => f.code === 'UNIT_SUSPECT');
    // The header is sheet row 3 (one title and a blank line above it), the amount column D.
    expect(said.map((f) => [f.cell, f.expected, f.message])).toEqual([
      ['D3', 'đồng', 'Bảng không ghi đơn vị tính và mọi số tiền (nhỏ nhất 300.000.000 đồng) đều quá lớn nếu tính bằng triệu đồng, nên được đọc theo đồng. Thêm dòng "Đơn vị tính: đồng" (hoặc đơn vị đúng) trên bảng.'],
    ]);
    // 300 triệu đồng to monitor security from recurrent spending: bought as a service, whatever its amount.
    expect(t.findings.find((f) => f.code === 'PROCEDURE_HINT' && f.cell === 'D5')?.expected).toBe('procurement-only');
  });

  test('one figure plausible in triệu keeps the table in triệu, each big figure said as before', () => {
    // "1.500" is 1,5 tỷ in triệu đồng: the other two are the suspects.
    const t = noUnit(1500);
    expect(t.unit).toBe('triệu đồng');
    expect(t.findings.filter((f) => f.code === 'UNIT_SUSPECT').map((f) => f.cell)).toEqual(['D5', 'D6']);
  });

  test('a unit line that says triệu đồng is believed: each big figure is said', () => {
    const t = noUnit(1_500_000_000, ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', 'Đơn vị tính: triệu đồng']);
    expect(t.unit).toBe('triệu đồng');
    expect(t.findings.filter((f) => f.code === 'UNIT_SUSPECT').map((f) => f.cell)).toEqual(['D5', 'D6', 'D7']);
  });
});
