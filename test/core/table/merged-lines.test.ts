// One project written on two lines under its merged name and STT, one line per source: "1 |
// Xây dựng hệ thống … | 3.000 | NSTW" and, under the same merged name, "| | 2.000 | NSĐP". The second
// line is the project's money from the other source, beside the first, not a breakdown of it
// (which raised two false SUBTOTAL_MISMATCH and left 3.000 out of a plan of 9.000).
import type { CellValue, Grid } from '../../../src/core/grid';
import { rowToJSON } from '../../../src/core/json';
import { checkOne, codes, nonZero } from '../../helpers/grid';

function plan(rows: CellValue[][], merges: string[]): Grid {
  return {
    sheet: 'KH', top: 1, left: 1, merges,
    values: [
      ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026 - 2030', null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null],
      ['STT', 'Tên nhiệm vụ', 'Thời gian thực hiện', 'Kinh phí', 'Nguồn vốn'],
      ...rows,
    ],
  };
}

test('the second line under a merged name is the project\'s other source: 3.000 + 2.000 + 4.000 = 9.000, nothing wrong', () => {
  const t = checkOne(plan([
    ['', 'TỔNG CỘNG', '', 9000, ''],
    ['1', 'Xây dựng hệ thống thông tin quản lý đất đai', '2026-2027', 3000, 'NSTW'],
    ['', '', '2026-2027', 2000, 'NSĐP'],
    ['2', 'Số hóa hồ sơ địa chính', '2027-2028', 4000, 'NSĐP'],
  ], ['A5:A6', 'B5:B6']));
  expect(codes(t).filter((c) => c.endsWith('MISMATCH'))).toEqual([]);
  expect(t.summary.total.toFixed()).toBe('9000');
  // NSTW 3.000; NSĐP 2.000 + 4.000 = 6.000.
  expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '3000', 'NSĐP': '6000' });
  const line = t.rows.find((r) => r.row === 6);
  // Beside the first line (the total on top is no parent of the items).
  expect([line?.kind, line?.name, line?.parentRow, line?.lineOf]).toEqual(['item', 'Xây dựng hệ thống thông tin quản lý đất đai', null, 5]);
  expect(rowToJSON(line as NonNullable<typeof line>).lineOf).toBe(5);
  // Every other row's JSON has no lineOf.
  expect('lineOf' in rowToJSON(t.rows.find((r) => r.row === 5) as NonNullable<typeof line>)).toBe(false);
});

test('the project is asked its procedure once, for both lines: 10.000 + 8.000 = 18.000 is above 15 tỷ', () => {
  const t = checkOne(plan([
    ['1', 'Xây dựng trung tâm dữ liệu tỉnh', '2026-2027', 10000, 'NSTW (vốn ĐTPT)'],
    ['', '', '2026-2027', 8000, 'NSĐP (vốn ĐTPT)'],
    ['2', 'Số hóa hồ sơ địa chính', '2027', 4000, 'NSĐP (vốn ĐTPT)'],
  ], ['A4:A5', 'B4:B5']));
  const hints = t.findings.filter((f) => f.code === 'PROCEDURE_HINT');
  expect(hints.map((f) => [f.row, f.actual])).toEqual([[4, '18000'], [6, '4000']]);
  // ND 73 Điều 10 khoản 2: up to 15 tỷ one design step; 18 tỷ is not.
  expect(hints[0].expected).not.toBe(hints[1].expected);
});

test('a name merged over a line with no money is one item: the line is a note, not a second item', () => {
  const t = checkOne(plan([
    ['1', 'Xây dựng hệ thống thông tin quản lý đất đai', '2026-2027', 3000, 'NSTW'],
    ['', '', '', null, ''],
    ['2', 'Số hóa hồ sơ địa chính', '2027-2028', 4000, 'NSĐP'],
  ], ['A4:A5', 'B4:B5']));
  expect(t.rows.map((r) => [r.row, r.kind])).toEqual([[4, 'item'], [6, 'item']]);
});
