// The package writer on its own: a SheetPlan rendered as sheet XML (values, formulas with their
// cached results, formats, merges, freeze, print setup), read back by ExcelJS as an independent
// reader; only what Excel can hold; and the copy written atomically.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { Decimal } from '../../src/core/decimal';
import type { SheetPlan } from '../../src/core/sheetplan';
import { XlsxError } from '../../src/xlsx/errors';
import { readWorkbookFile } from '../../src/xlsx/node';
import { describeWriteError, writeAtomically, writeNewWorkbook } from '../../src/xlsx/write';
import { tempDir } from '../helpers/workbooks';

const tmp = tempDir('ngansach-writer-');
afterAll(() => tmp.cleanup());

const plan: SheetPlan = {
  name: 'NS Kiểm tra',
  cells: [
    { address: 'A1', value: 'Tiêu đề', bold: true, fill: 'D9E1F2' },
    { address: 'B2', value: new Decimal('35388.5'), numberFormat: '#,##0.0' },
    { address: 'B3', formula: 'B2*2', value: new Decimal('70777') },
    { address: 'A4', value: 'xem F39', link: "'PL II'!F39" },
    { address: 'A5', value: 'dòng dài', wrap: true, italic: true, align: 'center' },
  ],
  columnWidths: { A: 40 },
  merges: ['A1:C1'],
  freeze: { rows: 1, cols: 1 },
  landscape: true,
};


async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('a SheetPlan as sheet XML', () => {
  it('values, formulas with cached results, formats, merges, freeze and print setup', async () => {
    const file = tmp.file('plan.xlsx');
    await writeNewWorkbook(file, [plan]);
    const ws = (await load(file)).getWorksheet('NS Kiểm tra') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').value).toBe('Tiêu đề');
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('B2').value).toBe(35388.5);
    expect(ws.getCell('B2').numFmt).toBe('#,##0.0');
    expect(ws.getCell('B3').value).toEqual({ formula: 'B2*2', result: 70777 });
    // Internal links are HYPERLINK formulas: Excel, LibreOffice and Office.js all follow them.
    expect((ws.getCell('A4').value as ExcelJS.CellFormulaValue).formula).toBe(`HYPERLINK("#'PL II'!F39","xem F39")`);
    expect(ws.getCell('A4').font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
    expect(ws.getCell('A5').alignment).toMatchObject({ wrapText: true, horizontal: 'center' });
    expect(ws.getCell('A5').font.italic).toBe(true);
    expect(ws.getColumn('A').width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
  });

  it('the one reader reads back what was written', async () => {
    const file = tmp.file('plan-back.xlsx');
    await writeNewWorkbook(file, [plan]);
    // Read by the marker: our own sheet, but the only one, so it is read.
    const [grid] = (await readWorkbookFile(file)).grids;
    expect(grid.values[0][0]).toBe('Tiêu đề');
    expect(grid.values[1][1]).toBe(35388.5);
    expect(grid.formulas?.[2][1]).toBe('=B2*2');
    expect(grid.values[2][1]).toBe(70777);
    expect(grid.bold?.[0][0]).toBe(true);
    expect(grid.merges).toEqual(['A1:C1']);
  });

  it('cells in any order, a later cell at the same address winning; texts with markup and control characters', async () => {
    const file = tmp.file('order.xlsx');
    await writeNewWorkbook(file, [{
      name: 'S',
      cells: [
        { address: 'B2', value: 'second' },
        { address: 'A1', value: 'a < b & "c" _x0041_ \u0001 end' },
        { address: 'B2', value: 'last' },
        { address: 'A2', value: true },
        { address: 'C1', formula: 'A1&"!"', value: 'x' },
      ],
    }]);
    const ws = (await load(file)).getWorksheet('S') as ExcelJS.Worksheet;
    // _x0001_ is how Excel writes a character XML cannot carry; ExcelJS leaves such escapes as they are.
    const [grid] = (await readWorkbookFile(file)).grids;
    expect(grid.values[0][0]).toBe('a < b & "c" _x0041_ \u0001 end');
    expect(ws.getCell('B2').value).toBe('last');
    expect(ws.getCell('A2').value).toBe(true);
    expect(ws.getCell('C1').value).toEqual({ formula: 'A1&"!"', result: 'x' });
  });
});

describe('only what an Excel cell can hold', () => {
  it('a text over 32,767 characters is cut with a marker; an infinite number becomes #NUM!; both are said', async () => {
    const file = tmp.file('limits.xlsx');
    const long = 'x'.repeat(40000);
    const report = await writeNewWorkbook(file, [{
      name: 'S',
      cells: [
        { address: 'A1', value: long },
        { address: 'A2', value: Infinity },
        { address: 'A3', value: NaN },
        { address: 'A4', formula: 'A2*2', value: new Decimal('1e400') },
        { address: 'A5', value: 7 },
      ],
    }]);
    const ws = (await load(file)).getWorksheet('S') as ExcelJS.Worksheet;
    const a1 = ws.getCell('A1').value as string;
    expect(a1.length).toBe(32767);
    expect(a1.endsWith('[cắt bớt / cut]')).toBe(true);
    expect(ws.getCell('A2').value).toEqual({ error: '#NUM!' });
    expect(ws.getCell('A3').value).toEqual({ error: '#NUM!' });
    expect(ws.getCell('A5').value).toBe(7);
    const xml = fs.readFileSync(file);
    expect(xml.includes('Infinity')).toBe(false);
    expect(xml.includes('NaN')).toBe(false);
    expect(report.notes.join('\n')).toMatch(/1 ô dài hơn 32\.767 ký tự.*A1/);
    expect(report.notes.join('\n')).toMatch(/3 ô có số không ghi được.*#NUM!.*A2/);
  });
});

describe('written atomically', () => {
  it('a failed write leaves neither a file nor a temporary file, and says why in one line', async () => {
    const target = tmp.file('missing-folder/x.xlsx');
    await expect(writeNewWorkbook(target, [plan])).rejects.toThrow(XlsxError);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(tmp.dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('an error while filling removes the temporary file', async () => {
    const target = tmp.file('fails.xlsx');
    await expect(writeAtomically(target, (sink) => {
      sink.write(new Uint8Array(10));
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(fs.readdirSync(tmp.dir).filter((f) => f.startsWith('.fails'))).toEqual([]);
  });

  it('replaces an existing file whole', async () => {
    const target = tmp.file('replace.xlsx');
    fs.writeFileSync(target, 'old');
    await writeNewWorkbook(target, [plan]);
    expect((await load(target)).getWorksheet('NS Kiểm tra')).toBeDefined();
  });

  it('a full disk, a read-only disk, no permission: one line each, not an internal error', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(describeWriteError(err('ENOSPC'), 'out.xlsx')?.message).toMatch(/out\.xlsx: không đủ chỗ trên đĩa.*no space left/);
    expect(describeWriteError(err('EROFS'), 'out.xlsx')?.message).toMatch(/read-only/);
    expect(describeWriteError(err('EACCES'), 'out.xlsx')?.message).toMatch(/permission denied/);
    expect(describeWriteError(new Error('other'), 'out.xlsx')).toBeNull();
  });
});
