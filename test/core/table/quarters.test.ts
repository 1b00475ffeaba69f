// A one-year plan that spreads each task's money over the quarters: "Kinh phí năm 2026" merged
// over "Tổng số | Quý I | Quý II | Quý III | Quý IV". The quarters split the year's total; they
// are not four more columns of 2026 money (which counted every đồng twice: 3.600 for a plan of
// 1.800). Every figure is the plan's own, added by hand in the comments.
import type { CellValue, Grid } from '../../../src/core/grid';
import { checkOne, codes } from '../../helpers/grid';

function quarterPlan(rows: CellValue[][], leaves = ['Tổng số', 'Quý I', 'Quý II', 'Quý III', 'Quý IV']): Grid {
  const values: CellValue[][] = [
    ['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026 CỦA SỞ Y TẾ', null, null, null, null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null, null, null, null],
    ['STT', 'Nội dung nhiệm vụ', 'Kinh phí năm 2026', null, null, null, null, 'Nguồn vốn'],
    [null, null, ...leaves, null],
    ...rows,
  ];
  return { sheet: 'KH 2026', top: 1, left: 1, values, merges: ['A3:A4', 'B3:B4', 'C3:G3', 'H3:H4'] };
}

// 150×4 = 600; 0 + 300 + 400 + 100 = 800; 150 + 50 + 50 + 150 = 400; 600 + 800 + 400 = 1.800.
// By quarter: 300 (150 + 0 + 150), 500, 600, 400; 300 + 500 + 600 + 400 = 1.800.
const RIGHT: CellValue[][] = [
  ['', 'TỔNG CỘNG', 1800, 300, 500, 600, 400, null],
  ['1', 'Duy trì phần mềm quản lý bệnh viện', 600, 150, 150, 150, 150, 'NSĐP'],
  ['2', 'Mua sắm máy tính cho các khoa', 800, 0, 300, 400, 100, 'NSĐP'],
  ['3', 'Đào tạo kỹ năng số cho nhân viên y tế', 400, 150, 50, 50, 150, 'NSĐP'],
];

test('the quarters split the year: 1.800 in 2026, not 3.600, and no finding on a right plan', () => {
  const t = checkOne(quarterPlan(RIGHT));
  expect(t.summary.total.toFixed()).toBe('1800');
  expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2026, '1800']]);
  expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.amount?.toFixed())).toEqual(['600', '800', '400']);
  expect(t.columnInfo.slice(2, 7).map((c) => [c.role, c.year, c.money])).toEqual([
    ['year', 2026, true], ['other', 2026, true], ['other', 2026, true], ['other', 2026, true], ['other', 2026, true],
  ]);
  expect(t.sums).toContainEqual({ kind: 'periods', total: 3, parts: [4, 5, 6, 7], stated: false });
  expect(codes(t).filter((c) => c.endsWith('MISMATCH'))).toEqual([]);
});

