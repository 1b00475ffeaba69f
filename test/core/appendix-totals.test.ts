// A summary sheet whose rows are the plan's appendices ("Phụ lục I: Hạ tầng kỹ thuật | 1.900") states
// each appendix's total again, often typed by hand. Before, a summary left behind when an appendix
// changed passed without a word. By hand: Phụ lục I's items are 1.500 + 300 = 1.800, Phụ lục II's
// 500 + 700 = 1.200; a summary row of 1.900 for Phụ lục I is 100 over.
import { checkWorkbook, defaultSettings } from '../../src/core/check';
import type { CellValue, Grid } from '../../src/core/grid';
import { consolidate, consolidationToJSON } from '../../src/core/consolidate';

const grid = (sheet: string, values: CellValue[][]): Grid => ({ sheet, top: 1, left: 1, values });
const appendix = (title: string, items: [string, number, string][], total: number): CellValue[][] => [
  [title],
  ['Đơn vị tính: triệu đồng'],
  ['STT', 'Nội dung', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
  ...items.map(([name, amount, source], i) => [String(i + 1), name, '2027', amount, source] as CellValue[]),
  [null, 'Tổng cộng', null, total, null],
];
const PL1 = appendix('PHỤ LỤC I: HẠ TẦNG KỸ THUẬT NĂM 2027', [['Mua sắm máy chủ', 1500, 'NSĐP'], ['Giám sát an toàn thông tin', 300, 'NSĐP']], 1800);
const PL2 = appendix('PHỤ LỤC II: ỨNG DỤNG CNTT NĂM 2027', [['Nâng cấp cổng thông tin điện tử', 500, 'NSTW'], ['Phần mềm quản lý văn bản', 700, 'NSĐP']], 1200);
const summary = (first: number, second: string) => grid('Tong hop', [
  ['TỔNG HỢP KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027'],
  ['Đơn vị tính: triệu đồng'],
  ['STT', 'Nội dung', 'Kinh phí'],
  ['1', 'Phụ lục I: Hạ tầng kỹ thuật', first],
  ['2', second, 1200],
  [null, 'Tổng cộng', first + 1200],
]);
const findingsOf = (g: Grid, pl1 = grid('PL I', PL1), pl2 = grid('PL II', PL2)) =>
  checkWorkbook('kh.xlsx', [g, pl1, pl2], defaultSettings()).tables[0].findings.map((f) => `${f.code}@${f.cell}`);

it('holds each summary row to the appendix it names, found by its title', () => {
  const tables = checkWorkbook('kh.xlsx', [summary(1900, 'Phụ lục II: Ứng dụng'), grid('PL I', PL1), grid('PL II', PL2)], defaultSettings()).tables;
  const said = tables[0].findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH');
  expect(said.map((f) => [f.cell, f.expected, f.actual])).toEqual([['C4', '1800', '1900']]);
  expect(said[0].message).toBe('Ô C4: dòng "Phụ lục I: Hạ tầng kỹ thuật" ghi 1.900 triệu đồng nhưng tổng của phụ lục đó (PL I!A3:E6) là 1.800 triệu đồng (lệch 100). Sửa cho khớp, hoặc lấy số bằng công thức dẫn tới ô tổng của phụ lục.');
});

it('finds the appendix by its sheet\'s name and however its number is written ("PL 2", "Phụ lục 02")', () => {
  const untitled = PL2.map((r, i) => (i === 0 ? ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027'] : r));
  expect(findingsOf(summary(1800, 'Phụ lục 02: Ứng dụng'), grid('PL I', PL1), grid('PL 2', untitled))).toEqual([]);
  const off = PL2.map((r, i) => (i === 0 ? ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027'] : i === 5 ? [null, 'Tổng cộng', null, 1300, null] : i === 4 ? ['2', 'Phần mềm quản lý văn bản', '2027', 800, 'NSĐP'] : r));
  expect(findingsOf(summary(1800, 'Phụ lục 02: Ứng dụng'), grid('PL I', PL1), grid('PL 2', off))).toEqual(['SUBTOTAL_MISMATCH@C5']);
});

it('says nothing when the rows agree, or when two tables could be the appendix named', () => {
  expect(findingsOf(summary(1800, 'Phụ lục II: Ứng dụng'))).toEqual([]);
  // Both sheets titled "Phụ lục I": which one the row means is not known, so it is not judged.
  expect(findingsOf(summary(1900, 'Phụ lục II: Ứng dụng'), grid('PL I', PL1), grid('PL I (2)', PL1))).toEqual([]);
});

describe('a summary row that names its appendix at its end ("Kế hoạch ứng dụng (Phụ lục II)")', () => {
  const tablesOf = (second: string, third = 1200) => checkWorkbook('kh.xlsx', [grid('Tong hop', [
    ['TỔNG HỢP KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Kinh phí'],
    ['1', 'Hạ tầng kỹ thuật (Phụ lục I)', 1800],
    ['2', second, third],
    [null, 'Tổng cộng', 1800 + third],
  ]), grid('PL I', PL1), grid('PL II', PL2)], defaultSettings()).tables;

  test.each(['Ứng dụng CNTT (Phụ lục II)', 'Ứng dụng CNTT (chi tiết tại Phụ lục II)', 'Ứng dụng CNTT (Xem PL 02)'])('%j is held to that appendix', (name) => {
    // Phụ lục II: 500 + 700 = 1.200; the row says 1.300. Before, a name that did not start with
    // the appendix named none: nothing was said, and the summary was asked for a source column.
    const said = tablesOf(name, 1300)[0].findings.filter((f) => f.severity !== 'info');
    expect(said.map((f) => [f.code, f.cell, f.expected, f.actual])).toEqual([['SUBTOTAL_MISMATCH', 'C5', '1200', '1300']]);
    expect(tablesOf(name)[0].findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('a bracket that is no appendix leaves the row a task', () => {
    const t = tablesOf('Ứng dụng CNTT (giai đoạn 2)')[0];
    expect(t.findings.map((f) => f.code)).not.toContain('SUBTOTAL_MISMATCH');
  });

  test('consolidating the workbook counts the appendices once, not the summary again', () => {
    // PL I 1.800 + PL II 1.200 = 3.000 (before: 6.000, the summary's 3.000 added to them).
    const r = consolidate([{ file: 'kh.xlsx', tables: tablesOf('Ứng dụng CNTT (Phụ lục II)') }], { unit: null, provinces: null, lang: 'vi' });
    expect(consolidationToJSON(r).total.total).toBe('3000');
  });

  test('a summary naming an appendix the workbook lacks is counted: its money is nowhere else', () => {
    const tables = checkWorkbook('kh.xlsx', [grid('Tong hop', [
      ['TỔNG HỢP KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kinh phí'],
      ['1', 'Hạ tầng kỹ thuật (Phụ lục I)', 1800],
      ['2', 'Ứng dụng CNTT (Phụ lục III)', 900],
      [null, 'Tổng cộng', 2700],
    ]), grid('PL I', PL1)], defaultSettings()).tables;
    // The summary's 2.700 and Phụ lục I's 1.800: Phụ lục III is not in the file.
    const r = consolidate([{ file: 'kh.xlsx', tables }], { unit: null, provinces: null, lang: 'vi' });
    expect(consolidationToJSON(r).total.total).toBe('4500');
  });
});
