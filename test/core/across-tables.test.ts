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

test('together still short of 10 %, they are told once, with the share of both: 100 of 2.100, 4,8 %', () => {
  const [plan, security] = checkWorkbook('kh.xlsx', [grid('PL I', PLAN), grid('PL II', SECURITY(100))], defaultSettings()).tables;
  const [f] = plan.findings.filter((x) => x.code === 'SECURITY_SHARE_LOW');
  // Before: the plan's table was told its own "0 triệu đồng (0%) trên tổng 2.000". Ranges: header on
  // row 3, the plan's items on rows 4-5, the appendix's on row 4.
  expect([f.actual, f.expected]).toEqual(['100', '210']);
  expect(f.message).toBe('Chi an toàn thông tin mạng của 2 bảng cùng giai đoạn (PL I!A3:E5; PL II!A3:E4) là 100 triệu đồng (4,8%) trên tổng 2.100 triệu đồng, thấp hơn mức tối thiểu 10%.');
  expect(security.findings.filter((x) => x.code === 'SECURITY_SHARE_LOW')).toEqual([]);
});

test('a summary whose rows are the appendices ("Phụ lục I: …") is neither counted with them nor asked a source column', () => {
  const summary = grid('Tổng hợp', [
    ['TỔNG HỢP KINH PHÍ KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', null, null],
    ['Đơn vị tính: triệu đồng', null, null],
    ['STT', 'Nội dung', 'Kinh phí'],
    ['1', 'Phụ lục I: Ứng dụng CNTT', 2000],
    ['2', 'Phụ lục II: An toàn thông tin', 300],
    [null, 'Tổng cộng', 2300],
  ]);
  const tables = checkWorkbook('kh.xlsx', [summary, grid('PL I', PLAN), grid('PL II', SECURITY(300))], defaultSettings()).tables;
  // Counted with them, 300 of 2.300 + 2.300 would be 6,5 %; the appendices alone are 13,0 %.
  expect(lows(tables)).toEqual([0, 0, 0]);
  expect(tables[0].findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
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
