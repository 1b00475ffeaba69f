// "Tổng kinh phí giai đoạn 2026-2030 | Trong đó: năm 2026": a five-year plan that also says what
// its first year asks for. That column is a figure of its own, not the row's money year by year
// (which raised a false YEARS_SUM_MISMATCH on every row and left 6.500 of 9.500 out of the totals
// by year). The years come from the time words; figures by hand in the comments.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, codes } from '../../helpers/grid';

const plan = (header: string[], rows: CellValue[][]) => checkOne({
  sheet: 'KH', top: 1, left: 1,
  values: [['KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030'], ['Đơn vị tính: triệu đồng'], header, ...rows],
});
/** A five years' total and what the first year asks for, beside the time and the source. */
const FIRST_YEAR_OF_FIVE = ['STT', 'Nhiệm vụ', 'Thời gian thực hiện', 'Tổng kinh phí giai đoạn 2026-2030', 'Trong đó: năm 2026', 'Nguồn vốn'];
const byYear = (t: ReturnType<typeof plan>) => Object.fromEntries([...t.summary.byYear].map(([y, v]) => [y, v.toFixed()]));

test('"Trong đó: năm 2026" beside the five years\' total: no sum of years is asked, every year is counted', () => {
  const t = plan(FIRST_YEAR_OF_FIVE, [
    ['1', 'Xây dựng kho dữ liệu dùng chung', '2026-2028', 6000, 2000, 'NSĐP'],
    ['2', 'Nâng cấp cổng dịch vụ công', '2026-2027', 1000, 500, 'NSĐP'],
    ['3', 'Đào tạo kỹ năng số', 'Hàng năm', 2500, 500, 'NSĐP'],
    ['', 'Tổng cộng', '', 9500, 3000, ''],
  ]);
  expect(codes(t)).not.toContain('YEARS_SUM_MISMATCH');
  // 6.000 over 2026-2028 is 2.000 a year; 1.000 over 2026-2027, 500; 2.500 every year of five, 500.
  expect(byYear(t)).toEqual({ 2026: '3000', 2027: '3000', 2028: '2500', 2029: '500', 2030: '500' });
  // The 2026 column is still money, checked under the total: 2.000 + 500 + 500 = 3.000.
  expect(t.columnInfo.find((c) => c.col === 5)).toMatchObject({ role: 'other', money: true, year: 2026 });
});

test('"Trong đó" over every year of the period is the row\'s years, and a row that misses its total is told', () => {
  const header = ['STT', 'Nhiệm vụ', 'Tổng kinh phí', 'Trong đó: năm 2026', 'Trong đó: năm 2027', 'Trong đó: năm 2028', 'Trong đó: năm 2029', 'Trong đó: năm 2030'];
  const t = plan(header, [['1', 'Xây dựng kho dữ liệu dùng chung', 1000, 200, 200, 200, 200, 100]]);
  // 200 × 4 + 100 = 900, not 1.000.
  expect(t.findings.filter((f) => f.code === 'YEARS_SUM_MISMATCH').map((f) => [f.cell, f.actual])).toEqual([['C4', '900']]);
});

test('the year the row states "of which" holds what its cell says; the rest is spread over the row\'s other years', () => {
  // Before: 6.000 over 2026-2028 was 2.000 a year though the row says 3.000 of it is 2026's.
  const t = plan(FIRST_YEAR_OF_FIVE, [
    ['1', 'Xây dựng kho dữ liệu dùng chung', '2026-2028', 6000, 3000, 'NSĐP'],
    ['2', 'Nâng cấp cổng dịch vụ công', '2026-2027', 1000, 1000, 'NSĐP'],
    // A stated year that is not one of the row's (2027-2028): the words decide, 750 a year.
    ['3', 'Số hóa hồ sơ lưu trữ', '2027-2028', 1500, 300, 'NSĐP'],
    ['', 'Tổng cộng', '', 8500, 4300, ''],
  ]);
  // 3.000 in 2026 and (6.000 − 3.000) / 2 = 1.500 in each of 2027 and 2028; all 1.000 in 2026; 750 + 750.
  expect(t.rows.filter((r) => r.kind === 'item').map((r) => Object.fromEntries([...r.allocation].map(([y, v]) => [y, v.toFixed()])))).toEqual([
    { 2026: '3000', 2027: '1500', 2028: '1500' }, { 2026: '1000' }, { 2027: '750', 2028: '750' },
  ]);
  // 2026: 3.000 + 1.000 = 4.000; 2027: 1.500 + 750 = 2.250; 2028: the same.
  expect(byYear(t)).toEqual({ 2026: '4000', 2027: '2250', 2028: '2250' });
});
