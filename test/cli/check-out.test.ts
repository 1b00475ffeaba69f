// `check --out`: a copy of the workbook with the result sheets added. The user's sheets must come
// out exactly as they went in, the input file must not change, and every formula we write must
// compute, in a real spreadsheet engine, the figure the core computed.
import * as crypto from 'crypto';
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { describeWithLibreOffice, recalculate } from '../helpers/recalc';
import type { Recalculated } from '../helpers/recalc';
import { SMALL_PLAN, tempDir, writePlanWorkbook } from '../helpers/workbooks';
import type { PlanRow } from '../helpers/workbooks';
import { FIXTURE_II, run } from './run';

const RESULT_SHEETS = ['NS Kiểm tra', 'NS Tổng hợp', 'NS Dữ liệu'];
const tmp = tempDir();
afterAll(() => tmp.cleanup());

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every non-empty cell of a sheet: address → value and formula as ExcelJS reads them. */
function snapshot(ws: ExcelJS.Worksheet): Map<string, string> {
  const cells = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells.set(cell.address, JSON.stringify({ v: cell.value, f: cell.formula ?? null, fmt: cell.numFmt ?? null, b: cell.font?.bold ?? false }));
    });
  });
  return cells;
}

type Cached = number | string | boolean | null;

/** Formula cells of a sheet with the cached result we wrote. */
function formulaCells(ws: ExcelJS.Worksheet): Map<string, { formula: string; cached: Cached }> {
  const out = new Map<string, { formula: string; cached: Cached }>();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as { formula?: string; result?: unknown } | null;
      if (v && typeof v === 'object' && typeof v.formula === 'string') {
        const r = v.result;
        out.set(cell.address, { formula: v.formula, cached: typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean' ? r : null });
      }
    });
  });
  return out;
}

// ExcelJS reads a formula's cached 0 back as "no result"; LibreOffice's 0 comes back the same way.
function same(a: Cached | undefined, b: Cached | undefined): boolean {
  const na = a === null || a === undefined ? 0 : a;
  const nb = b === null || b === undefined ? 0 : b;
  if (typeof na === 'number' && typeof nb === 'number') return Math.abs(na - nb) < 1e-6;
  return na === nb;
}

/** The value in column B next to the label in column A of "NS Tổng hợp" (first match). */
function summaryFigure(ws: ExcelJS.Worksheet, label: string, rec?: Recalculated): Cached {
  let found: string | null = null;
  ws.eachRow((row, rn) => {
    if (found === null && String(row.getCell(1).value ?? '') === label) found = `B${rn}`;
  });
  if (found === null) throw new Error(`no row "${label}" in ${ws.name}`);
  if (rec) return rec.get(ws.name)?.get(found) ?? null;
  const v = ws.getCell(found).value as { result?: Cached } | Cached;
  return v && typeof v === 'object' ? (v.result ?? null) : v;
}

describe('check --out: the copy', () => {
  let out: string;
  let inputHash: string;
  beforeAll(async () => {
    out = tmp.file('pl2-checked.xlsx');
    inputHash = sha(FIXTURE_II);
    const r = await run(['check', FIXTURE_II, '--out', out]);
    expect(r.err).toBe('');
    expect([0, 1]).toContain(r.code);
    expect(r.out).toContain('pl2-checked.xlsx');
  });

  it('leaves the input file byte for byte as it was', () => {
    expect(sha(FIXTURE_II)).toBe(inputHash);
  });

  it('adds the result sheets after the user’s, and keeps every user cell', async () => {
    const [before, after] = await Promise.all([load(FIXTURE_II), load(out)]);
    expect(after.worksheets.map((w) => w.name)).toEqual(['PL II', ...RESULT_SHEETS]);
    expect(snapshot(after.getWorksheet('PL II') as ExcelJS.Worksheet)).toEqual(snapshot(before.getWorksheet('PL II') as ExcelJS.Worksheet));
  });

  it('the summary carries the plan’s known figures', async () => {
    const ws = (await load(out)).getWorksheet('NS Tổng hợp') as ExcelJS.Worksheet;
    expect(summaryFigure(ws, 'Tổng cộng các mục (tính lại)')).toBe(189270.5);
    expect(summaryFigure(ws, 'Tổng cộng ghi trong bảng')).toBe(189270.5);
    expect(summaryFigure(ws, 'NSĐP')).toBe(180354.5);
    expect(summaryFigure(ws, 'NSTW')).toBe(8916);
  });

  it('re-running on the copy replaces the result sheets and nothing else', async () => {
    const again = tmp.file('pl2-again.xlsx');
    const r = await run(['check', out, '--out', again]);
    expect(r.err).toBe('');
    const [first, second] = await Promise.all([load(out), load(again)]);
    expect(second.worksheets.map((w) => w.name)).toEqual(['PL II', ...RESULT_SHEETS]);
    expect(snapshot(second.getWorksheet('PL II') as ExcelJS.Worksheet)).toEqual(snapshot(first.getWorksheet('PL II') as ExcelJS.Worksheet));
    // Our own sheets were not read as budget tables.
    expect(r.out.match(/^Bảng \d+:/gm)).toHaveLength(1);
  });
});

