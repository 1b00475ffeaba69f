// A year's capital plan often names its one source in the title ("… (NGUỒN VỐN NGÂN SÁCH TỈNH)")
// and has no source column; it lists each project's decision and size (TMĐT) beside the year's
// money. Then every row is of that source, the table is not asked for a source column, and the
// procedure goes by the project's size, not by the year's money — and not at all for a project
// whose investment decision is written beside it.
import type { CellValue, Grid } from '../../../src/core/grid';
import { titleSource } from '../../../src/core/title-source';
import { checkOne, codes, nonZero } from '../../helpers/grid';

function capitalPlan(title: string, decisions: (string | null)[]): Grid {
  const values: CellValue[][] = [
    [title, null, null, null, null, null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null, null, null, null, null],
    ['STT', 'Danh mục dự án', 'Địa điểm xây dựng', 'Thời gian KC-HT', 'Quyết định đầu tư', null, 'Lũy kế vốn đã bố trí đến hết năm 2025', 'Kế hoạch vốn năm 2026', 'Ghi chú'],
    [null, null, null, null, 'Số quyết định; ngày, tháng, năm ban hành', 'TMĐT', null, null, null],
    ['', 'TỔNG SỐ', null, null, null, 95000, 40000, 25000, null],
    ['1', 'Xây dựng chính quyền điện tử tỉnh giai đoạn 2', 'TP. Huế', '2024-2026', decisions[0], 60000, 40000, 15000, null],
    ['2', 'Trung tâm giám sát điều hành đô thị thông minh', 'TP. Huế', '2026-2028', decisions[1], 35000, null, 10000, null],
  ];
  return { sheet: 'KH 2026', top: 1, left: 1, values, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4', 'H3:H4', 'I3:I4'] };
}
const TITLE = 'KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026 - LĨNH VỰC CÔNG NGHỆ THÔNG TIN (NGUỒN VỐN NGÂN SÁCH TỈNH)';

test('the title\'s one source is every row\'s: 15.000 + 10.000 = 25.000 of NSĐP, development investment, no SOURCE_MISSING', () => {
  const t = checkOne(capitalPlan(TITLE, ['QĐ số 1234/QĐ-UBND ngày 10/5/2024', 'QĐ số 567/QĐ-UBND ngày 20/10/2025']));
  expect(nonZero(t.summary.bySource)).toEqual({ 'NSĐP': '25000' });
  // "Kế hoạch đầu tư công": a public investment plan is development investment.
  expect(nonZero(t.summary.byType)).toEqual({ 'ĐTPT': '25000' });
  expect(codes(t)).not.toContain('SOURCE_MISSING');
  // Both projects have their decisions: their procedure is behind them.
  expect(codes(t)).not.toContain('PROCEDURE_HINT');
});

test('a project without its decision is asked its procedure by its size (TMĐT), not by the year\'s money', () => {
  const t = checkOne(capitalPlan(TITLE, [null, null]));
  const hints = t.findings.filter((f) => f.code === 'PROCEDURE_HINT');
  // ND 73 Điều 10: 60.000 and 35.000 triệu đồng are above 15 tỷ (two design steps); the year's
  // 15.000 and 10.000 would have said one step.
  expect(hints.map((f) => [f.cell, f.actual])).toEqual([['F6', '60000'], ['F7', '35000']]);
  expect(hints[0].message).toContain('trên 15 tỷ đồng');
});

test('a title naming no source, or two, leaves the table asked for its sources', () => {
  expect(titleSource(['KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026 - LĨNH VỰC CÔNG NGHỆ THÔNG TIN'])).toBeNull();
  expect(titleSource(['DANH MỤC DỰ ÁN SỬ DỤNG VỐN NGÂN SÁCH TRUNG ƯƠNG VÀ VỐN NGÂN SÁCH TỈNH'])).toBeNull();
  expect(titleSource(['DANH MỤC DỰ ÁN SỬ DỤNG VỐN NGÂN SÁCH TRUNG ƯƠNG'])).toMatchObject({ code: 'NSTW', type: null });
  expect(titleSource(['Dự toán chi thường xuyên từ nguồn ngân sách tỉnh'])).toMatchObject({ code: 'NSĐP', type: 'CTX' });
  const t = checkOne(capitalPlan('KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026 - LĨNH VỰC CÔNG NGHỆ THÔNG TIN', ['QĐ 1', 'QĐ 2']));
  expect(codes(t)).toContain('SOURCE_MISSING');
});

test('ALLOCATION_OVER_TOTAL: given so far and the year\'s money may not pass the project\'s size', () => {
  const grid = capitalPlan(TITLE, ['QĐ 1', 'QĐ 2']);
  // Project 1: 40.000 given to 2025 + 25.000 in 2026 = 65.000 > its TMĐT of 60.000 (5.000 over; 20.000 was left).
  grid.values[5][7] = 25000;
  grid.values[4][7] = 35000;
  const t = checkOne(grid);
  const f = t.findings.filter((x) => x.code === 'ALLOCATION_OVER_TOTAL');
  expect(f.map((x) => [x.cell, x.expected, x.actual, x.related])).toEqual([['H6', '20000', '25000', ['F6', 'G6']]]);
  expect(f[0].message).toContain('vượt tổng mức đầu tư 60.000 triệu đồng (vượt 5.000)');
  // Project 2 has had nothing: its 10.000 of 35.000 is within it; the right plan raises none.
  expect(codes(checkOne(capitalPlan(TITLE, ['QĐ 1', 'QĐ 2'])))).not.toContain('ALLOCATION_OVER_TOTAL');
  // Nothing given yet and 40.000 in 2026 against a size of 35.000: 5.000 over, 35.000 is the most.
  const first = capitalPlan(TITLE, ['QĐ 1', 'QĐ 2']);
  first.values[6][7] = 40000;
  first.values[4][7] = 55000;
  expect(checkOne(first).findings.filter((x) => x.code === 'ALLOCATION_OVER_TOTAL').map((x) => [x.cell, x.expected])).toEqual([['H7', '35000']]);
});
