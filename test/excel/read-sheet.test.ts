// Reading the active sheet: the Grid must be what the user sees (values, formulas, bold, hidden
// rows, real sheet row and column numbers), and its cost in round trips must not grow with rows.
import type { Grid } from '../../src/core/grid';
import { HostError } from '../../src/excel/host';
import { FakeWorkbook, fakeExcel, fakeOffice } from '../../src/preview/fake-office';
import { ExcelHost } from '../../src/excel/excel-host';
import { hostOver, planGrid } from './helpers';

describe('ExcelHost.readActiveSheet', () => {
  it('reads values, formulas, number formats, bold and hidden rows where the table really is', async () => {
    const { host } = hostOver([planGrid('PL IV', 3, 2)]);
    const grid = await host.readActiveSheet();
    expect(grid.sheet).toBe('PL IV');
    // The table starts at B3, not A1: row and column numbers are the sheet's.
    expect(grid.top).toBe(3);
    expect(grid.left).toBe(2);
    expect(grid.values).toEqual([
      ['PHỤ LỤC IV', '', ''],
      ['STT', 'Tên dự án', 'Tổng mức đầu tư'],
      ['I', 'Dự án CNTT', 30000], // the formula's cached result, as Excel gives it
      ['1', 'LGSP', 18000],
      ['2', 'SOC', '12.000 (2.400/năm)'],
    ]);
    expect(grid.formulas?.[2][2]).toBe('=SUM(D6:D7)');
    expect(grid.formulas?.[3][2]).toBeNull();
    expect(grid.bold?.[2]).toEqual([true, true, true]);
    expect(grid.bold?.[3]).toEqual([false, false, false]);
    expect(grid.numberFormats?.[3][0]).toBe('@');
    expect(grid.hiddenRows).toEqual([6]);
  });

  it('reads the selection only, with its own position, when asked', async () => {
    const { book, host } = hostOver([planGrid('PL IV', 3, 2)]);
    book.selection = { sheet: 'PL IV', address: 'C6:D7' };
    const grid = await host.readActiveSheet({ selectionOnly: true });
    expect(grid.top).toBe(6);
    expect(grid.left).toBe(3);
    expect(grid.values).toEqual([['LGSP', 18000], ['SOC', '12.000 (2.400/năm)']]);
  });

  it('says the sheet is empty instead of returning an empty grid', async () => {
    const book = new FakeWorkbook();
    book.addSheet('Trống');
    const host = new ExcelHost({ excel: fakeExcel(book), office: fakeOffice(book) });
    await expect(host.readActiveSheet()).rejects.toMatchObject({ kind: 'empty' });
    await expect(host.readActiveSheet()).rejects.toBeInstanceOf(HostError);
  });

  function bigGrid(rows: number): Grid {
    const values = Array.from({ length: rows }, (_, i) => [String(i + 1), `Dự án ${i + 1}`, 'Sở TTTT', '2021-2023', i * 10, 'NSĐP', 'Thuê VNPT']);
    return { sheet: 'Lớn', top: 1, left: 1, values };
  }

  it('costs the same small number of syncs for 100 rows as for 50,000 rows', async () => {
    const syncsFor = async (rows: number): Promise<{ syncs: number; grid: Grid }> => {
      const { book, host } = hostOver([bigGrid(rows)]);
      const before = book.syncCount;
      const grid = await host.readActiveSheet();
      return { syncs: book.syncCount - before, grid };
    };
    const small = await syncsFor(100);
    const large = await syncsFor(50_000);
    expect(small.syncs).toBeLessThanOrEqual(3);
    expect(large.syncs).toBe(small.syncs);
    // And the large read is complete and in order across chunk boundaries.
    expect(large.grid.values).toHaveLength(50_000);
    expect(large.grid.values[28_571]).toEqual(['28572', 'Dự án 28572', 'Sở TTTT', '2021-2023', 285710, 'NSĐP', 'Thuê VNPT']);
    expect(large.grid.values[49_999][0]).toBe('50000');
  });
});
