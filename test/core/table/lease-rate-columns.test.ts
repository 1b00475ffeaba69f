// A lease plan as provinces lay it out: "Hình thức thuê | Thời gian thuê | Kinh phí thuê/năm |
// Tổng kinh phí thuê". Before: the yearly rate was taken for the row's money (the plan came to
// 1.000 where it is 2.700), "Hình thức thuê" was no mode column (no row was a lease), and "36
// tháng" was an unreadable time. Figures by hand.
import type { CellValue } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

const HEADER = ['STT', 'Tên dịch vụ thuê', 'Đơn vị sử dụng', 'Hình thức thuê', 'Thời gian thuê', 'Kinh phí thuê/năm', 'Tổng kinh phí thuê', 'Nguồn vốn'];

const check = (rows: CellValue[][]) => checkOne({
  sheet: 'KH', top: 1, left: 1,
  values: [['KẾ HOẠCH THUÊ DỊCH VỤ CÔNG NGHỆ THÔNG TIN GIAI ĐOẠN 2026 - 2028'], ['Đơn vị tính: triệu đồng'], HEADER, ...rows],
});

const plan = (second: number): CellValue[][] => [
  ['1', 'Thuê dịch vụ hội nghị truyền hình', 'Văn phòng UBND tỉnh', 'Thuê trọn gói', '2026-2028', 500, 1500, 'NSĐP'],
  ['2', 'Thuê phần mềm một cửa điện tử', 'Sở Nội vụ', 'Thuê theo yêu cầu', '2027-2028', 300, second, 'NSĐP'],
  ['3', 'Giám sát an toàn thông tin', 'Sở KHCN', 'Thuê VNPT', '36 tháng', 200, 600, 'NSĐP'],
  [null, 'Tổng cộng', null, null, null, 1000, 2100 + second, null],
];

const byYear = (t: ReturnType<typeof check>) => Object.fromEntries([...t.summary.byYear].map(([y, v]) => [y, v.toFixed()]));

test('the total is the plan\'s money, the yearly rate a figure beside it, every row a lease', () => {
  const t = check(plan(600));
  expect(t.columnInfo.map((c) => c.role)).toEqual(['stt', 'name', 'owner', 'mode', 'time', 'other', 'amount', 'sourceText']);
  // The rate column is still added up under the total line: 500 + 300 + 200 = 1.000.
  expect(t.moneyColumns.map((c) => c.col)).toEqual([6, 7]);
  // 1.500 + 600 + 600 = 2.700.
  expect(t.summary.total.toFixed()).toBe('2700');
  expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.mode?.mode)).toEqual(['lease', 'lease', 'lease']);
  // "36 tháng" in a plan of 2026-2028 is the whole period (a length as long as the plan).
  // 2026: 500 + 200 = 700; 2027: 500 + 300 + 200 = 1.000; 2028: the same 1.000.
  expect(byYear(t)).toEqual({ 2026: '700', 2027: '1000', 2028: '1000' });
  expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
});

test('a total that is not the yearly rate times the years: ANNUAL_MISMATCH at the total, the rate named', () => {
  // 300 a year over 2027-2028 is 600, written 700 (sheet row 5).
  const t = check(plan(700));
  const found = t.findings.filter((f) => f.code === 'ANNUAL_MISMATCH');
  expect(found.map((f) => [f.cell, f.expected, f.actual, f.related])).toEqual([['G5', '600', '700', ['F5']]]);
  expect(found[0].message).toBe('Ô G5: mức hằng năm 300 triệu đồng (ô F5) nhân với 2 năm (2027, 2028) là 600 triệu đồng, khác số tổng 700 triệu đồng. Sửa mức năm hoặc số tổng.');
});

test('a time in quarters may pay part of a year: the rate is not multiplied out', () => {
  // From the second quarter of 2026 to the first of 2028: 2 years' worth, not 3 × 500.
  const rows = plan(600);
  rows[0] = ['1', 'Thuê dịch vụ hội nghị truyền hình', 'Văn phòng UBND tỉnh', 'Thuê trọn gói', 'Quý II/2026 - Quý I/2028', 500, 1000, 'NSĐP'];
  rows[3] = [null, 'Tổng cộng', null, null, null, 1000, 2200, null];
  const t = check(rows);
  expect(t.findings.filter((f) => f.code === 'ANNUAL_MISMATCH')).toEqual([]);
});
