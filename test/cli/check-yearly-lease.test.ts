// A lease's money a year beside investments, in columns of their own: "Kinh phí đầu tư | Kinh phí
// thuê hằng năm". Before, the yearly figure was added to the investments as if paid once (a plan
// of 2026-2027 came to 4.700 where it is 6.400, its 2027 to 850 where it is 1.700); with a total
// column, a total holding the lease for each year was a false SOURCES_SUM_MISMATCH; in a survey
// (no years) the rate was added to one-off money (9.700), and a rate written "600/năm" was left
// out of the total without a word. Figures by hand in each test.
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/grid';
import { describeWithLibreOffice, recalculate } from '../helpers/recalc';
import { writeSheets } from '../helpers/sheets';
import { tempDir } from '../helpers/workbooks';
import { checkedCopy, run } from './run';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

interface Json {
  tables: {
    rows: { row: number; kind: string; amount: string | null; amountPer: string; allocation: Record<string, string> }[];
    summary: { total: string; statedTotal: string | null; byYear: Record<string, string>; ratesWithoutYears?: { year: string | null; month: string | null; cells: string[] } };
    findings: { code: string; cell: string | null; severity: string; expected: string | null; actual: string | null }[];
  }[];
}

type Sheet = Parameters<typeof writeSheets>[1][number];

