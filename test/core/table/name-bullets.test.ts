// Lines under a task whose STT cell is empty and whose name opens with a bullet ("| - Thiết bị |
// 600"), as officers type them as often as with the "-" in the STT cell. Before, each such line
// was taken as a breakdown of the line above it, so the lines chained one under another and a
// right table got a false SUBTOTAL_MISMATCH on the task, on each line but the last, and on the
// total. Lines named by a year alone ("- Năm 2026 | 2.500") are that year's money. Figures by hand
// in the comments.
import type { CellValue } from '../../../src/core/grid';
import { checkOne } from '../../helpers/grid';

const HEADER = ['STT', 'Nhiệm vụ', 'Thời gian', 'Kinh phí', 'Nguồn vốn'];

/** A plan of 2026-2028 in triệu đồng: titles on rows 1-2, the header on row 3, the body from row 4. */
const plan = (rows: CellValue[][]) => checkOne({
  sheet: 'KH', top: 1, left: 1,
  values: [['KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2028'], ['Đơn vị tính: triệu đồng'], HEADER, ...rows],
});

/** Errors and warnings by code and cell; the security share is beside the point of these plans. */
const said = (t: ReturnType<typeof plan>) => t.findings
  .filter((f) => f.severity !== 'info' && f.code !== 'SECURITY_SHARE_LOW')
  .map((f) => `${f.code} ${f.cell ?? ''}`.trim());

const parentOf = (t: ReturnType<typeof plan>, row: number) => t.byRow.get(row)?.parentRow;

describe('bullets in the name cell, the STT cell empty', () => {
  it('are lines of the task above, side by side, and add up to it', () => {
    const t = plan([
      ['1', 'Nâng cấp hạ tầng mạng', '2027', 1000, 'NSĐP'],
      ['', '- Thiết bị chuyển mạch', null, 600, null],
      ['', '- Tường lửa', null, 400, null],
      ['2', 'Phần mềm quản lý văn bản', '2027', 500, 'NSĐP'],
      ['', 'Tổng cộng', null, 1500, null],
    ]);
    expect(said(t)).toEqual([]);
    // Both lines hang from the task on row 4, neither from the other.
    expect([parentOf(t, 5), parentOf(t, 6)]).toEqual([4, 4]);
    // 600 + 400 + 500 = 1.500, as the total line says.
    expect(t.summary.total.toFixed()).toBe('1500');
  });

  it('still tell a task whose lines do not add up to it, on the task alone', () => {
    // 600 + 300 = 900 under a task of 1.000.
    const t = plan([
      ['1', 'Nâng cấp hạ tầng mạng', '2027', 1000, 'NSĐP'],
      ['', '- Thiết bị chuyển mạch', null, 600, null],
      ['', '- Tường lửa', null, 300, null],
    ]);
    expect(said(t)).toEqual(['SUBTOTAL_MISMATCH D4']);
  });

  it('a "+" line is a part of the "-" line above it', () => {
    const t = plan([
      ['1', 'Nâng cấp hạ tầng mạng', '2027', 1000, 'NSĐP'],
      ['', '- Thiết bị', null, 600, null],
      ['', '+ Máy chủ', null, 400, null],
      ['', '+Tường lửa', null, 200, null],
      ['', '- Phần mềm', null, 400, null],
      ['', 'Tổng cộng', null, 1000, null],
    ]);
    // 400 + 200 = 600 under "- Thiết bị"; 600 + 400 = 1.000 under the task.
    expect(said(t)).toEqual([]);
    expect([5, 6, 7, 8].map((r) => parentOf(t, r))).toEqual([4, 5, 5, 4]);
  });
});

describe('lines named by a year', () => {
  const rows: CellValue[][] = [
    ['1', 'Xây dựng nền tảng dữ liệu tỉnh', '2026-2027', 6000, 'NSĐP'],
    ['', '- Năm 2026', null, 2500, null],
    ['', '- Năm 2027', null, 3500, null],
    ['2', 'Nâng cấp hệ thống một cửa điện tử', '2026-2028', 3000, 'NSĐP'],
    ['', '- Năm 2026', null, 1000, null],
    ['', '- Năm 2027', null, 1000, null],
    ['', '- Năm 2028', null, 1000, null],
    ['', 'Tổng cộng', null, 9000, null],
  ];

  it('are the task\'s money in that year, not the task\'s years spread evenly', () => {
    const t = plan(rows);
    expect(said(t)).toEqual([]);
    // 2026: 2.500 + 1.000; 2027: 3.500 + 1.000; 2028: 1.000. Before, each line took the task's
    // years: 2.500 over 2026-2027 as 1.250 a year, and so on.
    expect(Object.fromEntries([...t.summary.byYear].map(([y, v]) => [y, v.toFixed()]))).toEqual({ 2026: '3500', 2027: '4500', 2028: '1000' });
  });

  it('leave the task asked its procedure once, for its whole amount', () => {
    const typed = rows.map((r) => (r[4] === 'NSĐP' ? [...r.slice(0, 4), 'NSĐP (chi thường xuyên)'] : r));
    typed[0] = ['1', 'Xây dựng nền tảng dữ liệu tỉnh', '2026-2027', 16000, 'NSĐP (chi thường xuyên)'];
    typed[1] = ['', '- Năm 2026', null, 7000, null];
    typed[2] = ['', '- Năm 2027', null, 9000, null];
    typed[7] = ['', 'Tổng cộng', null, 19000, null];
    const t = plan(typed);
    // 16.000 = 7.000 + 9.000 is over the 15 tỷ of ND 73 (the plan starts 1/1/2026, before ND 45);
    // neither year's line alone is, and neither is asked. The second task, 3.000, once too.
    expect(t.findings.filter((f) => f.code === 'PROCEDURE_HINT').map((f) => [f.cell, f.actual])).toEqual([['D4', '16000'], ['D7', '3000']]);
  });

  it('a heading named by a year dates the tasks under it that write no time', () => {
    const t = plan([
      ['I', 'Năm 2026', null, 1500, null],
      ['1', 'Mua sắm máy tính', null, 1000, 'NSĐP'],
      ['2', 'Thuê đường truyền', null, 500, 'NSĐP'],
      ['II', 'Năm 2027', null, 800, null],
      ['1', 'Nâng cấp cổng thông tin', null, 800, 'NSĐP'],
    ]);
    // 1.000 + 500 in 2026, 800 in 2027; before, all 2.300 were of no year.
    expect(Object.fromEntries([...t.summary.byYear].map(([y, v]) => [y, v.toFixed()]))).toEqual({ 2026: '1500', 2027: '800' });
  });
});
