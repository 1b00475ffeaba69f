import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../src/xlsx/node';
import type { ReadOptions } from '../../src/xlsx/read';
import { XlsxError } from '../../src/xlsx/errors';
import { formulaAt, valueAt, boldAt } from '../../src/core/grid';
import { SMALL_PLAN, tempDir, writePlanWorkbook } from '../helpers/workbooks';

import { FIXTURE_II } from '../helpers/fixtures';

const tmp = tempDir();

async function readWorkbookGrids(file: string, options: ReadOptions = {}) {
  return (await readWorkbookFile(file, options)).grids;
}
afterAll(() => tmp.cleanup());

async function expectUsage(p: Promise<unknown>, pattern: RegExp): Promise<string> {
  let caught: unknown = null;
  await p.catch((e: unknown) => { caught = e; });
  expect(caught).toBeInstanceOf(XlsxError);
  const message = (caught as XlsxError).message;
  expect(message).toMatch(pattern);
  expect(message).not.toContain('\n');
  return message;
}

describe('the .xlsx reader: what the core sees', () => {
  it('reads the fixture: titles, header, bold sections, amounts as numbers', async () => {
    const [grid] = await readWorkbookGrids(FIXTURE_II);
    expect(grid.sheet).toBe('PL II');
    expect(valueAt(grid, 3, 1)).toBe('Đơn vị tính: Triệu đồng');
    expect(valueAt(grid, 5, 7)).toBe('Tổng mức đầu tư');
    expect(valueAt(grid, 87, 7)).toBe(189270.5);
    expect(boldAt(grid, 6, 1)).toBe(true);
    expect(boldAt(grid, 7, 1)).toBe(false);
  });

  it('reads Vietnamese text whole across the pieces a long part is decoded in', async () => {
    // The reader decodes a part 32 KiB at a time (package.ts): 3,000 names of two- and
    // three-byte letters make a shared-strings part of about 250 KB, so the cuts fall inside
    // letters. Every name must come back exactly as written.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('PL');
    const names: string[] = [];
    for (let i = 1; i <= 3000; i++) {
      names.push(`Nâng cấp hệ thống điều hành số ${i}: đường truyền, máy chủ, bảo đảm an toàn thông tin ư ơ ữ ỹ`);
      ws.getCell(i, 1).value = names[i - 1];
    }
    const file = tmp.file('long-vietnamese.xlsx');
    await wb.xlsx.writeFile(file);
    const [grid] = await readWorkbookGrids(file);
    const read = names.map((_, i) => valueAt(grid, i + 1, 1));
    expect(read).toEqual(names);
  });

  it('keeps formulas with "=" and their cached results, shared formulas expanded', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2;
    ws.getCell('B1').value = { formula: 'A1*10', result: 10, shareType: 'shared', ref: 'B1:B2' } as ExcelJS.CellFormulaValue;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 20 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('C1').value = { formula: 'SUM(A1:A2)', result: 3 };
    const file = tmp.file('formulas.xlsx');
    await wb.xlsx.writeFile(file);
    const [grid] = await readWorkbookGrids(file);
    expect(formulaAt(grid, 1, 3)).toBe('=SUM(A1:A2)');
    expect(valueAt(grid, 1, 3)).toBe(3);
    expect(formulaAt(grid, 1, 2)).toBe('=A1*10');
    expect(formulaAt(grid, 2, 2)).toBe('=A2*10');
    expect(valueAt(grid, 2, 2)).toBe(20);
    expect(formulaAt(grid, 1, 1)).toBeNull();
  });

  it('turns errors, rich text, hyperlinks and dates into the text a person sees', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = { formula: 'Z99/#REF!', result: { error: '#REF!' } };
    ws.getCell('A2').value = { richText: [{ text: '3.000 ', font: { bold: true } }, { text: '(600/năm)' }] };
    ws.getCell('A3').value = { text: 'Cổng DVC', hyperlink: 'https://dichvucong.gov.vn' };
    ws.getCell('A4').value = new Date(Date.UTC(2024, 2, 14));
    ws.getCell('A5').value = { error: '#N/A' };
    const file = tmp.file('kinds.xlsx');
    await wb.xlsx.writeFile(file);
    const [grid] = await readWorkbookGrids(file);
    expect(valueAt(grid, 1, 1)).toBe('#REF!');
    expect(formulaAt(grid, 1, 1)).toBe('=Z99/#REF!');
    expect(valueAt(grid, 2, 1)).toBe('3.000 (600/năm)');
    expect(valueAt(grid, 3, 1)).toBe('Cổng DVC');
    expect(valueAt(grid, 4, 1)).toBe('2024-03-14');
    expect(valueAt(grid, 5, 1)).toBe('#N/A');
  });

  it('reports merges (value only in the top-left cell), hidden rows and number formats', async () => {
    const file = tmp.file('merged.xlsx');
    const layout = await writePlanWorkbook(file, SMALL_PLAN.map((r, i) => (i === 2 ? { ...r, hidden: true } : r)), {
      merges: ['A1:F1'], amountFormat: '#,##0.0',
    });
    const [grid] = await readWorkbookGrids(file);
    expect(grid.merges).toEqual(['A1:F1']);
    expect(valueAt(grid, 1, 1)).toBe('Phụ lục IV');
    expect(valueAt(grid, 1, 2)).toBeNull();
    expect(grid.hiddenRows).toEqual([layout.rowOf[2]]);
    expect(grid.numberFormats?.[layout.rowOf[1] - grid.top][4]).toBe('#,##0.0');
  });

  it('builds the grid over real rows only, whatever the sheet dimension claims', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('B3').value = 'x';
    ws.getCell('C5').value = 5;
    // Formatting far down the sheet: no value, so no rows in the grid.
    ws.getCell('A1048576').numFmt = '0.00';
    ws.getRow(1048576).hidden = true;
    const file = tmp.file('tall.xlsx');
    await wb.xlsx.writeFile(file);
    const [grid] = await readWorkbookGrids(file);
    expect(grid.top).toBe(3);
    expect(grid.left).toBe(2);
    expect(grid.values.length).toBe(3);
    expect(valueAt(grid, 5, 3)).toBe(5);
  });

  it('reads one sheet with --sheet, forgiving case and spaces', async () => {
    const grids = await readWorkbookGrids(FIXTURE_II, { sheet: 'pl ii' });
    expect(grids.map((g) => g.sheet)).toEqual(['PL II']);
  });
});

