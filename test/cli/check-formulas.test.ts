// `ngansach check --json` on .xlsx files whose totals a spreadsheet computed: LibreOffice
// recalculates each file from its formulas alone (cached results stripped, helpers/recalc.ts), so
// what the total holds comes from a spreadsheet, not from us. And a hidden row, as the .xlsx
// reader finds it in the file.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { describeWithLibreOffice, calculatedCopy } from '../helpers/recalc';
import { PLAN_2026_HEAD, SheetSpec, writeSheets } from '../helpers/sheets';
import { tempDir } from '../helpers/workbooks';
import { run } from './run';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

interface Json {
  tables: {
    rows: { row: number; amount: string | null }[];
    summary: { total: string; statedTotal: string | null };
    findings: { code: string; cell: string | null; actual: string | null; related: string[]; message: string }[];
  }[];
}

/** The first table's JSON; `code` the exit code expected (1 when an error is found). */
async function check(file: string, code = 0): Promise<Json['tables'][number]> {
  const r = await run(['check', file, '--json']);
  expect([r.code, r.err]).toEqual([code, '']);
  return (JSON.parse(r.out) as Json).tables[0];
}

const SRC = 'NSĐP (chi thường xuyên)';

/** Sections I (1.000 + 500) and II (800), the total row 9, with the formulas given. */
function plan(formulas: Record<string, string>, hidden?: number[]): SheetSpec {
  return {
    name: 'KH',
    rows: [
      ...PLAN_2026_HEAD,
      ['I', 'Hạ tầng', null, null, null],
      ['1', 'Nâng cấp mạng nội bộ', '2026', 1000, SRC],
      ['2', 'Giám sát an toàn thông tin', '2026', 500, SRC],
      ['II', 'Ứng dụng', null, null, null],
      ['1', 'Phần mềm quản lý văn bản', '2026', 800, SRC],
      [null, 'Tổng cộng', null, null, null],
    ],
    bold: [4, 7, 9],
    formulas,
    ...(hidden ? { hidden } : {}),
  };
}

describeWithLibreOffice('a total that adds sections and their items, as LibreOffice computes it', () => {
  async function calculated(name: string, formulas: Record<string, string>, code: number) {
    const file = tmp.file(`${name}.xlsx`);
    await writeSheets(file, [plan(formulas)]);
    return check(await calculatedCopy(file, fs.mkdtempSync(tmp.file(`${name}-`))), code);
  }

  it('=SUM(D4:D8) over SUMs: the spreadsheet says 4.600 for items of 2.300, and we say why', async () => {
    const t = await calculated('hai-lan', { D4: 'SUM(D5:D6)', D7: 'SUM(D8)', D9: 'SUM(D4:D8)' }, 1);
    expect([t.summary.statedTotal, t.summary.total]).toEqual(['4600', '2300']);
    const f = t.findings.filter((x) => x.code === 'FORMULA_COUNTS_TWICE');
    expect(f.map((x) => [x.cell, x.actual, x.related])).toEqual([['D9', '2300', ['D4', 'D7', 'D5', 'D6', 'D8']]]);
  });

  it('=SUBTOTAL(109, …) over a hidden row: the spreadsheet leaves its 500 out (1.800), and we say that, not a wrong total', async () => {
    // Row 6 (500) hidden. SUBTOTAL(109) leaves hidden rows and nested SUBTOTALs out: section I is
    // 1.000, the total 1.000 + 800 = 1.800, as LibreOffice computes from the formulas. Before: two
    // SUBTOTAL_MISMATCH errors (1.000 for 1.500, 1.800 for 2.300) and a HIDDEN_ROWS saying the total
    // counted the row as SUM does.
    const file = tmp.file('subtotal-109.xlsx');
    await writeSheets(file, [plan({ D4: 'SUBTOTAL(109,D5:D6)', D7: 'SUBTOTAL(109,D8)', D9: 'SUBTOTAL(109,D4:D8)' }, [6])]);
    const t = await check(await calculatedCopy(file, fs.mkdtempSync(tmp.file('subtotal-109-'))), 0);
    expect([t.summary.statedTotal, t.summary.total]).toEqual(['1800', '2300']);
    expect(t.findings.filter((x) => x.code === 'SUBTOTAL_MISMATCH')).toEqual([]);
    const [hidden] = t.findings.filter((x) => x.code === 'HIDDEN_ROWS');
    expect([hidden.cell, hidden.actual]).toEqual(['D6', '500']);
    expect(hidden.message).toBe('1 dòng bị ẩn vẫn ghi số tiền (dòng 6; cộng 500 triệu đồng) nhưng công thức =SUBTOTAL(109,D4:D8) ở ô D9 bỏ qua dòng ẩn, nên số tổng ghi trong bảng không gồm các dòng này, còn tổng theo nguồn vốn và theo năm ở đây vẫn tính. Nếu đã bỏ các mục đó, xóa dòng; nếu còn, hiện dòng và dùng SUM.');
  });

  it('=SUBTOTAL(9,D4:D8) over SUBTOTALs: the spreadsheet says 2.300, and so do we, with nothing to say', async () => {
    const t = await calculated('subtotal', { D4: 'SUBTOTAL(9,D5:D6)', D7: 'SUBTOTAL(9,D8)', D9: 'SUBTOTAL(9,D4:D8)' }, 0);
    expect([t.summary.statedTotal, t.summary.total]).toEqual(['2300', '2300']);
    expect(t.findings.filter((x) => x.code === 'FORMULA_COUNTS_TWICE' || x.code === 'SUBTOTAL_MISMATCH')).toEqual([]);
  });
});

