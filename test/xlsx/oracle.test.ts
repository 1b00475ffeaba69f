// The fast reader must give exactly the Grids of the ExcelJS path (workbookGrids), or null.
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbookGridsFast } from '../../src/cli/fast-xlsx-reader';
import { slideFormula } from '../../src/cli/fast-xlsx/sheet';
import { loadWorkbook, workbookGrids } from '../../src/cli/xlsx-reader';
import type { ReadOptions } from '../../src/cli/xlsx-reader';
import type { Grid } from '../../src/core/grid';
import { FIXTURES_DIR } from '../helpers/fixtures';
import { SMALL_PLAN, addPlanSheet, largePlanRows, tempDir, writePlanWorkbook } from '../helpers/workbooks';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = FIXTURES_DIR;
const EXAMPLES = path.join(ROOT, 'examples');

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function xlsxIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(dir, f));
}

async function viaExcelJS(file: string, options: ReadOptions = {}): Promise<Grid[]> {
  return workbookGrids(await loadWorkbook(file), file, options);
}

/** The fast Grids equal the ExcelJS Grids (and the fast reader did not step aside). */
async function expectSame(file: string, options: ReadOptions = {}): Promise<Grid[]> {
  const slow = await viaExcelJS(file, options);
  const fast = readWorkbookGridsFast(file, options);
  expect(fast).not.toBeNull();
  expect(fast).toEqual(slow);
  return slow;
}

async function write(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const file = tmp.file(name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('fast reader = ExcelJS reader, real workbooks', () => {
  const files = [...xlsxIn(FIXTURES), ...xlsxIn(EXAMPLES)];
  it('has fixtures to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });
  for (const file of files) {
    it(path.relative(path.join(ROOT, '..'), file), async () => {
      await expectSame(file);
    });
  }
  it('--sheet and skip lists choose the same sheets', async () => {
    const file = path.join(FIXTURES, 'ke-hoach-2016-2020-phu-luc-ii.xlsx');
    await expectSame(file, { sheet: 'pl ii' });
    await expectSame(file, { skip: ['PL II'] });
  });
});

describe('fast reader = ExcelJS reader, generated workbooks', () => {
  it('a plan with SUM formulas, hidden rows, merges and a number format', async () => {
    const file = tmp.file('plan.xlsx');
    await writePlanWorkbook(file, SMALL_PLAN.map((r, i) => (i === 2 ? { ...r, hidden: true } : { ...r, amount: undefined })), {
      sumFormulas: true, merges: ['A1:F1', 'A2:F2'], amountFormat: '#,##0.0',
    });
    await expectSame(file);
  });

  it('a table off the corner, and several sheets', async () => {
    const wb = new ExcelJS.Workbook();
    addPlanSheet(wb, SMALL_PLAN, { sheet: 'A', firstColumn: 3, gapRows: 4 });
    addPlanSheet(wb, largePlanRows(300, 50), { sheet: 'B', sumFormulas: true });
    wb.addWorksheet('Trống');
    addPlanSheet(wb, SMALL_PLAN, { sheet: 'C', titles: [], unitLine: null, merges: ['B3:B4'] });
    const file = await write(wb, 'multi.xlsx');
    await expectSame(file);
    await expectSame(file, { sheet: 'b' });
    await expectSame(file, { skip: ['A', 'C'] });
  });

  it('shared formulas (master and followers), array formulas, formula strings and errors', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    for (let r = 1; r <= 6; r++) {
      ws.getCell(r, 1).value = r;
      ws.getCell(r, 2).value = r * 2;
    }
    ws.getCell('C1').value = { formula: 'A1*10+$B$1+B$2+SUM(A1:B1)', result: 10, shareType: 'shared', ref: 'C1:C6' } as ExcelJS.CellFormulaValue;
    for (let r = 2; r <= 6; r++) ws.getCell(r, 3).value = { sharedFormula: 'C1', result: r * 10 } as ExcelJS.CellSharedFormulaValue;
    ws.fillFormula('D1:D4', 'A1+1', [2, 3, 4, 5]);
    ws.getCell('E1').value = { formula: 'Z99/#REF!', result: { error: '#REF!' } };
    ws.getCell('E2').value = { formula: 'A1&"x<y"', result: 'x<y & "q"' };
    ws.getCell('E3').value = { formula: 'A1-A1', result: 0 };
    ws.getCell('E4').value = { formula: 'A1>0', result: true };
    ws.getCell('E5').value = { formula: 'NOW()' };
    ws.getCell('E6').value = { error: '#DIV/0!' };
    ws.getCell('F1').value = { formula: 'TRANSPOSE(A1:A2)', result: 1, shareType: 'array', ref: 'F1:G1' } as ExcelJS.CellFormulaValue;
    ws.getCell('H1').value = { formula: 'Sheet2!A1+\'My sheet\'!B2', result: 4 };
    await expectSame(await write(wb, 'shared.xlsx'));
  });

  it('rich text, booleans, dates, numbers with formats, empty strings, escapes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kiểu & loại');
    ws.getCell('A1').value = { richText: [{ text: '3.000 ', font: { bold: true } }, { text: '(600/năm)' }] };
    ws.getCell('A2').value = true;
    ws.getCell('A3').value = false;
    ws.getCell('A4').value = new Date(Date.UTC(2024, 2, 14));
    ws.getCell('A5').value = new Date(Date.UTC(2024, 2, 14, 9, 30, 15));
    ws.getCell('A6').value = 1234.5;
    ws.getCell('A6').numFmt = '#,##0.00 "triệu"';
    ws.getCell('A7').value = 0.25;
    ws.getCell('A7').numFmt = '0%';
    ws.getCell('A8').value = 45000;
    ws.getCell('A8').numFmt = 'dd/mm/yyyy';
    ws.getCell('A9').value = '';
    ws.getCell('A10').value = '  a <b> & "c" \'d\' _x0041_ \r\n line';
    ws.getCell('A11').value = { richText: [{ text: '' }] };
    ws.getCell('B2').value = 'bold';
    ws.getCell('B2').font = { bold: true, italic: true };
    ws.getCell('B3').font = { bold: true }; // style, no value
    ws.getCell('B4').value = -0.000001;
    ws.getCell('B5').value = 1e21;
    ws.getCell('C12').numFmt = '0.0'; // style only, beyond the values
    await expectSame(await write(wb, 'kinds.xlsx'));
  });

  it('merges: values only in the top-left cell, boxes cut to the rows with values', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('M');
    ws.getCell('B2').value = 'tiêu đề';
    ws.getCell('B2').font = { bold: true };
    ws.mergeCells('B2:E3');
    ws.getCell('A5').value = 1;
    ws.getCell('A6').value = 2;
    ws.mergeCells('C5:C9');
    ws.getCell('C5').value = 'dọc';
    ws.mergeCells('G1:H1'); // an empty merge outside the values' columns
    ws.getRow(6).hidden = true;
    ws.getRow(20).hidden = true;
    await expectSame(await write(wb, 'merges.xlsx'));
  });

  it('a 2,000-row plan', async () => {
    const file = tmp.file('large.xlsx');
    await writePlanWorkbook(file, largePlanRows(2000), { sumFormulas: true, amountFormat: '#,##0' });
    await expectSame(file);
  });
});

