// Each source's share of a row's amount given in percent columns: "Cơ cấu nguồn vốn (%)" over
// "NSTW | NSĐP", or "Tỷ lệ NSTW (%) | Tỷ lệ NSĐP (%)". Before, the columns were read as nothing:
// every amount was "Chưa rõ" by source and the table got a false SOURCE_MISSING ("no source
// column"). Each share is now that part of the row's amount, as "NSTW 70%, NSĐP 30%" written in
// a source cell is. Figures by hand in the comments.
import type { CellValue } from '../../../src/core/grid';
import { checkOne, nonZero } from '../../helpers/grid';

const TITLES = [['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027'], ['Đơn vị tính: triệu đồng']];

/** "Cơ cấu nguồn vốn (%)" merged over "NSTW | NSĐP" (rows 3-4); the body from row 5. */
const MERGED: CellValue[][] = [
  ['STT', 'Nhiệm vụ', 'Thời gian', 'Tổng kinh phí', 'Cơ cấu nguồn vốn (%)', null, 'Ghi chú'],
  [null, null, null, null, 'NSTW', 'NSĐP', null],
];
const MERGES = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4'];

const check = (header: CellValue[][], rows: CellValue[][], merges: string[] = MERGES) => checkOne({
  sheet: 'KH', top: 1, left: 1, values: [...TITLES, ...header, ...rows], merges,
});

/** Errors and warnings; a plan with no security task is beside the point here. */
const said = (t: ReturnType<typeof check>) => t.findings
  .filter((f) => f.severity !== 'info' && f.code !== 'SECURITY_SHARE_LOW')
  .map((f) => `${f.code} ${f.cell ?? ''}`.trim());

test('shares in percent under "Cơ cấu nguồn vốn (%)" split each amount by source', () => {
  const t = check(MERGED, [
    ['1', 'Nâng cấp trung tâm dữ liệu tỉnh', '2027', 5000, 70, 30, null],
    ['2', 'Xây dựng cơ sở dữ liệu đất đai', '2027', 8000, 50, 50, null],
    ['3', 'Phần mềm quản lý văn bản', '2027', 1200, null, 100, null],
    ['', 'Tổng cộng', null, 14200, null, null, null],
  ]);
  expect(said(t)).toEqual([]);
  expect(t.columnInfo.filter((c) => c.role === 'sourceShare').map((c) => [c.col, c.source])).toEqual([[5, 'NSTW'], [6, 'NSĐP']]);
  // NSTW: 70% of 5.000 + 50% of 8.000 = 3.500 + 4.000; NSĐP: 1.500 + 4.000 + 1.200.
  expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '7500', 'NSĐP': '6700' });
});

test('shares typed as fractions (0,7 | 0,3, shown as 70% | 30%) are the same shares', () => {
  const t = check(MERGED, [['1', 'Nâng cấp trung tâm dữ liệu tỉnh', '2027', 5000, 0.7, 0.3, null]]);
  expect(said(t)).toEqual([]);
  expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '3500', 'NSĐP': '1500' });
});

test('shares that do not make the whole, and a row with none, are told at the share cells', () => {
  const t = check(MERGED, [
    // 70% + 20% of 5.000 is 4.500, 500 short of the amount.
    ['1', 'Nâng cấp trung tâm dữ liệu tỉnh', '2027', 5000, 70, 20, null],
    ['2', 'Xây dựng cơ sở dữ liệu đất đai', '2027', 8000, null, null, null],
  ]);
  expect(said(t)).toEqual(['SOURCE_SPLIT_MISMATCH E5', 'SOURCE_MISSING E6']);
  expect(t.findings.find((f) => f.code === 'SOURCE_SPLIT_MISMATCH')).toMatchObject({ expected: '5000', actual: '4500' });
});