it('a hidden row holding money is named once, and still counted as SUM counts it', async () => {
  // Row 6 hidden: its 500 is in the section's 1.500 (=SUM(D5:D6) adds it) and the total's 2.300.
  const spec = plan({ D4: 'SUM(D5:D6)', D7: 'SUM(D8)', D9: 'D4+D7' }, [6]);
  spec.rows[3][3] = 1500;
  spec.rows[6][3] = 800;
  spec.rows[8][3] = 2300;
  const file = tmp.file('dong-an.xlsx');
  await writeSheets(file, [spec]);
  const t = await check(file);
  expect(t.findings.filter((x) => x.code === 'HIDDEN_ROWS').map((x) => [x.cell, x.actual])).toEqual([['D6', '500']]);
  expect(t.summary.total).toBe('2300');
  expect(t.findings.filter((x) => x.code === 'SUBTOTAL_MISMATCH')).toEqual([]);
});

it('a formula Excel could not calculate ("#REF!", "#DIV/0!") is said so, and "#DIV/0!" is no 0', async () => {
  // Written as Excel saves such cells: the formula, and its error as the result.
  const file = tmp.file('loi-cong-thuc.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KH');
  for (const r of plan({}).rows.slice(0, 3)) ws.addRow(r);
  ws.addRow(['1', 'Nâng cấp mạng nội bộ', '2026', 1500, SRC]);
  ws.addRow(['2', 'Phần mềm quản lý văn bản', '2026', null, SRC]);
  ws.addRow(['3', 'Giám sát an toàn thông tin', '2026', null, SRC]);
  ws.getCell('D5').value = { formula: "'PL cũ'!D9", result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('D6').value = { formula: 'D4/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  await wb.xlsx.writeFile(file);
  const t = await check(file, 1);
  const f = t.findings.filter((x) => x.code === 'AMOUNT_UNREADABLE');
  expect(f.map((x) => [x.cell, x.actual])).toEqual([['D5', '#REF!'], ['D6', '#DIV/0!']]);
  expect(f[1].message).toBe('Ô D6: công thức =D4/0 báo lỗi #DIV/0! của Excel, nên ô không có số tiền và không được cộng. Sửa công thức (ô tham chiếu đã xóa, phép chia cho 0, chữ trong phép tính…).');
  // Before, "#DIV/0!" was read as 0 (its digit): no finding on D6, and a SUM over it was said to skip "0 triệu đồng".
  expect(t.summary.total).toBe('1500');
});

it('a hidden money column (last year\'s figures kept out of sight) is not the amount: the visible one is', async () => {
  // Before: "Kinh phí năm 2026 (cũ)", hidden, was taken for the amount (1.200 in all) and the
  // visible "Kinh phí" (1.500) was a figure beside it. 1.000 + 500 = 1.500 as the total says.
  const spec: SheetSpec = {
    name: 'KH', hiddenCols: [4], bold: [6], rows: [
      ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nhiệm vụ', 'Thời gian', 'Kinh phí năm 2026 (cũ)', 'Kinh phí', 'Nguồn vốn'],
      ['1', 'Nâng cấp cổng thông tin điện tử', '2027', 800, 1000, SRC],
      ['2', 'Số hóa hồ sơ lưu trữ', '2027', 400, 500, SRC],
      ['', 'Tổng cộng', '', 1200, 1500, ''],
    ],
  };
  const file = tmp.file('cot-an.xlsx');
  await writeSheets(file, [spec]);
  const t = await check(file);
  expect(t.summary.total).toBe('1500');
  expect(t.rows.map((r) => r.amount)).toEqual(['1000', '500', '1500']);
  expect(t.findings.filter((x) => x.code.endsWith('MISMATCH'))).toEqual([]);
});