describe('fast reader = ExcelJS reader, XML written by hand', () => {
  it('bare and s="0" cells, t="d", t="str" entities, NaN numbers, zero results, lost shared masters, inline and rich strings', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Q');
    ws.getCell('A1').value = 'x';
    ws.getCell('A2').value = 'bold';
    ws.getCell('A2').font = { bold: true };
    ws.getCell('A3').value = 5;
    ws.getCell('A3').numFmt = 'yyyy-mm-dd';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const sheetFile = zip.file('xl/worksheets/sheet1.xml');
    const sstFile = zip.file('xl/sharedStrings.xml');
    if (!sheetFile || !sstFile) throw new Error('ExcelJS wrote no sheet or shared strings');
    const rows = [
      '<row r="4"><c r="A4"/><c r="B4" s="0"/><c r="C4" s="0"><v>7</v></c><c r="D4" t="d"><v>2024-03-14</v></c></row>',
      '<row r="5" hidden="true"><c r="A5" t="str"><v>a &amp;lt; b&#10;c</v></c><c r="B5"><v>abc</v></c><c r="C5"><f>A1*0</f><v>0</v></c><c r="D5" s="3"><f>A3</f><v>0</v></c></row>',
      '<row r="6"><c r="A6"><f t="shared" si="7"/><v>3</v></c><c r="B6"><f t="shared" ref="B6:B7" si="7">A6+$A$1+C1</f><v>4</v></c></row>',
      '<row r="7" hidden="1"><c r="B7"><f t="shared" si="7"/><v>0</v></c><c r="C7" t="s"><v>2</v></c><c r="D7" t="s"><v>3</v></c>' +
        '<c r="E7" t="inlineStr"><is><t>in &amp; line</t></is></c><c r="F7" t="inlineStr"><is><r><t>ri</t></r><r><rPr><b/></rPr><t>ch_x0041_</t></r></is></c></row>',
      '<row r="8"><c r="A8" t="b"><v>0</v></c><c r="B8" t="e"><v>#N/A</v></c><c r="C8" t="s"><v>4</v></c></row>',
    ].join('');
    zip.file('xl/worksheets/sheet1.xml', (await sheetFile.async('string')).replace('</sheetData>', `${rows}</sheetData>`));
    zip.file('xl/sharedStrings.xml', (await sstFile.async('string')).replace('</sst>', '<si/><si><t></t></si><si><r><t>a</t></r><r><t>b_x000D_</t></r></si></sst>'));
    const file = tmp.file('quirks.xlsx');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    await expectSame(file);

    // A shared string index past the table: ExcelJS fails to load it, the fast reader steps aside.
    zip.file('xl/worksheets/sheet1.xml', (await sheetFile.async('string')).replace('</sheetData>', '<row r="9"><c r="A9" t="s"><v>99</v></c></row></sheetData>'));
    const bad = tmp.file('bad-index.xlsx');
    fs.writeFileSync(bad, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(readWorkbookGridsFast(bad)).toBeNull();
  });
});

