// Money phased over runs of years ("Phân kỳ đầu tư / Giai đoạn 2026-2027 | Giai đoạn 2028-2030"),
// end to end through `ngansach check`, and the live formulas `--out` writes for an allocation
// made of several spreads (phases, and a year stated "of which" beside a five-year total), as
// LibreOffice recalculates them. Before, phase columns were read as nothing (no year at all, no
// check that they add up), and a stated year's formulas spread the whole amount evenly
// (=ROUNDDOWN(D4/3,3) = 2.000 where the year holds 3.000), so a recalculated summary moved.
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/grid';
import { describeWithLibreOffice, recalculate } from '../helpers/recalc';
import { writeSheets } from '../helpers/sheets';
import { tempDir } from '../helpers/workbooks';
import { run } from './run';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** "Phân kỳ đầu tư" merged over two phases (rows 3-4); items from row 5. */
function phasedPlan(items: CellValue[][]) {
  return {
    name: 'KH',
    rows: [
      ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026 - 2030'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nhiệm vụ', 'Tổng kinh phí', 'Phân kỳ đầu tư', null, 'Nguồn vốn'],
      [null, null, null, 'Giai đoạn 2026-2027', 'Giai đoạn 2028-2030', null],
      ...items,
    ],
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:F4'],
  };
}

const RIGHT: CellValue[][] = [
  ['1', 'Trung tâm dữ liệu tỉnh', 12000, 6000, 6000, 'NSĐP'],
  ['2', 'Nền tảng dữ liệu dùng chung', 10000, 10000, null, 'NSĐP'],
  ['3', 'Giám sát an toàn thông tin (SOC)', 3000, 1200, 1800, 'NSĐP'],
  ['', 'Tổng cộng', 25000, 17200, 7800, null],
];

interface Json {
  tables: {
    columns: { col: string; role: string; money: boolean; span?: { from: number; to: number } }[];
    sums: { kind: string; total: string | null; parts: string[] }[];
    rows: { row: number; allocation: Record<string, string>; allocationBasis: string }[];
    summary: { byYear: Record<string, string> };
    findings: { code: string; cell: string | null; severity: string; expected: string | null; actual: string | null }[];
  }[];
}

async function check(items: CellValue[][]): Promise<Json['tables'][number]> {
  const file = tmp.file(`phan-ky-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeSheets(file, [phasedPlan(items)]);
  const r = await run(['check', file, '--json']);
  expect(r.err).toBe('');
  return (JSON.parse(r.out) as Json).tables[0];
}

it('phase columns are money of their years: each phase spread over its own years', async () => {
  const t = await check(RIGHT);
  expect(t.findings.filter((f) => f.severity !== 'info' && f.code !== 'SECURITY_SHARE_LOW')).toEqual([]);
  expect(t.columns.filter((c) => c.span).map((c) => [c.col, c.money, c.span])).toEqual([['D', true, { from: 2026, to: 2027 }], ['E', true, { from: 2028, to: 2030 }]]);
  expect(t.sums).toContainEqual(expect.objectContaining({ kind: 'phases', total: 'C', parts: ['D', 'E'] }));
  // 6.000 over 2026-2027 is 3.000 a year, 6.000 over 2028-2030 is 2.000 a year (not 12.000 / 5).
  expect(t.rows.find((r) => r.row === 5)).toMatchObject({ allocation: { 2026: '3000', 2027: '3000', 2028: '2000', 2029: '2000', 2030: '2000' }, allocationBasis: 'even' });
  // 2026: 3.000 + 5.000 + 600; 2028: 2.000 + 600 (1.800 / 3).
  expect(t.summary.byYear).toEqual({ 2026: '8600', 2027: '8600', 2028: '2600', 2029: '2600', 2030: '2600' });
});

it('phases that do not add up to the total, and a phase column that misses its subtotal, are told', async () => {
  const t = await check([
    // 6.000 + 5.000 = 11.000 against 12.000.
    ['1', 'Trung tâm dữ liệu tỉnh', 12000, 6000, 5000, 'NSĐP'],
    ['2', 'Nền tảng dữ liệu dùng chung', 10000, 10000, null, 'NSĐP'],
    // 6.000 + 10.000 = 16.000 in the 2026-2027 column, not 17.000 (the total line's own phases,
    // 17.000 + 5.000, do make its 22.000).
    ['', 'Tổng cộng', 22000, 17000, 5000, null],
  ]);
  expect(t.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.cell}`).sort()).toEqual(['SUBTOTAL_MISMATCH@D7', 'YEARS_SUM_MISMATCH@C5']);
  expect(t.findings.find((f) => f.code === 'YEARS_SUM_MISMATCH' && f.cell === 'C5')).toMatchObject({ expected: '12000', actual: '11000' });
});

