// `consolidate --out`: a new workbook of live formulas. LibreOffice recalculates it (cached
// results stripped first) and every formula must give what we wrote, and the key figures must be
// the JSON's of the same run.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import type { ConsolidateJSON } from '../../src/core/consolidate';
import { describeWithLibreOffice, recalculate } from '../helpers/recalc';
import type { Recalculated } from '../helpers/recalc';
import { tempDir } from '../helpers/workbooks';
import { UnitFiles, writeUnitFiles } from './consolidate-workbooks';
import { run } from './run';

const tmp = tempDir();
let u: UnitFiles;
let out: string;
let json: ConsolidateJSON;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  u = await writeUnitFiles(tmp.dir);
  out = tmp.file('tong-hop.xlsx');
  const r = await run(['consolidate', u.anGiang, u.kienGiang, u.nhieuTinh, u.caMauForm, u.bacLieuForm, '--provinces', '2025', '--json', '--out', out]);
  expect(r.code).toBe(0);
  json = JSON.parse(r.out) as ConsolidateJSON;
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
});
afterAll(() => tmp.cleanup());

/** Sheet row whose column A holds `label` (the first such row at or below `from`). */
function rowOf(ws: ExcelJS.Worksheet, label: string, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) if (ws.getCell(`A${r}`).value === label) return r;
  throw new Error(`no "${label}" in ${ws.name}`);
}

describe('the consolidated workbook', () => {
  it('has the summary, the systems and a sheet per unit', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['NS Tổng hợp', 'NS Hệ thống', 'An Giang', 'Cà Mau']);
  });

  it('names each row’s source file and cell as text', () => {
    const ws = wb.getWorksheet('An Giang') as ExcelJS.Worksheet;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string') texts.push(c.value); }));
    expect(texts).toContain(`${u.anGiang} › PL IV!${u.lgspCells[0]}`);
    expect(texts).toContain(`${u.kienGiang} › PL IV!${u.lgspCells[1]}`);
  });

  it('writes live formulas, not numbers, for every total', () => {
    const ws = wb.getWorksheet('NS Tổng hợp') as ExcelJS.Worksheet;
    const f = ws.getCell(`C${rowOf(ws, 'An Giang')}`).formula;
    expect(f).toMatch(/^SUMIFS\('An Giang'!\$I\$4:\$I\$\d+,'An Giang'!\$G\$4:\$G\$\d+,"NSTW"\)$/);
  });
});

describeWithLibreOffice('consolidate --out recalculated in LibreOffice', () => {
  let rec: Recalculated;
  beforeAll(async () => {
    rec = await recalculate(out);
  }, 180000);

  it('every formula computes the figure we wrote', () => {
    const wrong: string[] = [];
    let n = 0;
    wb.eachSheet((ws) => {
      ws.eachRow((row) => row.eachCell((cell) => {
        const v = cell.value as { formula?: string; result?: unknown } | null;
        if (!v || typeof v !== 'object' || typeof v.formula !== 'string') return;
        n++;
        const cached = typeof v.result === 'number' ? v.result : 0;
        const got = rec.get(ws.name)?.get(cell.address);
        const value = typeof got === 'number' ? got : got === null || got === undefined ? 0 : NaN;
        if (Math.abs(value - cached) > 1e-6) wrong.push(`${ws.name}!${cell.address} =${v.formula}: wrote ${cached}, LibreOffice ${String(got)}`);
      }));
    });
    expect(n).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
  });

  it('agrees with the JSON: totals by unit and source, by year, and system counts', () => {
    const sum = wb.getWorksheet('NS Tổng hợp') as ExcelJS.Worksheet;
    const val = (sheet: string, a: string) => rec.get(sheet)?.get(a) ?? 0;
    for (const unit of ['An Giang', 'Cà Mau']) {
      const r = rowOf(sum, unit);
      expect(String(val('NS Tổng hợp', `B${r}`))).toBe(json.byUnit[unit].total);
      expect(String(val('NS Tổng hợp', `C${r}`))).toBe(json.byUnit[unit].bySource.NSTW);
      expect(String(val('NS Tổng hợp', `D${r}`))).toBe(json.byUnit[unit].bySource['NSĐP']);
      expect(String(val('NS Tổng hợp', `G${r}`))).toBe(json.byUnit[unit].bySource['Chưa rõ']);
    }
    expect(String(val('NS Tổng hợp', `B${rowOf(sum, 'Cộng')}`))).toBe(json.total.total);
    // Unit × source × year: Cà Mau's NSĐP in 2022 (cameras 600 of "1.200 (600/năm)").
    const yearHeader = rowOf(sum, 'Đơn vị', rowOf(sum, 'Cộng') + 1);
    const col2022 = (sum.getRow(yearHeader).values as unknown[]).indexOf('2022');
    const caMauNsdp = [...Array(sum.rowCount).keys()].map((i) => i + 1)
      .find((r) => r > yearHeader && sum.getCell(`A${r}`).value === 'Cà Mau' && sum.getCell(`B${r}`).value === 'NSĐP') as number;
    expect(String(val('NS Tổng hợp', `${String.fromCharCode(64 + col2022)}${caMauNsdp}`))).toBe(json.byUnit['Cà Mau'].byYearSource['2022']['NSĐP']);

    const sys = wb.getWorksheet('NS Hệ thống') as ExcelJS.Worksheet;
    const ioc = rowOf(sys, 'IOC');
    expect(val('NS Hệ thống', `B${ioc}`)).toBe(json.systems.IOC.units);
    // Columns C… follow the modes: invest, lease, mixed, provided, free, pilot, unknown.
    expect(val('NS Hệ thống', `E${ioc}`)).toBe(json.systems.IOC.byMode.mixed);
    expect(val('NS Hệ thống', `B${rowOf(sys, 'LGSP')}`)).toBe(json.systems.LGSP.units);
  });
});

it('the file is a real .xlsx', () => {
  expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
});
