// For `npm run bench`: how many context.sync() calls a whole check costs in the adapter
// (read the sheet, check it, mark the findings, write the result sheets), at two sizes, over
// the in-memory fake of Office.js.
import { checkGrid, defaultSettings } from '../core/check';
import type { CellValue, Grid } from '../core/grid';
import { buildCheckSheets } from '../core/sheets';
import { fakeWorkbookFromGrids, installFakeOffice } from '../preview/fake-office';
import { ExcelHost } from './excel-host';

function plan(rows: number): Grid {
  const values: CellValue[][] = [
    ['PHỤ LỤC IV — GIAI ĐOẠN 2021 - 2025', null, null, null, null],
    ['Đơn vị tính: Triệu đồng', null, null, null, null],
    ['STT', 'Tên dự án/nhiệm vụ', 'Thời gian thực hiện', 'Tổng mức đầu tư', 'Nguồn vốn'],
    ['I', 'Dự án', null, null, null],
  ];
  for (let i = 0; i < rows; i++) values.push([String(i + 1), `Nhiệm vụ ${i + 1}`, '2021-2023', 100 + (i % 7), i % 5 ? 'NSĐP' : '']);
  return { sheet: 'PL IV', top: 1, left: 1, values };
}

async function syncsFor(rows: number): Promise<number> {
  const book = fakeWorkbookFromGrids([plan(rows)]);
  const uninstall = installFakeOffice(book);
  try {
    const host = new ExcelHost();
    const before = book.syncCount;
    const grid = await host.readActiveSheet();
    const tables = checkGrid(grid, defaultSettings());
    await host.markFindings(grid.sheet, tables.flatMap((t) => t.findings));
    for (const sheet of buildCheckSheets({ file: 'bench', tables }, [grid], 'vi')) await host.writeSheet(sheet);
    return book.syncCount - before;
  } finally {
    uninstall();
  }
}

export async function syncsPerCheck(): Promise<string> {
  const small = await syncsFor(100);
  const large = await syncsFor(50000);
  return `${small} at 100 rows, ${large} at 50,000 rows (read, check, mark, write result sheets)`;
}
