// The estimate of a science and technology task, as its standard form lays it out: "Tổng kinh
// phí | Nguồn vốn / Ngân sách nhà nước / Tổng số | Trong đó, khoán chi theo quy định | Nguồn
// khác", rows the kinds of expense ("Nội dung các khoản chi"). Before: "no source column"
// (SOURCE_MISSING) and a security share asked of a task's expenses (SECURITY_SHARE_LOW), every
// amount "Chưa rõ" by source though the form splits each row between the budget and other money.
import type { CellValue, Grid } from '../../../src/core/grid';
import { checkOne, nonZero } from '../../helpers/grid';

function scienceTask(rows: CellValue[][], nameHeader = 'Nội dung các khoản chi'): Grid {
  const values: CellValue[][] = [
    ['DỰ TOÁN KINH PHÍ THỰC HIỆN NHIỆM VỤ KH&CN CẤP TỈNH', null, null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null, null],
    ['STT', nameHeader, 'Tổng kinh phí', 'Nguồn vốn', null, null],
    [null, null, null, 'Ngân sách nhà nước', null, 'Nguồn khác'],
    [null, null, null, 'Tổng số', 'Trong đó, khoán chi theo quy định', null],
    ...rows,
  ];
  return { sheet: 'DT', top: 1, left: 1, values, merges: ['A3:A5', 'B3:B5', 'C3:C5', 'D3:F3', 'D4:E4', 'F4:F5'] };
}

// 500 + 100 = 600; 200 + 0; 200 + 100 = 300; 100 + 0; totals 1.200 = 1.000 + 200.
const RIGHT: CellValue[][] = [
  ['1', 'Chi công lao động', 600, 500, 500, 100],
  ['2', 'Nguyên vật liệu, năng lượng', 200, 200, 0, 0],
  ['3', 'Thiết bị, máy móc', 300, 200, 0, 100],
  ['4', 'Chi khác', 100, 100, 50, 0],
  [null, 'Tổng cộng', 1200, 1000, 550, 200],
];

test('the budget\'s total and the other money are the row\'s two sources; nothing is asked that a plan is asked', () => {
  const t = checkOne(scienceTask(RIGHT));
  expect(t.columnInfo.filter((c) => c.role === 'source').map((c) => [c.col, c.source])).toEqual([[4, null], [6, 'Khác']]);
  expect(t.sums.map((s) => [s.kind, s.total, s.parts])).toEqual([['sources', 3, [4, 6]]]);
  expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  expect(t.findings.map((f) => f.code)).not.toContain('PROCEDURE_HINT');
  // Khác 100 + 100; the budget's 1.000, its level not said.
  expect(nonZero(t.summary.bySource)).toEqual({ 'Khác': '200', 'Chưa rõ': '1000' });
});

test('a row whose budget and other money miss its total is found', () => {
  const rows = RIGHT.map((r) => [...r]);
  rows[2][5] = 150; // 200 + 150 = 350, not 300
  rows[4][5] = 250;
  const t = checkOne(scienceTask(rows));
  expect(t.findings.filter((f) => f.code === 'SOURCES_SUM_MISMATCH').map((f) => f.cell)).toEqual(['C8', 'C10']);
});

test('"Ngân sách SNKH" beside "Nguồn khác" is the science budget: recurrent money', () => {
  const values: CellValue[][] = [
    ['DỰ TOÁN KINH PHÍ NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2026', null, null, null, null],
    ['STT', 'Khoản mục chi', 'Tổng kinh phí', 'Trong đó', null],
    [null, null, null, 'Ngân sách SNKH', 'Nguồn khác'],
    ['1', 'Thuê khoán chuyên môn', 600, 500, 100],
    ['2', 'Chi khác', 100, 100, 0],
  ];
  const t = checkOne({ sheet: 'DT', top: 1, left: 1, values, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2'] });
  expect(t.columnInfo.find((c) => c.col === 4)).toMatchObject({ role: 'source', source: null, type: 'CTX' });
  // CTX 500 + 100; the other money 100, of no type.
  expect(nonZero(t.summary.byType)).toEqual({ CTX: '600', 'Chưa rõ': '100' });
  expect(t.findings.map((f) => f.code)).not.toContain('PROCEDURE_HINT');
});

test('"Nội dung chi" under a task estimate\'s title: its expenses are asked no procedure; under a plan\'s title its tasks are', () => {
  // A science task's expenses of the science budget (CTX): "Nguyên vật liệu | 200" is no system to
  // set up under ND 73 Điều 51. Under a plan's title, the same header names tasks, and a recurrent
  // upgrade of 150 is asked its route (procurement, Điều 51 khoản 1 điểm d) as before.
  const grid = (title: string, name: string): Grid => ({
    sheet: 'DT', top: 1, left: 1, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2'], values: [
      [title, null, null, null, null],
      ['STT', 'Nội dung chi', 'Tổng kinh phí', 'Trong đó', null],
      [null, null, null, 'Ngân sách SNKH', 'Nguồn khác'],
      ['1', name, 150, 150, 0],
    ],
  });
  const hints = (t: ReturnType<typeof checkOne>) => t.findings.filter((f) => f.code === 'PROCEDURE_HINT').map((f) => f.cell);
  expect(hints(checkOne(grid('DỰ TOÁN KINH PHÍ NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2026', 'Nguyên vật liệu, năng lượng')))).toEqual([]);
  expect(hints(checkOne(grid('KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026', 'Nâng cấp phần mềm quản lý đề tài')))).toEqual(['C4']);
});