describe('the .xlsx reader: unusable files get one clear line', () => {
  it('missing file', async () => {
    await expectUsage(readWorkbookGrids(tmp.file('nope.xlsx')), /nope\.xlsx.*not found/);
  });

  it('a directory', async () => {
    await expectUsage(readWorkbookGrids(tmp.dir), /is a directory/);
  });

  it('empty file', async () => {
    const f = tmp.file('empty.xlsx');
    fs.writeFileSync(f, '');
    await expectUsage(readWorkbookGrids(f), /empty\.xlsx.*empty/);
  });

  it('a text file renamed .xlsx', async () => {
    const f = tmp.file('notes.xlsx');
    fs.writeFileSync(f, 'STT;Tên;Tổng mức\n1;LGSP;18000\n');
    await expectUsage(readWorkbookGrids(f), /notes\.xlsx.*not an \.xlsx/);
  });

  it('wrong extension', async () => {
    const f = tmp.file('plan.csv');
    fs.writeFileSync(f, 'a,b\n');
    await expectUsage(readWorkbookGrids(f), /plan\.csv.*not an \.xlsx/);
  });

  it('a password-protected workbook (CFB container)', async () => {
    const f = tmp.file('locked.xlsx');
    const buf = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf, 0);
    Buffer.from('EncryptionInfo', 'utf16le').copy(buf, 1024);
    fs.writeFileSync(f, buf);
    await expectUsage(readWorkbookGrids(f), /locked\.xlsx.*mật khẩu.*password-protected.*remove the password/);
  });

  it('a bare CFB header is taken as password-protected too', async () => {
    const f = tmp.file('locked2.xlsx');
    fs.writeFileSync(f, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await expectUsage(readWorkbookGrids(f), /password-protected/);
  });

  it('a corrupt zip', async () => {
    const f = tmp.file('broken.xlsx');
    const good = fs.readFileSync(FIXTURE_II);
    fs.writeFileSync(f, good.subarray(0, Math.floor(good.length / 2)));
    await expectUsage(readWorkbookGrids(f), /broken\.xlsx.*corrupt/);
  });

  it('a sheet that does not exist lists the sheets', async () => {
    await expectUsage(readWorkbookGrids(FIXTURE_II, { sheet: 'PL IX' }), /no sheet named "PL IX".*"PL II"/);
  });

  it('an empty workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const f = tmp.file('blank.xlsx');
    await wb.xlsx.writeFile(f);
    await expectUsage(readWorkbookGrids(f), /blank\.xlsx.*empty/);
  });
});
