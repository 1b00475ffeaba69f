// A plan that puts its security tasks in an appendix of its own, on the same sheet or another:
// the security share (Chỉ thị 14/CT-TTg, 10 % by default) is that of the plan's tables together.
// Figures by hand: 300 of 800 + 1.200 + 300 = 2.300 is 13,0 %; 100 of 2.100 is 4,8 %.
import { checkGrid, checkWorkbook, defaultSettings } from '../../src/core/check';
import type { CellValue, Grid } from '../../src/core/grid';

function appendix(title: string, items: [string, number][]): CellValue[][] {
  return [
    [title, null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null],
    ['STT', 'Tên nhiệm vụ', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
    ...items.map(([name, amount], i) => [String(i + 1), name, '2026', amount, 'NSĐP'] as CellValue[]),
    [null, null, null, null, null],
  ];
}
const PLAN = appendix('PHỤ LỤC I: DANH MỤC NHIỆM VỤ ỨNG DỤNG CNTT NĂM 2026', [['Nâng cấp cổng thông tin điện tử', 800], ['Số hóa hồ sơ lưu trữ', 1200]]);
const SECURITY = (amount: number) => appendix('PHỤ LỤC II: DANH MỤC NHIỆM VỤ BẢO ĐẢM AN TOÀN THÔNG TIN NĂM 2026', [['Giám sát an toàn thông tin (SOC)', amount]]);
const grid = (sheet: string, values: CellValue[][]): Grid => ({ sheet, top: 1, left: 1, values });
const lows = (tables: { findings: { code: string }[] }[]) => tables.map((t) => t.findings.filter((f) => f.code === 'SECURITY_SHARE_LOW').length);

test('the plan and its security appendix on one sheet: 300 of 2.300 meets 10 %, neither table is told otherwise', () => {
  const tables = checkGrid(grid('KH', [...PLAN, ...SECURITY(300)]), defaultSettings());
  expect(tables.map((t) => t.summary.total.toFixed())).toEqual(['2000', '300']);
  expect(lows(tables)).toEqual([0, 0]);
});

test('on two sheets of one workbook the same; with 100 of 2.100 the plan\'s own table is still told', () => {
  expect(lows(checkWorkbook('kh.xlsx', [grid('PL I', PLAN), grid('PL II', SECURITY(300))], defaultSettings()).tables)).toEqual([0, 0]);
  expect(lows(checkWorkbook('kh.xlsx', [grid('PL I', PLAN), grid('PL II', SECURITY(100))], defaultSettings()).tables)).toEqual([1, 0]);
});

test('the plan\'s table alone keeps its finding (the appendix may be in another file)', () => {
  expect(lows(checkGrid(grid('KH', PLAN), defaultSettings()))).toEqual([1]);
});

test('"TỔNG CỘNG (PHỤ LỤC I + PHỤ LỤC II)" under the second table is the sheet\'s total, held to both tables', () => {
  const sheet = (stated: number) => grid('KH', [...PLAN, ...SECURITY(300), [null, 'TỔNG CỘNG (PHỤ LỤC I + PHỤ LỤC II)', null, stated, null]]);
  // 800 + 1.200 = 2.000 and 300: 2.300. Before, the row was taken for the second table's total (300 ≠ 2.300).
  const right = checkGrid(sheet(2300), defaultSettings());
  expect(right.map((t) => [t.summary.total.toFixed(), t.summary.statedTotal?.toFixed() ?? null])).toEqual([['2000', null], ['300', null]]);
  expect(right.flatMap((t) => t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH'))).toEqual([]);
  expect(right[1].rows.map((r) => r.name)).toEqual(['Giám sát an toàn thông tin (SOC)']);
  // 2.400 written (sheet row 12: two appendices of 6 and 5 rows above it): 100 more than the tables.
  const wrong = checkGrid(sheet(2400), defaultSettings()).flatMap((t) => t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH'));
  expect(wrong.map((f) => [f.cell, f.expected, f.actual])).toEqual([['D12', '2300', '2400']]);
  expect(wrong[0].message).toContain('tổng cộng các bảng ghi 2.400 triệu đồng nhưng 2 bảng trên trang tính cộng lại được 2.300 triệu đồng');
});
