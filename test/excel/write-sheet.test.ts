// Writing result sheets: formulas and values land where the plan says, only the add-in's own
// sheets are ever written, and re-running replaces the old result instead of failing or stacking.
import { Decimal } from '../../src/core/decimal';
import { checkGrid, defaultSettings } from '../../src/core/check';
import type { Grid } from '../../src/core/grid';
import type { PlanChart, SheetPlan } from '../../src/core/sheetplan';
import { buildCheckSheets, SUMMARY_SHEET } from '../../src/core/sheets';
import { PAYLOAD_LIMIT } from '../../src/preview/fake-office';
import example from '../../src/preview/example-workbook.json';
import { HostError } from '../../src/excel/host';
import { planBlocks } from '../../src/excel/plan-blocks';
import { hostOver, planGrid } from './helpers';

const SUMMARY: SheetPlan = {
  name: 'NS Tổng hợp',
  cells: [
    { address: 'A1', value: 'Tổng hợp theo nguồn', bold: true },
    { address: 'A3', value: 'NSĐP' },
    { address: 'B3', formula: "SUMIFS('NS Dữ liệu'!E:E,'NS Dữ liệu'!C:C,A3)", value: new Decimal('30000'), numberFormat: '#,##0.###' },
    { address: 'A4', value: 'NSTW' },
    { address: 'B4', formula: "SUMIFS('NS Dữ liệu'!E:E,'NS Dữ liệu'!C:C,A4)", value: new Decimal('0') },
    { address: 'A5', value: '2.1' },
    { address: 'B5', value: new Decimal('35388.5'), fill: 'FFC7CE' },
    { address: 'C5', value: 'F39', link: "'PL IV'!F39" },
  ],
  columnWidths: { A: 30 },
  freeze: { rows: 2, cols: 1 },
};

describe('ExcelHost.writeSheet', () => {
  it('writes formulas as formulas and constants as values, where the plan puts them', async () => {
    const { book, host } = hostOver([planGrid()]);
    await host.writeSheet(SUMMARY);
    const sheet = book.sheet('NS Tổng hợp')!;
    expect(sheet.formulaAt('B3')).toBe("=SUMIFS('NS Dữ liệu'!E:E,'NS Dữ liệu'!C:C,A3)");
    expect(sheet.formulaAt('B4')).toBe("=SUMIFS('NS Dữ liệu'!E:E,'NS Dữ liệu'!C:C,A4)");
    expect(sheet.valueAt('A1')).toBe('Tổng hợp theo nguồn');
    expect(sheet.valueAt('B5')).toBe(35388.5);
    expect(sheet.formulaAt('B5')).toBeNull();
    expect(sheet.cell('A1')?.bold).toBe(true);
    expect(sheet.cell('B3')?.numberFormat).toBe('#,##0.###');
    // "2.1" is an STT code: it must stay text, not become the number 2.1 when Excel parses it.
    expect(sheet.cell('A5')?.numberFormat).toBe('@');
    expect(sheet.fillAt('B5')).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    expect(sheet.cell('C5')?.hyperlink).toBe("'PL IV'!F39");
    expect(sheet.freeze).toEqual({ rows: 2, cols: 1 });
    expect(sheet.columnWidths.get(0)).toBeGreaterThan(100);
    // Nothing else on the sheet.
    expect(Object.keys(sheet.contents()).sort()).toEqual(['A1', 'A3', 'A4', 'A5', 'B3', 'B4', 'B5', 'C5']);
  });

  it('leaves the user sheet untouched', async () => {
    const { book, host } = hostOver([planGrid()]);
    const before = JSON.stringify(book.sheet('PL IV')!.contents());
    await host.writeSheet(SUMMARY);
    expect(JSON.stringify(book.sheet('PL IV')!.contents())).toBe(before);
  });

  it('refuses to write a sheet that is not one of the add-in\'s own, and writes nothing', async () => {
    const { book, host } = hostOver([planGrid()]);
    const syncs = book.syncCount;
    const attempt = host.writeSheet({ ...SUMMARY, name: 'PL IV' });
    await expect(attempt).rejects.toBeInstanceOf(HostError);
    await expect(host.writeSheet({ ...SUMMARY, name: 'PL IV' })).rejects.toMatchObject({ kind: 'unsupported' });
    expect(book.syncCount).toBe(syncs);
    expect(book.sheet('PL IV')!.valueAt('C6')).toBe('LGSP');
  });

  it('replaces its own sheet on a re-run: old cells gone, one sheet of that name', async () => {
    const { book, host } = hostOver([planGrid()]);
    await host.writeSheet(SUMMARY);
    await host.writeSheet({ name: 'NS Tổng hợp', cells: [{ address: 'A1', value: 'Lần 2' }] });
    expect(book.sheetNames().filter((n) => n === 'NS Tổng hợp')).toHaveLength(1);
    expect(book.sheet('NS Tổng hợp')!.contents()).toEqual({ A1: 'Lần 2' });
  });

  it('costs two syncs for a plan that fits one request', async () => {
    const { book, host } = hostOver([planGrid()]);
    const cells = Array.from({ length: 5000 }, (_, i) => [
      { address: `A${i + 1}`, value: `Dòng ${i + 1}` },
      { address: `B${i + 1}`, formula: `A${i + 1}&"!"` },
    ]).flat();
    const before = book.syncCount;
    await host.writeSheet({ name: 'NS Dữ liệu', cells });
    expect(book.syncCount - before).toBe(2);
    expect(book.sheet('NS Dữ liệu')!.formulaAt('B5000')).toBe('=A5000&"!"');
  });
});