test('"Tỷ lệ NSTW (%) | Tỷ lệ NSĐP (%)" on one header row', () => {
  const header = [['STT', 'Nhiệm vụ', 'Thời gian', 'Tổng kinh phí', 'Tỷ lệ NSTW (%)', 'Tỷ lệ NSĐP (%)']];
  const t = check(header, [['1', 'Nâng cấp trung tâm dữ liệu tỉnh', '2027', 2000, 60, 40]], []);
  expect(said(t)).toEqual([]);
  // 60% and 40% of 2.000.
  expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '1200', 'NSĐP': '800' });
});

test('money columns that state their share, and a disbursement rate, are no share columns', () => {
  const money = check([['STT', 'Nội dung', 'Thời gian', 'Tổng kinh phí', 'Ngân sách Trung ương (70%)', 'Ngân sách tỉnh đối ứng (30%)']], [
    ['1', 'Nâng cấp trung tâm dữ liệu tỉnh', '2027', 1000, 700, 300],
  ], []);
  expect(money.columnInfo.filter((c) => c.col >= 5).map((c) => [c.role, c.source, c.money])).toEqual([['source', 'NSTW', true], ['source', 'NSĐP', true]]);
  const rate = check([['STT', 'Tên dự án', 'Kế hoạch vốn năm 2026', 'Giải ngân đến 30/9/2026', 'Tỷ lệ giải ngân vốn NSTW (%)']], [
    ['1', 'Nâng cấp trung tâm dữ liệu tỉnh', 1000, 575, 57.5],
  ], []);
  expect(rate.columnInfo.find((c) => c.col === 5)?.role).not.toBe('sourceShare');
});

describe('"Cơ cấu nguồn vốn" without "%": the rows say whether it is money or shares', () => {
  // "Cơ cấu nguồn vốn" (the funding structure) stands over money as often as over percent. Before,
  // it was always read as percent, and "Địa phương" under it (or under "Nguồn vốn") as a place:
  // 1.000 | 1.500 | 500 of a 3.000 row became 1.000% of 3.000 for NSTW and a false
  // SOURCE_SPLIT_MISMATCH; under "Nguồn vốn", three false SOURCES_SUM_MISMATCH.
  const header = (group: string): CellValue[][] => [
    ['STT', 'Nội dung', 'Tổng kinh phí', group, null, null],
    [null, null, null, 'Trung ương', 'Địa phương', 'Khác'],
  ];
  const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3'];
  const money: CellValue[][] = [
    ['1', 'Nâng cấp hạ tầng mạng', 3000, 1000, 1500, 500],
    ['2', 'Phần mềm một cửa', 1500, 500, 1000, 0],
    [null, 'Tổng cộng', 4500, 1500, 2500, 500],
  ];
  it.each(['Cơ cấu nguồn vốn', 'Nguồn vốn'])('"%s / Trung ương | Địa phương | Khác" over amounts adding to the row: money by source', (group) => {
    const t = check(header(group), money, merges);
    expect(said(t)).toEqual([]);
    expect(t.columnInfo.filter((c) => c.role === 'source').map((c) => [c.col, c.source])).toEqual([[4, 'NSTW'], [5, 'NSĐP'], [6, 'Khác']]);
    // NSTW 1.000 + 500; NSĐP 1.500 + 1.000; Khác 500.
    expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '1500', 'NSĐP': '2500', 'Khác': '500' });
  });
  it('over figures adding to 100: shares of each row', () => {
    const t = check(header('Cơ cấu nguồn vốn'), [
      ['1', 'Nâng cấp hạ tầng mạng', 3000, 40, 50, 10],
      ['2', 'Phần mềm một cửa', 1500, 20, 80, 0],
      [null, 'Tổng cộng', 4500, null, null, null],
    ], merges);
    expect(said(t)).toEqual([]);
    // NSTW 40% of 3.000 + 20% of 1.500 = 1.200 + 300; NSĐP 1.500 + 1.200; Khác 300.
    expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '1500', 'NSĐP': '2700', 'Khác': '300' });
  });
});