describeWithLibreOffice('--out: the formulas of an allocation made of several spreads recalculate to the figures the check states', () => {
  /** Every formula of the data sheet that is no link: LibreOffice's value against the one we cached. */
  async function data(file: string): Promise<{ wrong: string[]; formulas: Map<string, string> }> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const rec = await recalculate(file);
    const wrong: string[] = [];
    const formulas = new Map<string, string>();
    for (const name of ['NS Tổng hợp', 'NS Dữ liệu']) {
      (wb.getWorksheet(name) as ExcelJS.Worksheet).eachRow((row) => row.eachCell((cell) => {
        const v = cell.value as { formula?: string; result?: unknown } | null;
        if (!v || typeof v !== 'object' || !('formula' in v) || /^HYPERLINK\(/.test(v.formula ?? '')) return;
        if (name === 'NS Dữ liệu') formulas.set(cell.address, v.formula as string);
        const got = rec.get(name)?.get(cell.address) ?? 0;
        const want = typeof v.result === 'number' ? v.result : 0;
        if (typeof got !== 'number' || Math.abs(got - want) > 1e-9) wrong.push(`${name}!${cell.address} =${v.formula}: ${want} vs ${String(got)}`);
      }));
    }
    return { wrong, formulas };
  }

  /** The first item's year cells of "NS Dữ liệu" (2026-2030 are columns I..M, the item data row 2) after `check --out` on `sheet`, each formula recalculated by LibreOffice to what was cached. */
  async function firstItemYears(file: string, sheet: Parameters<typeof writeSheets>[1][number], years = ['I2', 'J2', 'K2', 'L2', 'M2']): Promise<(string | undefined)[]> {
    const input = tmp.file(file);
    await writeSheets(input, [sheet]);
    const out = tmp.file(file.replace(/\.xlsx$/, '-checked.xlsx'));
    expect((await run(['check', input, '--out', out])).err).toBe('');
    const { wrong, formulas } = await data(out);
    expect(wrong).toEqual([]);
    return years.map((a) => formulas.get(a));
  }

  it('phases: each year over its own phase cell', async () => {
    expect(await firstItemYears('phan-ky-out.xlsx', phasedPlan(RIGHT))).toEqual([
      "ROUNDDOWN('KH'!D5/2,3)", "'KH'!D5-I2", "ROUNDDOWN('KH'!E5/3,3)", "ROUNDDOWN('KH'!E5/3,3)", "'KH'!E5-SUM(K2:L2)",
    ]);
  });

  it('year columns and a phase past them: the years their cells, the phase\'s years over its cell', async () => {
    expect(await firstItemYears('nam-va-giai-doan.xlsx', {
      name: 'KH',
      rows: [
        ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026 - 2030'],
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nhiệm vụ', 'Thời gian', 'Tổng kinh phí', 'Phân kỳ', null, null, 'Nguồn vốn'],
        [null, null, null, null, 'Năm 2026', 'Năm 2027', 'Giai đoạn 2028-2030', null],
        // 3.000 in each of 2026 and 2027; 10.000 over 2028-2030: 3.333,333 twice and 3.333,334.
        ['1', 'Trung tâm dữ liệu tỉnh', '2026-2030', 16000, 3000, 3000, 10000, 'NSĐP'],
      ],
      merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3', 'H3:H4'],
    })).toEqual(["'KH'!E5", "'KH'!F5", "ROUNDDOWN('KH'!G5/3,3)", "ROUNDDOWN('KH'!G5/3,3)", "'KH'!G5-SUM(K2:L2)"]);
  });

  it('a year stated "of which" beside a five-year total: that year its cell, the other years what is left', async () => {
    expect(await firstItemYears('trong-do-nam.xlsx', {
      name: 'KH',
      rows: [
        ['KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2030'],
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Nhiệm vụ', 'Thời gian thực hiện', 'Tổng kinh phí giai đoạn 2026-2030', 'Trong đó: năm 2026', 'Nguồn vốn'],
        // 3.000 in 2026, (6.000 − 3.000) / 2 = 1.500 in each of 2027 and 2028.
        ['1', 'Xây dựng kho dữ liệu dùng chung', '2026-2028', 6000, 3000, 'NSĐP'],
        ['', 'Tổng cộng', '', 6000, 3000, ''],
      ],
    }, ['I2', 'J2', 'K2'])).toEqual(["'KH'!E4", "ROUNDDOWN(('KH'!D4-'KH'!E4)/2,3)", "('KH'!D4-'KH'!E4)-J2"]);
  });
});
