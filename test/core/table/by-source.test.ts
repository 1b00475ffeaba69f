// A summary whose rows are the sources ("STT | Nguồn vốn | Tổng kinh phí | Năm 2026 … Năm 2030"):
// each row is named by its source and is of that source; "Tổng cộng" in the source column is the
// total. Before, the rows had no names, the total was taken for an item under "Xã hội hóa" (six
// false SUBTOTAL_MISMATCH, a SOURCE_UNKNOWN on "Tổng cộng") and the plan counted twice (32.500).
import type { CellValue } from '../../../src/core/grid';
import { checkOne, codes, nonZero } from '../../helpers/grid';

const values: CellValue[][] = [
  ['TỔNG HỢP KINH PHÍ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030', null, null, null, null, null, null, null],
  ['Đơn vị tính: triệu đồng', null, null, null, null, null, null, null],
  ['STT', 'Nguồn vốn', 'Tổng kinh phí', 'Năm 2026', 'Năm 2027', 'Năm 2028', 'Năm 2029', 'Năm 2030'],
  ['1', 'Ngân sách trung ương', 5000, 1000, 1000, 1000, 1000, 1000],
  ['2', 'Ngân sách tỉnh', 10000, 2000, 2000, 2000, 2000, 2000],
  ['3', 'Xã hội hóa', 2500, 500, 500, 500, 500, 500],
  ['', 'Tổng cộng', 17500, 3500, 3500, 3500, 3500, 3500],
];

test('rows named by their source: 5.000 + 10.000 + 2.500 = 17.500, each in its source, nothing wrong', () => {
  const t = checkOne({ sheet: 'TH', top: 1, left: 1, values });
  expect(t.rows.map((r) => [r.kind, r.name])).toEqual([
    ['item', 'Ngân sách trung ương'], ['item', 'Ngân sách tỉnh'], ['item', 'Xã hội hóa'], ['total', 'Tổng cộng'],
  ]);
  expect(t.summary.total.toFixed()).toBe('17500');
  expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '5000', 'NSĐP': '10000', 'Khác': '2500' });
  // 1.000 + 2.000 + 500 = 3.500 a year.
  expect([...t.summary.byYear.values()].map((v) => v.toFixed())).toEqual(['3500', '3500', '3500', '3500', '3500']);
  // No task is named: no security share and no procedure is asked of a source.
  expect(codes(t).filter((c) => c !== 'FORMULA_HARDCODED')).toEqual([]);
});