async function json(sheet: Sheet): Promise<Json['tables'][number]> {
  const file = tmp.file(`thue-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeSheets(file, [sheet]);
  const r = await run(['check', file, '--json']);
  expect(r.err).toBe('');
  return (JSON.parse(r.out) as Json).tables[0];
}

const said = (t: Json['tables'][number]): string[] =>
  t.findings.filter((f) => f.severity !== 'info' && f.code !== 'SECURITY_SHARE_LOW').map((f) => `${f.code}@${f.cell}`).sort();

/** A plan of 2026-2027 with no total column; sections and the total line state each column's sum. */
const PLAN: Sheet = {
  name: 'KH',
  rows: [
    ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026 - 2027'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Tên nhiệm vụ', 'Thời gian thực hiện', 'Kinh phí đầu tư', 'Kinh phí thuê hằng năm', 'Nguồn vốn'],
    ['I', 'Hạ tầng', null, 3000, 1700, null],
    ['1', 'Nâng cấp cổng dịch vụ công', '2026', 3000, null, 'NSĐP'],
    ['2', 'Thuê hệ thống quản lý văn bản', '2026-2027', null, 600, 'NSĐP'],
    ['3', 'Thuê trung tâm dữ liệu', 'Hàng năm', null, 1100, 'NSĐP'],
    ['II', 'Ứng dụng', null, 2000, 400, null],
    ['1', 'Phần mềm một cửa (đầu tư và thuê máy chủ)', '2026-2027', 2000, 400, 'NSĐP'],
    [null, 'Tổng cộng', null, 5000, 2100, null],
  ],
  bold: [4, 8, 10],
};

it('a plan: a lease a year is paid in each year of its time, beside the investments', async () => {
  const t = await json(PLAN);
  // Row 6: 600 in 2026 and 2027; row 7 ("Hàng năm" in a plan of 2026-2027): 1.100 in each;
  // row 9: 2.000 invested and 400 a year for two years = 2.800, spread 1.400 a year.
  expect(t.rows.filter((r) => r.kind === 'item').map((r) => [r.row, r.amount, r.amountPer, r.allocation])).toEqual([
    [5, '3000', 'total', { 2026: '3000' }],
    [6, '600', 'year', { 2026: '600', 2027: '600' }],
    [7, '1100', 'year', { 2026: '1100', 2027: '1100' }],
    [9, '2800', 'total', { 2026: '1400', 2027: '1400' }],
  ]);
  // 3.000 + 1.200 + 2.200 + 2.800 = 9.200; 2026: 3.000 + 600 + 1.100 + 1.400 = 6.100; 2027: 3.100.
  expect(t.summary.total).toBe('9200');
  expect(t.summary.byYear).toEqual({ 2026: '6100', 2027: '3100' });
  // The total line adds a year's lease to the investments (5.000 + 2.100): no total of the plan to hold 9.200 to.
  expect(t.summary.statedTotal).toBeNull();
  // Each column still adds up under its sections (3.000 | 1.700, 2.000 | 400, 5.000 | 2.100).
  expect(said(t)).toEqual([]);
});

it('beside a total column: a total holding the lease for each year is right; one that is not is told', async () => {
  const sheet = (second: number): Sheet => ({
    name: 'KH',
    rows: [
      ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026 - 2027'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tên nhiệm vụ', 'Thời gian thực hiện', 'Tổng kinh phí', 'Trong đó', null, 'Nguồn vốn'],
      [null, null, null, null, 'Kinh phí đầu tư', 'Kinh phí thuê hằng năm', null],
      ['1', 'Nâng cấp cổng dịch vụ công', '2026', 3000, 3000, null, 'NSĐP'],
      ['2', 'Thuê hệ thống quản lý văn bản', '2026-2027', second, null, 600, 'NSĐP'],
      ['3', 'Phần mềm một cửa', '2026-2027', 2800, 2000, 400, 'NSĐP'],
    ],
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4'],
  });
  // 600 a year over two years is 1.200; 2.000 + 2 × 400 = 2.800.
  const right = await json(sheet(1200));
  expect(said(right)).toEqual([]);
  expect(right.summary.total).toBe('7000');
  // 1.500 is neither 600 × 2 nor 600.
  const wrong = await json(sheet(1500));
  expect(said(wrong)).toEqual(['SOURCES_SUM_MISMATCH@D6']);
});

const SURVEY: Sheet = {
  name: 'Khảo sát',
  rows: [
    ['BIỂU KHẢO SÁT HIỆN TRẠNG HỆ THỐNG THÔNG TIN'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Tỉnh/thành phố', 'Tên hệ thống', 'Kinh phí đầu tư', 'Kinh phí thuê hằng năm', 'Ghi chú'],
    ['1', 'An Giang', 'Cổng dịch vụ công', 3000, 200, null],
    [null, null, 'Hệ thống quản lý văn bản', null, 600, null],
    ['2', 'Bắc Ninh', 'Cổng dịch vụ công', 5000, null, null],
  ],
};

it('a survey (no years): the investments are the total, the money a year is said apart', async () => {
  const t = await json(SURVEY);
  // 3.000 + 5.000 invested; 200 + 600 a year, for years nobody states.
  expect(t.summary.total).toBe('8000');
  expect(t.summary.ratesWithoutYears).toEqual({ year: '800', month: null, cells: ['E4', 'E5'] });
  expect(said(t)).toEqual([]);
  const file = tmp.file('khao-sat-thue.xlsx');
  await writeSheets(file, [SURVEY]);
  const vi = await run(['check', file]);
  expect(vi.out).toContain('  Tổng cộng các mục: 8.000\n  Chưa cộng vào tổng (không rõ số năm): 800 triệu đồng/năm (E4, E5)\n');
  const en = await run(['check', file, '--lang', 'en']);
  expect(en.out).toContain('  Not in the total (years not known): 800 triệu đồng a year (E4, E5)\n');
});

it('a rate written in the amount cell ("600/năm") of a survey is said apart too, not dropped without a word', async () => {
  const t = await json({
    name: 'Khảo sát',
    rows: [
      ['BIỂU KHẢO SÁT HIỆN TRẠNG HỆ THỐNG THÔNG TIN'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tỉnh/thành phố', 'Tên hệ thống', 'Hình thức (Tự đầu tư/Thuê)', 'Kinh phí'],
      ['1', 'An Giang', 'Cổng dịch vụ công', 'Tự đầu tư', 3000],
      [null, null, 'Hệ thống quản lý văn bản', 'Thuê VNPT', '600/năm'],
      [null, null, 'Hệ thống hội nghị truyền hình', 'Thuê Viettel', '50/tháng'],
    ],
  });
  expect(t.summary.total).toBe('3000');
  expect(t.summary.ratesWithoutYears).toEqual({ year: '600', month: '50', cells: ['E5', 'E6'] });
});

describeWithLibreOffice('--out: the lease a year is live over its cell, and recalculates to the figures the check states', () => {
  it('rate rows refer to their yearly cell in each year; a row that also invests to both, the rate times its years', async () => {
    const { out, workbook: wb } = await checkedCopy(tmp.file('thue-hang-nam.xlsx'), [PLAN]);
    const rec = await recalculate(out);
    const data = wb.getWorksheet('NS Dữ liệu') as ExcelJS.Worksheet;
    const formula = (a: string): string | undefined => (data.getCell(a).value as { formula?: string } | null)?.formula;
    // Data rows 2-5 are sheet rows 5, 6, 7, 9; 2026 and 2027 are columns I and J.
    expect([formula('I3'), formula('J3'), formula('I4'), formula('J4')]).toEqual(["'KH'!E6", "'KH'!E6", "'KH'!E7", "'KH'!E7"]);
    expect([formula('I5'), formula('J5')]).toEqual(["ROUNDDOWN(SUM('KH'!D9,2*'KH'!E9)/2,3)", "SUM('KH'!D9,2*'KH'!E9)-I5"]);
    // LibreOffice's figures: the items' totals 3.000, 1.200, 2.200, 2.800, and 9.200 in "NS Tổng hợp".
    const got = (sheet: string, a: string): CellValue | undefined => rec.get(sheet)?.get(a) as CellValue | undefined;
    expect(['H2', 'H3', 'H4', 'H5'].map((a) => got('NS Dữ liệu', a))).toEqual([3000, 1200, 2200, 2800]);
    const summary = wb.getWorksheet('NS Tổng hợp') as ExcelJS.Worksheet;
    let grand: string | null = null;
    summary.eachRow((row, n) => { if (row.getCell(1).value === 'Tổng cộng các mục (tính lại)') grand = `B${n}`; });
    expect(grand).not.toBeNull();
    expect(got('NS Tổng hợp', grand as unknown as string)).toBe(9200);
    // The total line (row 10: 5.000 | 2.100) is no total of the plan, and is not called missing either.
    const stated: string[] = [];
    summary.eachRow((row) => { if (row.getCell(1).value === 'Tổng cộng ghi trong bảng') stated.push(String(row.getCell(3).value)); });
    expect(stated).toEqual(['dòng tổng cộng (dòng 10) không ghi một số tổng của bảng (để trống, không đọc được, hoặc có tiền tính theo năm)']);
  });

  it('a survey\'s "NS Tổng hợp" says the money a year it leaves out', async () => {
    const { workbook: wb } = await checkedCopy(tmp.file('khao-sat-thue-out.xlsx'), [SURVEY]);
    const texts: string[] = [];
    (wb.getWorksheet('NS Tổng hợp') as ExcelJS.Worksheet).eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts).toContain('Chưa cộng vào tổng (không rõ số năm): 800 triệu đồng/năm (E4, E5)');
  });
});
