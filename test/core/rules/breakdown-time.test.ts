// Lines that break a project down ("- Phần cứng | | 60" under "1 | Dự án A | 2021 | 100") or the
// items of a group dated on its heading leave their time cell empty: they are done in the years
// written above them. Before, each such line got a false TIME_UNREADABLE and its money fell out of
// the totals per year (the plan's 2021 showed nothing of project A's 100).
import type { CellValue } from '../../../src/core/grid';
import { checkPlanRows } from '../../helpers/sheets';

// Warnings and errors, the security share aside (none of these small plans has any).
function check(rows: CellValue[][]) {
  const { table, said } = checkPlanRows([['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2021-2025'], ['Đơn vị tính: triệu đồng']], rows, { skip: ['SECURITY_SHARE_LOW'] });
  const byYear = Object.fromEntries([...table.summary.byYear].map(([y, v]) => [y, v.toFixed()]));
  return { table, said, byYear };
}

describe('time of lines under a dated row', () => {
  it('bullets with money under a project are done in the project’s year', () => {
    const { said, byYear, table } = check([
      ['1', 'Dự án A', '2021', 100, 'NSĐP'],
      ['-', 'Phần cứng', null, 60],
      ['-', 'Phần mềm', null, 40],
      ['2', 'Dự án B', '2022', 50, 'NSĐP'],
      [null, 'Tổng cộng', null, 150],
    ]);
    expect(said).toEqual([]);
    // 60 + 40 of project A in 2021, project B's 50 in 2022.
    expect(byYear).toEqual({ 2021: '100', 2022: '50' });
    expect(table.summary.total.toFixed()).toBe('150');
    // The lines' own time cells stay as read (empty) in the model.
    expect(table.rows.find((r) => r.row === 5)?.time?.text).toBe('');
  });

  it('items of a group dated on its heading share the group’s years', () => {
    const { said, byYear } = check([
      ['I', 'Nhóm hạ tầng', '2021-2022', 130],
      ['1', 'Máy chủ', null, 100, 'NSĐP'],
      ['2', 'Mạng', null, 30, 'NSĐP'],
    ]);
    expect(said).toEqual([]);
    // 100 spread over 2021-2022 is 50 + 50; 30 is 15 + 15.
    expect(byYear).toEqual({ 2021: '65', 2022: '65' });
  });

  it('an item with no time of its own and none above it is still unreadable', () => {
    const { said } = check([
      ['1', 'Dự án A', null, 100, 'NSĐP'],
      ['2', 'Dự án B', '2022', 50, 'NSĐP'],
    ]);
    expect(said).toEqual(['TIME_UNREADABLE C4']);
  });

  it('a yearly rate on a line is judged over the years above it', () => {
    // 600 a year over 2021-2022 is 1.200: the line says 1.200, no mismatch.
    expect(check([
      ['1', 'Thuê dịch vụ hạ tầng', '2021-2022', 1200, 'NSĐP'],
      ['-', 'Thuê máy chủ', null, '1.200 (600/năm)'],
    ]).said).toEqual([]);
    // The same line saying 1.000 is 200 short of 600 × 2.
    expect(check([
      ['1', 'Thuê dịch vụ hạ tầng', '2021-2022', 1000, 'NSĐP'],
      ['-', 'Thuê máy chủ', null, '1.000 (600/năm)'],
    ]).said).toEqual(['ANNUAL_MISMATCH D5']);
  });
});