describe('ExcelHost.writeSheet at scale', () => {
  it('writes 150,000 rows in requests under 5 MB, every cell where the plan puts it', async () => {
    const { book, host } = hostOver([planGrid()]);
    const rows = 150_000;
    const cells = Array.from({ length: rows }, (_, i) => [
      { address: `A${i + 1}`, value: `Nhiệm vụ số ${i + 1} — Sở Thông tin và Truyền thông` },
      { address: `B${i + 1}`, value: new Decimal(i).div(8), numberFormat: '#,##0.###' },
      { address: `C${i + 1}`, formula: `B${i + 1}*2` },
    ]).flat();
    const before = book.syncCount;
    await host.writeSheet({ name: 'NS Dữ liệu', cells });
    const syncs = book.syncCount - before;
    expect(syncs).toBeGreaterThan(2);
    expect(book.requests.slice(before).every((r) => !r.failed && r.sent < PAYLOAD_LIMIT)).toBe(true);
    const sheet = book.sheet('NS Dữ liệu')!;
    for (const i of [0, 1, 37_499, 37_500, 74_999, 75_000, 149_999]) {
      expect(sheet.valueAt(`A${i + 1}`)).toBe(`Nhiệm vụ số ${i + 1} — Sở Thông tin và Truyền thông`);
      expect(sheet.valueAt(`B${i + 1}`)).toBe(i / 8);
      expect(sheet.cell(`B${i + 1}`)?.numberFormat).toBe('#,##0.###');
      expect(sheet.formulaAt(`C${i + 1}`)).toBe(`=B${i + 1}*2`);
    }
    expect(Object.keys(sheet.contents())).toHaveLength(rows * 3);
  });
});