describeWithLibreOffice('check --out: LibreOffice recalculates every formula to the core’s figure', () => {
  async function checkAll(file: string): Promise<{ rec: Recalculated; wb: ExcelJS.Workbook }> {
    const wb = await load(file);
    const rec = await recalculate(file);
    let count = 0;
    const wrong: string[] = [];
    for (const name of RESULT_SHEETS) {
      const got = rec.get(name);
      for (const [address, { formula, cached }] of formulaCells(wb.getWorksheet(name) as ExcelJS.Worksheet)) {
        count++;
        const value = got?.get(address);
        if (!same(cached, value)) wrong.push(`${name}!${address} =${formula}: wrote ${String(cached)}, LibreOffice ${String(value)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(count).toBeGreaterThan(20);
    return { rec, wb };
  }

  it('the PL II fixture', async () => {
    const out = tmp.file('pl2-lo.xlsx');
    await run(['check', FIXTURE_II, '--out', out]);
    const { rec, wb } = await checkAll(out);
    const ws = wb.getWorksheet('NS Tổng hợp') as ExcelJS.Worksheet;
    expect(summaryFigure(ws, 'Tổng cộng các mục (tính lại)', rec)).toBe(189270.5);
    expect(summaryFigure(ws, 'NSĐP', rec)).toBe(180354.5);
    expect(summaryFigure(ws, 'NSTW', rec)).toBe(8916);
  });

  it('a plan with SUM subtotals, even spreads, yearly rates and split sources — and the totals stay live', async () => {
    const rows: PlanRow[] = [
      ...SMALL_PLAN.slice(0, 7).map((r) => (r.stt === 'I' || r.stt === 'II' ? { ...r, amount: undefined } : r)),
      { stt: '3', name: 'Hệ thống họp trực tuyến', time: '2022-2024', amount: 1000.3, source: '- NSĐP: 400; - Khác (XHH): 600,3' },
      { name: 'Tổng cộng (I + II):' },
    ];
    const input = tmp.file('live.xlsx');
    const layout = await writePlanWorkbook(input, rows, { sumFormulas: true });
    const out = tmp.file('live-checked.xlsx');
    const r = await run(['check', input, '--out', out]);
    expect(r.err).toBe('');
    const { rec, wb } = await checkAll(out);
    const ws = wb.getWorksheet('NS Tổng hợp') as ExcelJS.Worksheet;
    // Hand-computed: 6.500 + 2.000,5 + 1.000,3 = 9.500,8; Khác = 600,3.
    expect(summaryFigure(ws, 'Tổng cộng các mục (tính lại)', rec)).toBeCloseTo(9500.8, 6);
    expect(summaryFigure(ws, 'Khác', rec)).toBeCloseTo(600.3, 6);

    // Live: raise "Cổng dịch vụ công" (2.500, one year, NSĐP) by 1.000 in the user's sheet.
    const plan = wb.getWorksheet(layout.sheet) as ExcelJS.Worksheet;
    plan.getCell(layout.amountCell(2)).value = 3500;
    const edited = tmp.file('live-edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const rec2 = await recalculate(edited);
    expect(summaryFigure(ws, 'Tổng cộng các mục (tính lại)', rec2)).toBeCloseTo(10500.8, 6);
    expect(summaryFigure(ws, 'NSĐP', rec2)).toBeCloseTo(8300 + 400, 6);
  });
});
