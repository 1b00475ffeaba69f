// Years split by spending type with no source column ("Năm 2026 / Vốn ĐTPT | Vốn SN"), the source
// in words ("NSĐP"). Before, the type columns were years and nothing more: totals by type were all
// "Chưa rõ" and "NS Dữ liệu" wrote a one-type row's years as constants. Figures by hand: item 1
// ĐTPT 1.000 + 1.500 = 2.500, CTX 200 + 300 = 500; item 2 CTX 400 + 400 = 800. By type ĐTPT 2.500,
// CTX 1.300; by year 2026 1.000 + 200 + 400 = 1.600, 2027 1.500 + 300 + 400 = 2.200.
import ExcelJS from 'exceljs';
import { writeSheets } from '../helpers/sheets';
import { tempDir } from '../helpers/workbooks';
import { checkedCopy, run } from './run';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const SHEET = {
  name: 'KH',
  rows: [
    ['KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2027'],
    ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', 'Tổng kinh phí', 'Năm 2026', null, 'Năm 2027', null, 'Nguồn vốn'],
    [null, null, null, 'Vốn ĐTPT', 'Vốn SN', 'Vốn ĐTPT', 'Vốn SN', null],
    ['1', 'Nền tảng tích hợp dữ liệu', 3000, 1000, 200, 1500, 300, 'NSĐP'],
    ['2', 'Giám sát an toàn thông tin', 800, null, 400, null, 400, 'NSĐP'],
    [null, 'Tổng cộng', 3800, 1000, 600, 1500, 700, null],
  ],
  merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:G3', 'H3:H4'],
};

it('totals by type come from the year × type cells, the source from the words', async () => {
  const file = tmp.file('nam-loai-chi.xlsx');
  await writeSheets(file, [SHEET]);
  const r = await run(['check', file, '--json']);
  expect(r.err).toBe('');
  const t = JSON.parse(r.out).tables[0];
  expect(t.summary.byType).toEqual({ 'ĐTPT': '2500', CTX: '1300', 'Chưa rõ': '0' });
  expect(t.summary.bySource['NSĐP']).toBe('3800');
  expect(t.summary.byYear).toEqual({ 2026: '1600', 2027: '2200' });
  expect(t.rows.find((x: { row: number }) => x.row === 5).sources.map((s: { code: string; type: string; amount: string }) => [s.code, s.type, s.amount]))
    .toEqual([['NSĐP', 'ĐTPT', '2500'], ['NSĐP', 'CTX', '500']]);
  expect(t.findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
});

it('"NS Dữ liệu" refers each year of each type to its own cell, a row of one type too', async () => {
  const { workbook: wb } = await checkedCopy(tmp.file('nam-loai-chi-in.xlsx'), [SHEET]);
  const data = wb.getWorksheet('NS Dữ liệu') as ExcelJS.Worksheet;
  const formula = (a: string): string | undefined => (data.getCell(a).value as { formula?: string } | null)?.formula;
  // Data rows: 2 item 1 ĐTPT, 3 item 1 CTX, 4 item 2 CTX; 2026 and 2027 are columns I and J.
  expect(['G2', 'G3', 'G4'].map((a) => data.getCell(a).value)).toEqual(['ĐTPT', 'CTX', 'CTX']);
  expect(['I2', 'J2', 'I3', 'J3', 'I4', 'J4'].map(formula)).toEqual(["'KH'!D5", "'KH'!F5", "'KH'!E5", "'KH'!G5", "'KH'!E6", "'KH'!G6"]);
});