describe('ExcelHost.writeSheet charts', () => {
  it('draws the chart a plan describes, over the plan\'s own cells', async () => {
    const { book, host } = hostOver([planGrid()]);
    const chart: PlanChart = {
      kind: 'column-clustered', title: 'Theo năm', categories: 'A3:A4',
      series: [{ name: 'NSĐP', values: 'B3:B4' }, { name: 'NSTW', values: 'C3:C4' }], from: 'E2', to: 'L18',
    };
    await host.writeSheet({ ...SUMMARY, charts: [chart] });
    expect(book.sheet('NS Tổng hợp')!.charts).toEqual([{
      name: 'ngansach Theo năm', type: 'ColumnClustered', title: 'Theo năm', legend: 'Bottom', from: 'E2', to: 'L18',
      series: [
        { name: 'NSĐP', values: "'NS Tổng hợp'!B3:B4", xValues: "'NS Tổng hợp'!A3:A4" },
        { name: 'NSTW', values: "'NS Tổng hợp'!C3:C4", xValues: "'NS Tổng hợp'!A3:A4" },
      ],
    }]);
  });

  it('draws money by year, stacked by source, beside each year × source block of "NS Tổng hợp"', async () => {
    const { book, host } = hostOver(example.grids as Grid[]);
    const grid = await host.readActiveSheet();
    const tables = checkGrid(grid, defaultSettings());
    const plans = buildCheckSheets({ file: 'example.xlsx', tables }, [grid], 'vi');
    for (const plan of plans) await host.writeSheet(plan);
    const sheet = book.sheet(SUMMARY_SHEET)!;
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({ type: 'ColumnStacked', title: 'Theo năm và nguồn vốn', legend: 'Bottom' });
    // Only the sources that carry money in the block: on this plan ODA, Khác and Chưa rõ are all 0.
    expect(chart.series.map((s) => s.name)).toEqual(['NSTW', 'NSĐP']);
    // Each series reads its source's column of the block, its categories the block's years.
    const local = (a: string | null) => (a ?? '').slice(a!.indexOf('!') + 1);
    const years = local(chart.series[0].xValues);
    const [first, last] = years.split(':');
    expect(sheet.valueAt(first)).toBe(2014);
    expect(sheet.valueAt(last)).toBe(2023);
    const header = Number(first.slice(1)) - 1;
    for (const s of chart.series) {
      const column = local(s.values).replace(/\d+/g, '').split(':')[0];
      expect(sheet.valueAt(`${column}${header}`)).toBe(s.name);
      expect(local(s.values)).toBe(`${column}${header + 1}:${column}${Number(last.slice(1))}`);
      expect(s.xValues).toBe(chart.series[0].xValues);
    }
    // Beside the tables, not over them.
    expect(chart.from).toMatch(/^I\d+$/);
  });

  it('draws no chart on a summary without years, nor on other sheets', async () => {
    const { book, host } = hostOver([planGrid()]);
    await host.writeSheet(SUMMARY);
    await host.writeSheet({ name: 'NS Kiểm tra', cells: [{ address: 'A1', value: 'NSTW' }, { address: 'B1', value: 'NSĐP' }, { address: 'A2', value: 2021 }, { address: 'B2', value: 5 }] });
    expect(book.sheet('NS Tổng hợp')!.charts).toEqual([]);
    expect(book.sheet('NS Kiểm tra')!.charts).toEqual([]);
  });
});

describe('planBlocks', () => {
  it('covers a summary table with one constant column block and one formula block', () => {
    const cells = [3, 4, 5].flatMap((r) => [
      { address: `A${r}`, value: `x${r}` },
      { address: `B${r}`, formula: `1+${r}` },
      { address: `C${r}`, formula: `2+${r}` },
    ]);
    const blocks = planBlocks(cells);
    expect(blocks.map((b) => [b.kind, b.top, b.left, b.cells.length, b.cells[0].length])).toEqual([
      ['value', 3, 1, 3, 1],
      ['formula', 3, 2, 3, 2],
    ]);
  });

  it('never bridges a gap: cells a row apart stay separate blocks', () => {
    const blocks = planBlocks([{ address: 'A1', value: 1 }, { address: 'A3', value: 2 }, { address: 'C1', value: 3 }]);
    expect(blocks).toHaveLength(3);
  });
});
