// Builds a fake workbook from the Grids the core and the CLI already use, so a test or the
// preview can start from the same table data everywhere.
import type { Grid } from '../../core/grid';
import { FakeWorkbook } from './state';

export function fakeWorkbookFromGrids(grids: Grid[]): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const grid of grids) {
    const sheet = book.addSheet(grid.sheet);
    grid.values.forEach((line, r) => {
      line.forEach((value, c) => {
        const formula = grid.formulas?.[r]?.[c] || null;
        const bold = grid.bold?.[r]?.[c] === true;
        const numberFormat = grid.numberFormats?.[r]?.[c];
        const empty = (value === null || value === '') && !formula;
        if (empty && !bold && !numberFormat) return;
        const cell = sheet.touch(grid.top - 1 + r, grid.left - 1 + c);
        cell.value = value ?? '';
        cell.formula = formula;
        cell.bold = bold;
        if (numberFormat) cell.numberFormat = numberFormat;
      });
    });
    for (const row of grid.hiddenRows ?? []) sheet.hiddenRows.add(row - 1);
    for (const col of grid.hiddenCols ?? []) sheet.hiddenCols.add(col - 1);
    for (const merge of grid.merges ?? []) sheet.merges.push(merge);
  }
  return book;
}
