// A time written as its two ends in two columns: "Thời gian thực hiện" over "Bắt đầu | Hoàn
// thành", or "Năm bắt đầu | Năm hoàn thành". Before, no time column was read at all under the
// merged header (every row "không rõ năm", no yearly rate checked), and beside "Năm bắt đầu"
// the end column was dropped (a project of 2026-2027 was 2026's alone). Figures by hand.
import type { CellValue } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

const TITLES = [['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026 - 2030'], ['Đơn vị tính: triệu đồng']];

const check = (header: CellValue[][], rows: CellValue[][], merges: string[] = []) => checkOne({
  sheet: 'KH', top: 1, left: 1, values: [...TITLES, ...header, ...rows], merges,
});

const byYear = (t: ReturnType<typeof check>) => Object.fromEntries([...t.summary.byYear].map(([y, v]) => [y, v.toFixed()]));

/** "Thời gian thực hiện" merged over "Bắt đầu | Hoàn thành" (rows 3-4); the body from row 5. */
const MERGED: CellValue[][] = [
  ['STT', 'Nhiệm vụ', 'Thời gian thực hiện', null, 'Kinh phí', 'Nguồn vốn'],
  [null, null, 'Bắt đầu', 'Hoàn thành', null, null],
];
const MERGES = ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:F4'];

test('"Bắt đầu | Hoàn thành" under "Thời gian thực hiện" are one time, from the first year to the last', () => {
  const t = check(MERGED, [
    ['1', 'Xây dựng nền tảng dữ liệu tỉnh', 2026, 2027, 6000, 'NSĐP'],
    ['2', 'Nâng cấp hệ thống một cửa điện tử', 2027, 2029, '3.000 (1.000/năm)', 'NSĐP'],
    ['3', 'Thuê dịch vụ giám sát an toàn thông tin', 2026, 2030, '2.500 (500/năm)', 'NSĐP'],
    ['', 'Tổng cộng', null, null, 11500, null],
  ], MERGES);
  expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  expect(t.columnInfo.filter((c) => c.role === 'time').map((c) => c.col)).toEqual([3, 4]);
  // 6.000 over 2026-2027 is 3.000 a year; 1.000 a year in 2027-2029; 500 a year in 2026-2030.
  expect(byYear(t)).toEqual({ 2026: '3500', 2027: '4500', 2028: '1500', 2029: '1500', 2030: '500' });
});

test('a yearly rate is checked against the years between the two ends', () => {
  // 1.000 a year from 2027 to 2028 is 2.000, not the 3.000 written.
  const t = check(MERGED, [['1', 'Nâng cấp hệ thống một cửa điện tử', 2027, 2028, '3.000 (1.000/năm)', 'NSĐP']], MERGES);
  expect(t.findings.filter((f) => f.code === 'ANNUAL_MISMATCH').map((f) => [f.cell, f.expected])).toEqual([['E5', '2000']]);
});

test('"Năm bắt đầu | Năm hoàn thành", "Ngày bắt đầu | Ngày hoàn thành" with date cells, as the file reader and the add-in give them', () => {
  // 1/3/2026 to 30/6/2027: as ISO text from the .xlsx reader, and as Excel's day counts 46082 and
  // 46568 (days since 30/12/1899) from the add-in.
  for (const [words, [from, to]] of [['Năm', ['2026-03-01', '2027-06-30']], ['Ngày', [46082, 46568]], ['Ngày', ['2026-03-01', '2027-06-30']]] as [string, CellValue[]][]) {
    const header: CellValue[][] = [['STT', 'Nhiệm vụ', `${words} bắt đầu`, `${words} hoàn thành`, 'Kinh phí', 'Nguồn vốn']];
    const t = check(header, [['1', 'Xây dựng nền tảng dữ liệu tỉnh', from, to, 6000, 'NSĐP']]);
    // No security task in a plan of one task: that share is beside the point here.
    expect(t.findings.filter((f) => f.severity !== 'info' && f.code !== 'SECURITY_SHARE_LOW')).toEqual([]);
    expect(byYear(t)).toEqual({ 2026: '3000', 2027: '3000' });
  }
});

test('one end alone is the time as before, and both ends in one year are that year', () => {
  const header: CellValue[][] = [['STT', 'Nhiệm vụ', 'Thời gian hoàn thành', 'Kinh phí', 'Nguồn vốn']];
  const alone = check(header, [['1', 'Xây dựng nền tảng dữ liệu tỉnh', 'Quý IV/2027', 6000, 'NSĐP']]);
  expect(byYear(alone)).toEqual({ 2027: '6000' });
  const same = check(MERGED, [['1', 'Nâng cấp cổng thông tin', 'Quý I/2027', 'Quý IV/2027', 800, 'NSĐP']], MERGES);
  expect(byYear(same)).toEqual({ 2027: '800' });
});
