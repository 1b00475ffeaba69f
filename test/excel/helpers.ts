// A host over a fresh fake workbook, with the fake's counters at hand.
import type { Grid } from '../../src/core/grid';
import { ExcelHost } from '../../src/excel/excel-host';
import { fakeExcel, fakeOffice, fakeWorkbookFromGrids, type FakeWorkbook } from '../../src/preview/fake-office';

export function hostOver(grids: Grid[]): { book: FakeWorkbook; host: ExcelHost } {
  const book = fakeWorkbookFromGrids(grids);
  return { book, host: new ExcelHost({ excel: fakeExcel(book), office: fakeOffice(book) }) };
}

/** A plan table: a title line, a header, a bold section with a SUM, two items, from sheet row `top`. */
export function planGrid(sheet = 'PL IV', top = 3, left = 2): Grid {
  return {
    sheet,
    top,
    left,
    values: [
      ['PHỤ LỤC IV', null, null],
      ['STT', 'Tên dự án', 'Tổng mức đầu tư'],
      ['I', 'Dự án CNTT', 30000],
      ['1', 'LGSP', 18000],
      ['2', 'SOC', '12.000 (2.400/năm)'],
    ],
    formulas: [
      [null, null, null],
      [null, null, null],
      [null, null, '=SUM(D6:D7)'],
      [null, null, null],
      [null, null, null],
    ],
    bold: [
      [true, false, false],
      [true, true, true],
      [true, true, true],
      [false, false, false],
      [false, false, false],
    ],
    numberFormats: [
      ['General', 'General', 'General'],
      ['General', 'General', 'General'],
      ['General', 'General', '#,##0'],
      ['@', 'General', '#,##0'],
      ['@', 'General', 'General'],
    ],
    hiddenRows: [6],
  };
}
