// Reading the active sheet: the Grid must be what the user sees (values, formulas, bold, hidden
// rows, real sheet row and column numbers), and its cost in round trips must not grow with rows.
import type { Grid } from '../../src/core/grid';
import { HostError } from '../../src/excel/host';
import { FakeWorkbook, PAYLOAD_LIMIT, fakeExcel, fakeOffice } from '../../src/preview/fake-office';
import { ExcelHost } from '../../src/excel/excel-host';
import { jsonBytes } from '../../src/excel/payload';
import { takeCells } from '../../src/excel/read-sheet';
import { hostOver, planGrid, seeded } from './helpers';

describe('ExcelHost.readActiveSheet', () => {
  it('reads values, formulas, bold and hidden rows where the table really is', async () => {
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
    // No rule reads number formats: they are not asked of Excel (a fifth of every answer).
    expect(grid.numberFormats).toBeUndefined();
    expect(grid.hiddenRows).toEqual([6]);
  });

  it('reads which columns are hidden, with the first rows (no round trip of their own)', async () => {
    const grid = { ...planGrid('PL IV', 3, 2), hiddenCols: [3] };
    const { host } = hostOver([grid]);
    const read = await host.readActiveSheet();
    // Column C (3) of the sheet, the block's second.
    expect(read.hiddenCols).toEqual([3]);
    const { host: plain } = hostOver([planGrid('PL IV', 3, 2)]);
    expect((await plain.readActiveSheet()).hiddenCols).toBeUndefined();
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

  it('reads 100 rows in two syncs, and 50,000 rows in requests that each stay under 5 MB', async () => {
    const syncsFor = async (rows: number) => {
      const { book, host } = hostOver([bigGrid(rows)]);
      const grid = await host.readActiveSheet();
      return { syncs: book.syncCount, grid, largest: book.largestPayload(), failed: book.requests.filter((r) => r.failed).length };
    };
    const small = await syncsFor(100);
    const large = await syncsFor(50_000);
    expect(small.syncs).toBe(2);
    // 50,000 rows × 7 cells carry about 15 MB of values, formulas and bold: several
    // requests, none refused, each under Excel on the web's limit.
    expect(large.syncs).toBeGreaterThan(4);
    expect(large.failed).toBe(0);
    expect(large.largest.received).toBeLessThan(PAYLOAD_LIMIT);
    expect(large.largest.sent).toBeLessThan(PAYLOAD_LIMIT);
    // And the large read is complete and in order across batch boundaries.
    expect(large.grid.values).toHaveLength(50_000);
    expect(large.grid.values[28_571]).toEqual(['28572', 'Dự án 28572', 'Sở TTTT', '2021-2023', 285710, 'NSĐP', 'Thuê VNPT']);
    expect(large.grid.values[49_999][0]).toBe('50000');
  });

  it('sends a refused request again in halves when rows are longer than the first ones promised', async () => {
    // Short rows first, so the next batch is sized for them; then rows of long descriptions.
    const values = Array.from({ length: 12_000 }, (_, i) => [String(i + 1), i < 6000 ? 'Ngắn' : `Mục tiêu, quy mô: ${'nâng cấp hạ tầng số cấp tỉnh, '.repeat(40)}`]);
    const { book, host } = hostOver([{ sheet: 'Dài', top: 1, left: 1, values }]);
    const progress: number[] = [];
    host.onActivity((a) => {
      if (a.kind === 'progress') progress.push(a.done);
    });
    const grid = await host.readActiveSheet();
    // Excel refused at least one answer as too large; the read went on and lost nothing.
    expect(book.requests.some((r) => r.failed)).toBe(true);
    expect(book.requests.filter((r) => !r.failed).every((r) => r.received < PAYLOAD_LIMIT)).toBe(true);
    expect(grid.values).toEqual(values);
    expect(progress.at(-1)).toBe(12_000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('says the data is too large, naming the row, when one row alone is over the limit', async () => {
    // 60 cells of 32,767 characters (Excel's most), 3 bytes each: about 12 MB in one row.
    const line = Array.from({ length: 60 }, () => 'ố'.repeat(32_767));
    const { host } = hostOver([{ sheet: 'Quá lớn', top: 1, left: 1, values: [['STT'], line] }]);
    await expect(host.readActiveSheet()).rejects.toMatchObject({ kind: 'too-large', message: expect.stringContaining('dòng 2') });
  });

  it('reads the merged areas inside the block, cut to it, in the first round trip', async () => {
    const grid = planGrid('PL IV', 3, 2);
    const { book, host } = hostOver([{ ...grid, merges: ['B3:D3', 'C4:D4', 'F10:G11'] }]);
    // A merge starting outside the used range is not the table's.
    book.sheet('PL IV')!.merges.push('A1:B1');
    const read = await host.readActiveSheet();
    expect(read.merges).toEqual(['B3:D3', 'C4:D4']);
    expect(book.syncCount).toBe(2);
  });

  it('reads a selection\'s merged areas cut to the selection', async () => {
    const { book, host } = hostOver([{ ...planGrid('PL IV', 3, 2), merges: ['B3:D3', 'C6:D7'] }]);
    book.selection = { sheet: 'PL IV', address: 'C6:C7' };
    const read = await host.readActiveSheet({ selectionOnly: true });
    expect(read.merges).toEqual(['C6:C7']);
  });

  it('leaves merges unknown (undefined) on hosts below ExcelApi 1.13, and [] when there are none', async () => {
    const { book, host } = hostOver([planGrid()]);
    expect((await host.readActiveSheet()).merges).toEqual([]);
    book.excelApi = '1.12';
    expect((await host.readActiveSheet()).merges).toBeUndefined();
  });

  it('still reads the sheet when Excel cannot list its merged areas (more than 512)', async () => {
    const values = Array.from({ length: 600 }, (_, i) => [String(i + 1), `Mục ${i + 1}`, null]);
    const { book, host } = hostOver([{ sheet: 'Gộp', top: 1, left: 1, values, merges: values.map((_, i) => `B${i + 1}:C${i + 1}`) }]);
    const grid = await host.readActiveSheet();
    expect(grid.values).toHaveLength(600);
    expect(grid.merges).toBeUndefined();
    expect(book.requests.filter((r) => r.failed)).toHaveLength(1);
  });
});

describe('takeCells: values and formulas of a batch in one walk', () => {
  // The walk weighs a constant once for both matrices; the old way weighed each matrix whole
  // (jsonBytes of values, then of formulas) and mapped each apart. Same grid, same bytes.
  it('gives the same rows, and the same weight as weighing both matrices whole, on any cells', () => {
    const rnd = seeded(7);
    const texts = ['', 'STT', 'Dự án ố ở', 'say "hi"', 'C:\\dir', 'tab\there', '😀 emoji', '#REF!', '12.000 (2.400/năm)'];
    const numbers = [0, 1, -7, 18000, 0.1, 1234.5678, 1e15, 1e21, -0.000001, 2 ** 53];
    const constant = (): unknown => (rnd.int(3) === 0 ? rnd.pick(numbers) : rnd.int(10) === 0 ? rnd.pick([true, false]) : rnd.pick(texts));
    let compared = 0;
    for (let b = 0; b < 300; b++) {
      const rows = rnd.int(12);
      const cols = 1 + rnd.int(8);
      const values: unknown[][] = [];
      const formulas: unknown[][] = [];
      for (let r = 0; r < rows; r++) {
        const line: unknown[] = [];
        const lineFormulas: unknown[] = [];
        for (let c = 0; c < cols; c++) {
          const v = constant();
          line.push(v);
          // A constant's formula is the value itself; otherwise a formula whose result is v.
          lineFormulas.push(rnd.int(4) === 0 ? rnd.pick(['=SUM(D6:D7)', '="a""b"', '=B2*1,5']) : v);
        }
        values.push(line);
        formulas.push(lineFormulas);
      }
      const into = { values: [] as (string | number | boolean | null)[][], formulas: [] as (string | null)[][] };
      const bytes = takeCells(values, formulas, into);
      expect(bytes).toBe(jsonBytes(values) + jsonBytes(formulas));
      expect(into.values).toEqual(values.map((line) => line.map((v) => (['string', 'number', 'boolean'].includes(typeof v) ? v : null))));
      expect(into.formulas).toEqual(formulas.map((line) => line.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null))));
      compared++;
    }
    expect(compared).toBe(300);
  });
});
