// A plan of several years whose only money column is money a year ("Kinh phí/năm", "Kinh phí
// duy trì hằng năm"): each figure is paid in every year of its row's time, as "200/năm" written
// in a cell is. Before, each was taken for the row's whole money: a plan of 1.660 came to 350 and
// was spread thin over the years. Figures by hand.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, codes } from '../../helpers/grid';

const check = (total: number, title = 'KẾ HOẠCH DUY TRÌ HỆ THỐNG CNTT GIAI ĐOẠN 2026 - 2030', header = 'Kinh phí/năm') => checkOne({
  sheet: 'KH', top: 1, left: 1,
  values: [
    [title],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nhiệm vụ', 'Thời gian', header, 'Nguồn vốn'],
    ['1', 'Duy trì cổng thông tin điện tử', 'Hàng năm', 200, 'NSĐP'],
    ['2', 'Thuê đường truyền số liệu chuyên dùng', '2026-2030', 120, 'NSĐP'],
    ['3', 'Gia hạn chứng thư số', '2027-2028', 30, 'NSĐP'],
    [null, 'Cộng', null, total, null],
  ] as CellValue[][],
});

const byYear = (t: ReturnType<typeof check>) => Object.fromEntries([...t.summary.byYear].map(([y, v]) => [y, v.toFixed()]));

test('each figure is paid every year of its time; the total line is the figures a year added up', () => {
  const t = check(350);
  // 200 × 5 + 120 × 5 + 30 × 2 = 1.000 + 600 + 60 = 1.660.
  expect(t.summary.total.toFixed()).toBe('1660');
  // 2026: 200 + 120 = 320; 2027 and 2028: 200 + 120 + 30 = 350; 2029, 2030: 320.
  expect(byYear(t)).toEqual({ 2026: '320', 2027: '350', 2028: '350', 2029: '320', 2030: '320' });
  // The total line states a year's money (200 + 120 + 30 = 350), right, and not the plan's.
  expect(codes(t)).not.toContain('SUBTOTAL_MISMATCH');
  expect(t.summary.statedTotal).toBeNull();
  expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.amountPer)).toEqual(['year', 'year', 'year']);
});

test('a total line that is not the figures a year added up is said, a year\'s money', () => {
  const found = check(360).findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH');
  expect(found.map((f) => [f.cell, f.expected, f.actual])).toEqual([['D7', '350', '360']]);
  expect(found[0].message).toBe('Ô D7: tổng cộng ghi 360 triệu đồng/năm nhưng tổng các dự án, nhiệm vụ là 350 triệu đồng/năm (lệch 10). Kiểm tra lại dòng tổng cộng.');
});

test('in a plan of one year, a figure a year is that year\'s money, as before (guard)', () => {
  const t = check(350, 'KẾ HOẠCH DUY TRÌ HỆ THỐNG CNTT NĂM 2027');
  expect(t.summary.total.toFixed()).toBe('350');
  expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.amountPer)).toEqual(['total', 'total', 'total']);
});

test('"Kinh phí/năm" beside the year columns: the years are the row\'s money, the figure a year no sum of them', () => {
  // Before: three false YEARS_SUM_MISMATCH ("các cột năm (D, E) cộng lại được 400 … tổng của dòng là 200").
  const rows = (rateTotal: number): CellValue[][] => [
    ['KẾ HOẠCH DUY TRÌ HỆ THỐNG CNTT GIAI ĐOẠN 2026 - 2027'], ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nhiệm vụ', 'Kinh phí/năm', 'Năm 2026', 'Năm 2027', 'Nguồn vốn'],
    ['1', 'Duy trì cổng thông tin điện tử', 200, 200, 200, 'NSĐP'],
    ['2', 'Thuê đường truyền số liệu chuyên dùng', 120, 120, 120, 'NSĐP'],
    [null, 'Cộng', rateTotal, 320, 320, null],
  ];
  const t = checkOne({ sheet: 'KH', top: 1, left: 1, values: rows(320) });
  expect(t.columnInfo.map((c) => c.role)).toEqual(['stt', 'name', 'other', 'year', 'year', 'sourceText']);
  expect(codes(t)).not.toContain('YEARS_SUM_MISMATCH');
  // (200 + 120) × 2 = 640: 320 in each year.
  expect(t.summary.total.toFixed()).toBe('640');
  expect(byYear(t)).toEqual({ 2026: '320', 2027: '320' });
  // The figures a year are still added up under the total line: 200 + 120 = 320, not 330.
  const wrong = checkOne({ sheet: 'KH', top: 1, left: 1, values: rows(330) });
  expect(wrong.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([['C6', '320', '330']]);
});
