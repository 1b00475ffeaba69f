// Live re-check: the host tells the pane which cells of the checked table the user changed,
// cheaply (no round trip per event), and stops when asked.
import { parseBlock } from '../../src/excel/a1';
import { reportedChange } from '../../src/excel/watch';
import { fakeExcel } from '../../src/preview/fake-office';
import { hostOver, planGrid } from './helpers';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('ExcelHost.watchRange', () => {
  it('reports edits inside the watched range with their address, and nothing outside it', async () => {
    const { book, host } = hostOver([planGrid('PL IV', 3, 2)]);
    const changed: string[] = [];
    const watch = await host.watchRange('PL IV', 'B4:D7', (address) => changed.push(address));
    const syncs = book.syncCount;
    book.editCell('PL IV', 'D6', 19000);
    book.editCell('PL IV', 'F2', 'ghi chú'); // outside the table
    book.editCell('PL IV', 'C7', [['SOC tỉnh', 12500, 'x']]); // a paste reaching past the table's right edge
    await tick();
    expect(changed).toEqual(['D6', 'C7:D7']);
    // Events cost no request: the handler never asks Excel for anything.
    expect(book.syncCount).toBe(syncs);
    expect(book.sheet('PL IV')!.valueAt('D6')).toBe(19000);

    await watch.stop();
    book.editCell('PL IV', 'D5', 1);
    await tick();
    expect(changed).toHaveLength(2);
    expect(book.sheet('PL IV')!.changeHandlers.size).toBe(0);
  });

  it('does not report the add-in\'s own writes', async () => {
    const { book, host } = hostOver([planGrid('PL IV', 3, 2)]);
    const changed: string[] = [];
    await host.watchRange('PL IV', 'A1:Z100', (address) => changed.push(address));
    await host.writeSheet({ name: 'NS Kiểm tra', cells: [{ address: 'A1', value: 'x' }] });
    await host.markFindings('PL IV', [{ code: 'SOURCE_MISSING', severity: 'warning', row: 6, cell: 'D6', message: 'm', expected: null, actual: null, suggestion: null, related: [] }]);
    // A value the add-in itself writes into the watched sheet raises an event Excel tags as ours.
    await fakeExcel(book).run(async (ctx) => {
      ctx.workbook.worksheets.getItem('PL IV').getRange('F20').values = [['x']];
      await ctx.sync();
    });
    await tick();
    expect(changed).toEqual([]);
    expect(book.sheet('PL IV')!.noteAt('D6')).toContain('SOURCE_MISSING');
  });

  it('a missing sheet is "not-found"', async () => {
    const { host } = hostOver([planGrid()]);
    await expect(host.watchRange('Không có', 'A1:B2', () => undefined)).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('reportedChange', () => {
  const table = parseBlock('A5:H90');
  const change = (address: string, changeType = 'RangeEdited', triggerSource: 'Unknown' | 'ThisLocalAddin' = 'Unknown') =>
    reportedChange(table, { address, changeType: changeType as 'RangeEdited', source: 'Local', triggerSource });

  it('clips an edit to the table', () => {
    expect(change('G12')).toBe('G12');
    expect(change('G88:J95')).toBe('G88:H90');
    expect(change('A1:B4')).toBeNull();
    expect(change('I5')).toBeNull();
  });

  it('reports rows or columns inserted or deleted at or before the table\'s end, which move or resize it', () => {
    expect(change('3:3', 'RowInserted')).toBe('3:3');
    expect(change('50:52', 'RowDeleted')).toBe('50:52');
    expect(change('91:91', 'RowInserted')).toBeNull();
    expect(change('C:C', 'ColumnDeleted')).toBe('C:C');
    expect(change('J:J', 'ColumnInserted')).toBeNull();
  });

  it('ignores the add-in\'s own changes', () => {
    expect(change('G12', 'RangeEdited', 'ThisLocalAddin')).toBeNull();
  });
});
