// In-memory Grids for core tests: a plan table as officers lay it out, without a file.
import type { CellValue, Grid } from '../../src/core/grid';
import { checkGrid, defaultSettings } from '../../src/core/check';
import type { CheckedTable, CheckSettings } from '../../src/core/model';

export const HEADER = ['Số thứ tự', 'Tên dự án/nhiệm vụ', 'Thời gian triển khai', 'Tổng mức đầu tư', 'Nguồn vốn'];

export interface GridOptions {
  titles?: string[];
  header?: string[];
  /** Formulas by body row index and column index ("=SUM(D6:D7)"). */
  formulas?: Record<string, string>;
  bold?: number[];
  withFormulas?: boolean;
}

/**
 * Rows of [stt, name, time, amount, source]. Titles start at row 1; the header follows the
 * titles and a blank row; body rows follow the header. Column D holds amounts.
 */
export function planGrid(body: CellValue[][], options: GridOptions = {}): Grid {
  const titles = options.titles ?? ['Phụ lục IV', 'DANH MỤC DỰ ÁN GIAI ĐOẠN 2021 - 2025', 'Đơn vị tính: Triệu đồng'];
  const values: CellValue[][] = [...titles.map((t) => [t]), [], options.header ?? HEADER, ...body];
  const width = Math.max(...values.map((r) => r.length));
  const rect = values.map((r) => [...r, ...Array(width - r.length).fill(null)]);
  const headerIndex = titles.length + 1;
  const formulas = rect.map((r) => r.map(() => null as string | null));
  for (const [key, f] of Object.entries(options.formulas ?? {})) {
    const [bodyRow, col] = key.split(',').map(Number);
    formulas[headerIndex + 1 + bodyRow][col] = f;
  }
  const bold = rect.map((_, i) => rect[i].map(() => (options.bold ?? []).includes(i - headerIndex - 1)));
  return {
    sheet: 'PL IV', top: 1, left: 1, values: rect,
    formulas: options.withFormulas === false ? undefined : formulas,
    bold,
  };
}

/** Sheet row of body row i in a planGrid with the default three title lines. */
export function bodyRow(i: number, titles = 3): number {
  return titles + 3 + i;
}

export function checkOne(grid: Grid, settings: Partial<CheckSettings> = {}): CheckedTable {
  const tables = checkGrid(grid, defaultSettings(settings));
  if (tables.length !== 1) throw new Error(`expected one table, found ${tables.length}`);
  return tables[0];
}

export function codes(table: CheckedTable): string[] {
  return table.findings.map((f) => f.code);
}

/** A summary's totals by key (bySource, byType, one year of byYearSource) without the zeros, as plain figures. */
export function nonZero(totals: Partial<Record<string, { isZero(): boolean; toFixed(): string }>>): Record<string, string> {
  return Object.fromEntries(Object.entries(totals).filter(([, v]) => v !== undefined && !v.isZero()).map(([k, v]) => [k, (v as { toFixed(): string }).toFixed()]));
}
