// A five-year financial plan shows what was done over the last period beside the new one
// ("Ước thực hiện giai đoạn 2021-2025 | Kế hoạch giai đoạn 2026-2030 / Tổng số | Năm 2026 …").
// That column is a figure of its own: checked under its sections like every money column, never
// counted in the plan's totals. Before, it was read as words, and a wrong subtotal in it passed.
import type { CellValue } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

const plan = (firstSection: number) => checkOne({
  sheet: 'KH', top: 1, left: 1,
  values: [
    ['KẾ HOẠCH TÀI CHÍNH 05 NĂM GIAI ĐOẠN 2026 - 2030'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Ước thực hiện giai đoạn 2021-2025', 'Kế hoạch giai đoạn 2026-2030', null, null, null, null, null],
    [null, null, null, 'Tổng số', 'Năm 2026', 'Năm 2027', 'Năm 2028', 'Năm 2029', 'Năm 2030'],
    ['I', 'Chi đầu tư phát triển', firstSection, 25000, 5000, 5000, 5000, 5000, 5000],
    ['1', 'Trung tâm dữ liệu tỉnh', 8000, 15000, 3000, 3000, 3000, 3000, 3000],
    ['2', 'Nền tảng dữ liệu dùng chung', 4000, 10000, 2000, 2000, 2000, 2000, 2000],
    [null, 'Tổng cộng', 12000, 25000, 5000, 5000, 5000, 5000, 5000],
  ] as CellValue[][],
  merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:I3'],
});

test('what was done over the last period is checked under its sections and left out of the plan\'s totals', () => {
  const right = plan(12000);
  expect(right.columnInfo.find((c) => c.col === 3)).toMatchObject({ role: 'other', money: true });
  expect(right.findings.filter((f) => f.severity === 'error')).toEqual([]);
  // The plan's money only: 15.000 + 10.000, not the 12.000 done before it.
  expect(right.summary.total.toFixed()).toBe('25000');
  // 8.000 + 4.000 = 12.000 under section I, not the 13.000 written.
  const wrong = plan(13000);
  expect(wrong.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.expected])).toEqual([['C5', '12000']]);
});

test('"Năm 2026 / Kế hoạch | Thực hiện": what was done each year is money checked under the total, not counted in the plan', () => {
  // A report on a plan of 2026-2027. Done in 2026: 580 + 150 = 730; in 2027: 300 + 200 + 75 = 575.
  const report = (done2026: number) => checkOne({
    sheet: 'BC', top: 1, left: 1,
    values: [
      ['BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026 - 2027'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nhiệm vụ', 'Tổng kinh phí kế hoạch', 'Năm 2026', null, 'Năm 2027', null, 'Nguồn vốn'],
      [null, null, null, 'Kế hoạch', 'Thực hiện', 'Kế hoạch', 'Ước thực hiện', null],
      ['1', 'Nền tảng dữ liệu', 1200, 600, 580, 600, 300, 'NSĐP'],
      ['2', 'Cổng dịch vụ công', 800, null, null, 800, 200, 'NSĐP'],
      ['3', 'Giám sát an toàn thông tin', 300, 150, 150, 150, 75, 'NSĐP'],
      [null, 'Tổng cộng', 2300, 750, done2026, 1550, 575, null],
    ] as CellValue[][],
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:G3', 'H3:H4'],
  });
  const right = report(730);
  expect(right.columnInfo.filter((c) => c.col === 5 || c.col === 7).map((c) => [c.role, c.money])).toEqual([['other', true], ['other', true]]);
  expect(right.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  // The plan's money: 1.200 + 800 + 300 = 2.300, each year's plan its own (750 and 1.550).
  expect(right.summary.total.toFixed()).toBe('2300');
  expect(Object.fromEntries([...right.summary.byYear].map(([y, v]) => [y, v.toFixed()]))).toEqual({ 2026: '750', 2027: '1550' });
  // 740 written where 730 was done: before, the column was words and this passed.
  expect(report(740).findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([['E8', '730', '740']]);
});