describe('slideFormula as ExcelJS slides shared formulas', () => {
  it('moves relative references, keeps absolute ones, names and functions', () => {
    expect(slideFormula('A1*10+$B$1+B$2+$C3+SUM(A1:B1)+Sheet1!A1', 'C1', 'D3')).toBe('B3*10+$B$1+C$2+$C5+SUM(B3:C3)+Sheet1!B3');
    expect(slideFormula('LOG10(X1)', 'A1', 'A2')).toBe('LOG10(X2)');
  });
});

describe('LibreOffice round trip', () => {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  const have = soffice.status === 0;
  if (!have) {
    if (process.env.CI === 'true') {
      it('needs soffice on CI', () => {
        throw new Error('soffice (LibreOffice) is not installed');
      });
    } else {
      console.warn('SKIPPING the LibreOffice round-trip tests: soffice is not installed');
      it.skip('LibreOffice round trip (soffice missing)', () => undefined);
    }
    return;
  }
  const convert = (file: string): string => {
    const out = tmp.file(`lo-${path.basename(file, '.xlsx')}`);
    fs.mkdirSync(out, { recursive: true });
    const profile = `file://${tmp.file('lo-profile')}`;
    const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, file], { encoding: 'utf8', timeout: 120000 });
    const result = path.join(out, path.basename(file));
    if (r.status !== 0 || !fs.existsSync(result)) throw new Error(`soffice failed: ${r.stderr || r.stdout}`);
    return result;
  };
  it('a fixture written again by LibreOffice', async () => {
    await expectSame(convert(path.join(FIXTURES, 'ke-hoach-2016-2020-phu-luc-ii.xlsx')));
  }, 180000);
  it('a generated plan with formulas, merges and hidden rows written again by LibreOffice', async () => {
    const file = tmp.file('plan-lo.xlsx');
    await writePlanWorkbook(file, SMALL_PLAN.map((r, i) => (i === 2 ? { ...r, hidden: true } : { ...r, amount: undefined })), {
      sumFormulas: true, merges: ['A1:F1'], amountFormat: '#,##0.0',
    });
    await expectSame(convert(file));
  }, 180000);
});

describe('the fast reader steps aside (null) rather than guess', () => {
  it('hyperlinks', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = { text: 'Cổng DVC', hyperlink: 'https://dichvucong.gov.vn' };
    expect(readWorkbookGridsFast(await write(wb, 'link.xlsx'))).toBeNull();
  });

  it('files the ExcelJS path must word an error for', async () => {
    const f = tmp.file('notes.xlsx');
    fs.writeFileSync(f, 'STT;Tên\n');
    expect(readWorkbookGridsFast(f)).toBeNull();
    expect(readWorkbookGridsFast(tmp.file('missing.xlsx'))).toBeNull();
    expect(readWorkbookGridsFast(tmp.dir)).toBeNull();
    const csv = tmp.file('plan.csv');
    fs.writeFileSync(csv, 'a,b\n');
    expect(readWorkbookGridsFast(csv)).toBeNull();
    const fixture = path.join(FIXTURES, 'ke-hoach-2016-2020-phu-luc-ii.xlsx');
    const broken = tmp.file('broken.xlsx');
    const good = fs.readFileSync(fixture);
    fs.writeFileSync(broken, good.subarray(0, Math.floor(good.length / 2)));
    expect(readWorkbookGridsFast(broken)).toBeNull();
    expect(readWorkbookGridsFast(fixture, { sheet: 'PL IX' })).toBeNull();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    expect(readWorkbookGridsFast(await write(wb, 'blank.xlsx'))).toBeNull();
  });
});
