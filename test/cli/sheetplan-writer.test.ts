// The general SheetPlan writer: what any command's result sheet relies on.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { Decimal } from '../../src/core/decimal';
import type { SheetPlan } from '../../src/core/sheetplan';
import { renderSheetPlan, writeWorkbookAtomically } from '../../src/cli/sheetplan-writer';

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ngansach-writer-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

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

describe('renderSheetPlan', () => {
  it('writes values, formulas with cached results, formats, merges, freeze and print setup', async () => {
    const wb = new ExcelJS.Workbook();
    renderSheetPlan(wb, plan);
    const file = path.join(dir, 'plan.xlsx');
    await writeWorkbookAtomically(wb, file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const ws = back.getWorksheet('NS Kiểm tra')!;
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('B2').value).toBe(35388.5);
    expect(ws.getCell('B2').numFmt).toBe('#,##0.0');
    expect(ws.getCell('B3').value).toEqual({ formula: 'B2*2', result: 70777 });
    // Internal links are HYPERLINK formulas (ExcelJS's own hyperlink value breaks internal targets).
    expect((ws.getCell('A4').value as ExcelJS.CellFormulaValue).formula).toBe(`HYPERLINK("#'PL II'!F39","xem F39")`);
    expect(ws.getCell('A5').alignment).toMatchObject({ wrapText: true, horizontal: 'center' });
    expect(ws.getColumn('A').width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
  });
  it('replaces a sheet of the same name and leaves the others alone', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('PL II').getCell('A1').value = 'dữ liệu';
    renderSheetPlan(wb, plan);
    renderSheetPlan(wb, plan);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['PL II', 'NS Kiểm tra']);
    expect(wb.getWorksheet('PL II')!.getCell('A1').value).toBe('dữ liệu');
  });
});

describe('writeWorkbookAtomically', () => {
  it('a failed write leaves neither a file nor a temporary file', async () => {
    const wb = new ExcelJS.Workbook();
    renderSheetPlan(wb, plan);
    const target = path.join(dir, 'missing-folder', 'x.xlsx');
    await expect(writeWorkbookAtomically(wb, target)).rejects.toThrow();
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
  it('replaces an existing file whole', async () => {
    const target = path.join(dir, 'replace.xlsx');
    fs.writeFileSync(target, 'old');
    const wb = new ExcelJS.Workbook();
    renderSheetPlan(wb, plan);
    await writeWorkbookAtomically(wb, target);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(target);
    expect(back.getWorksheet('NS Kiểm tra')).toBeDefined();
  });
});