test('a quarter that does not add up to its year is named, and each quarter column is subtotal-checked', () => {
  const rows = RIGHT.map((r) => [...r]);
  // Task 2 (sheet row 7) writes 200 in Quý III where 400 was meant: 0 + 300 + 200 + 100 = 600, its year says 800.
  rows[2][5] = 200;
  const t = checkOne(quarterPlan(rows));
  const sums = t.findings.filter((f) => f.code === 'YEARS_SUM_MISMATCH');
  expect(sums.map((f) => [f.cell, f.expected, f.actual])).toEqual([['C7', '800', '600']]);
  // Worded for quarters, not for years.
  expect(sums[0].message).toContain('các cột quý, tháng (D–G)');
  expect(sums[0].message).toContain('số cả năm là 800 triệu đồng');
  // The Quý III column under the total: 150 + 200 + 50 = 400, the total row says 600.
  expect(t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([['F5', '400', '600']]);
  // The year itself is still 1.800: the error is in a quarter, not in the money.
  expect(t.summary.total.toFixed()).toBe('1800');
});

test('halves of the year ("6 tháng đầu năm | 6 tháng cuối năm") split it the same way', () => {
  const values: CellValue[][] = [
    ['', 'TỔNG CỘNG', 1000, 400, 600, null, null, null],
    ['1', 'Thuê đường truyền số liệu', 1000, 400, 600, null, null, 'NSĐP'],
  ];
  const t = checkOne(quarterPlan(values, ['Tổng số', '6 tháng đầu năm', '6 tháng cuối năm', '', '']));
  // 400 + 600 = 1.000.
  expect(t.summary.total.toFixed()).toBe('1000');
  expect(t.sums).toContainEqual({ kind: 'periods', total: 3, parts: [4, 5], stated: false });
});

test('quarters without a year total are that year\'s money, as before: their sum is the row\'s amount', () => {
  const values: CellValue[][] = [
    ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', null, null, null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null, null, null],
    ['STT', 'Nội dung nhiệm vụ', 'Kinh phí năm 2026', null, null, null, 'Nguồn vốn'],
    [null, null, 'Quý I', 'Quý II', 'Quý III', 'Quý IV', null],
    ['1', 'Duy trì phần mềm quản lý bệnh viện', 150, 150, 150, 150, 'NSĐP'],
  ];
  const t = checkOne({ sheet: 'KH', top: 1, left: 1, values, merges: ['A3:A4', 'B3:B4', 'C3:F3', 'G3:G4'] });
  // 150 × 4 = 600.
  expect(t.summary.total.toFixed()).toBe('600');
  expect(t.sums.map((s) => s.kind)).toEqual(['years']);
});

describe('a schedule by quarter across years ("Tiến độ giải ngân / Quý III/2026 | … | Quý II/2027")', () => {
  // One project's implementation plan over four quarters of two years. By hand: 2026 is 400 +
  // 1.000 = 1.400 (Quý III and IV), 2027 is 1.000 + 800 + 800 = 2.600; 1.400 + 2.600 = 4.000.
  // Before, the quarters were "disbursed" figures: no money by year, and the project's work items
  // were asked for a source column and a security share as if a plan of many tasks.
  const schedule = (group: string, lastOf3 = 800): Grid => ({
    sheet: 'Tien do', top: 1, left: 1, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:G3'], values: [
      ['KẾ HOẠCH TRIỂN KHAI DỰ ÁN GIAI ĐOẠN 2026-2027', null, null, null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null, null, null],
      ['STT', 'Hạng mục', 'Tổng kinh phí', group, null, null, null],
      [null, null, null, 'Quý III/2026', 'Quý IV/2026', 'Quý I/2027', 'Quý II/2027'],
      ['1', 'Khảo sát, thiết kế', 400, 400, null, null, null],
      ['2', 'Mua sắm thiết bị', 2000, null, 1000, 1000, null],
      ['3', 'Triển khai phần mềm', 1600, null, null, 800, lastOf3],
      [null, 'Tổng cộng', 4000, 400, 1000, 1800, lastOf3],
    ],
  });
  test.each(['Tiến độ giải ngân', 'Kế hoạch giải ngân', 'Dự kiến kinh phí', 'Kinh phí thực hiện'])('under "%s": each quarter is its year\'s money', (group) => {
    const t = checkOne(schedule(group));
    expect(t.columnInfo.slice(3).map((c) => [c.role, c.year])).toEqual([['year', 2026], ['year', 2026], ['year', 2027], ['year', 2027]]);
    expect([...t.summary.byYear.entries()].map(([y, v]) => [y, v.toFixed()])).toEqual([[2026, '1400'], [2027, '2600']]);
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('an item whose quarters miss its total is told at the total', () => {
    // Item 3: 800 + 600 = 1.400, not 1.600.
    const t = checkOne(schedule('Tiến độ giải ngân', 600));
    expect(t.findings.find((f) => f.code === 'YEARS_SUM_MISMATCH' && f.cell === 'C7')).toMatchObject({ expected: '1600', actual: '1400' });
  });

  test('what was disbursed by quarter stays what was disbursed', () => {
    const t = checkOne(schedule('Đã giải ngân'));
    expect(t.columnInfo.slice(3).map((c) => c.role)).toEqual(['disbursed', 'disbursed', 'disbursed', 'disbursed']);
  });
});
