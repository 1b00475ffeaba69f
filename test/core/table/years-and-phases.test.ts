// Year columns for the first years and a phase for the rest ("Phân kỳ / Năm 2026 | Năm 2027 | Giai
// đoạn 2028-2030"), as medium-term plans write them. The phase is the row's later years: added
// with the year cells to the total, and spread over its own years. Before, its money was "không
// rõ năm", and a wrong phase cell passed on its row (the shortfall was taken for years the columns
// do not show). Figures by hand in the comments.
import type { CellValue } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

const plan = (phase: number) => checkOne({
  sheet: 'KH', top: 1, left: 1,
  values: [
    ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026 - 2030'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nhiệm vụ', 'Thời gian', 'Tổng kinh phí', 'Phân kỳ', null, null, 'Nguồn vốn'],
    [null, null, null, null, 'Năm 2026', 'Năm 2027', 'Giai đoạn 2028-2030', null],
    ['1', 'Trung tâm dữ liệu tỉnh', '2026-2030', 15000, 3000, 3000, phase, 'NSĐP'],
    ['2', 'Nền tảng dữ liệu dùng chung', '2026-2027', 4000, 2000, 2000, null, 'NSĐP'],
  ] as CellValue[][],
  merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3', 'H3:H4'],
});

test('the phase past the year columns is the row\'s later years', () => {
  const t = plan(9000);
  expect(t.findings.filter((f) => f.severity === 'error')).toEqual([]);
  // 2026: 3.000 + 2.000; 2027 the same; 9.000 over 2028-2030, 3.000 a year.
  expect(Object.fromEntries([...t.summary.byYear].map(([y, v]) => [y, v.toFixed()]))).toEqual({ 2026: '5000', 2027: '5000', 2028: '3000', 2029: '3000', 2030: '3000' });
});

test('a phase cell that leaves the row short is told on the row', () => {
  // 3.000 + 3.000 + 8.000 = 14.000 of 15.000.
  expect(plan(8000).findings.filter((f) => f.code === 'YEARS_SUM_MISMATCH').map((f) => [f.cell, f.actual])).toEqual([['D5', '14000']]);
});
