// A result sheet described once, written by any door: the CLI renders a SheetPlan with ExcelJS,
// the add-in with Office.js. Formulas carry the core's value as the result they must produce,
// so a writer can store it as the cached value and a test can compare after recalculation.
import type { Decimal } from './decimal';
import type { CellValue } from './grid';

export interface PlanCell {
  /** A1 address on this sheet. */
  address: string;
  /** A constant, or for a formula cell the value the core computed (cached result). */
  value?: CellValue | Decimal;
  /** Formula without the leading "=" ("SUMIFS(...)"). */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  /** Fill colour as RRGGBB. */
  fill?: string;
  wrap?: boolean;
  /** Internal link target ("'PL II'!F39"). */
  link?: string;
  align?: 'left' | 'center' | 'right';
}

/** A cell of a sheet given row by row (PlanRow): its column is its place in the row. */
export type PlanRowCell = Omit<PlanCell, 'address'>;

/** One row of a sheet given row by row: its number, and its cells from column A on (undefined: no cell). */
export interface PlanRow {
  row: number;
  cells: readonly (PlanRowCell | undefined)[];
}

/**
 * A native chart over cells of the same sheet (the add-in draws it with Office.js; a writer that
 * cannot draw charts leaves it out, the cells it reads are there either way).
 */
export interface PlanChart {
  kind: 'column-stacked' | 'column-clustered' | 'line';
  title: string;
  /** Category labels (e.g. the years): an A1 range on this sheet, one column or one row. */
  categories: string;
  /** Each series: its legend name and its values, an A1 range as long as `categories`. */
  series: { name: string; values: string }[];
  /** The cells the chart covers: its top-left and bottom-right corners ("I4", "P22"). */
  from: string;
  to: string;
}

export interface SheetPlan {
  name: string;
  cells: PlanCell[];
  /** Column letter → width in characters. */
  columnWidths?: Record<string, number>;
  merges?: string[];
  /** Rows and columns to freeze (e.g. the header). */
  freeze?: { rows: number; cols: number };
  /** Landscape A4 for printing and attaching to a proposal. */
  landscape?: boolean;
  /**
   * The rows made on demand, in order, for a writer that streams (the CLI's --out on a large
   * check): no address to make and parse back per cell. When set, `cells` is empty.
   */
  rowStream?: () => Iterable<PlanRow>;
  /** Native charts over this sheet's cells (added for the add-in; other writers may ignore them). */
  charts?: PlanChart[];
}

/** Number format for amounts as Vietnamese officers read them (Excel shows it with the user's locale separators). */
export const AMOUNT_FORMAT = '#,##0.###';
export const PERCENT_FORMAT = '0.00%';
