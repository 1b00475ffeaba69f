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
