// The table model: what table.ts builds from a Grid and what the rules, the totals and the doors
// read. Sheet row numbers and A1 addresses throughout, so every finding can point at a cell.
import type { Decimal } from './decimal';
import type { RowLookup } from './row-index';
import type { RuleSetChoice } from './rulesets';
import type {
  Finding, Lang, ModeReading, MoneyPer, MoneyReading, MoneyUnit, Period, SourceCode,
  SourcePart, SpendingType, TimeReading,
} from './types';

export type RowKind = 'section' | 'item' | 'total';

/** What a column of a table holds (CONTRACT `columns[].role`). */
export type ColumnRole =
  | 'stt' | 'name' | 'owner' | 'place' | 'system' | 'time'
  /** The row's total. */
  | 'amount'
  /** Money of one year (`year` set). */
  | 'year'
  /** Money of one funding source (`source` set). */
  | 'source'
  /** Money of one spending type, ĐTPT or CTX (`type` set). */
  | 'type'
  /** Money spent by investing (buying, building) or by leasing a service, beside each other ("Kinh phí đầu tư | Kinh phí thuê"). */
  | 'invest' | 'lease'
  | 'allocated' | 'disbursed' | 'remaining'
  /** A detailed estimate's factors ("Số lượng", "Số ngày" × "Đơn giá", "Mức chi"): the amount is their product. */
  | 'quantity' | 'unitPrice'
  /** A funding source's share of the row's amount, in percent ("Cơ cấu nguồn vốn (%) / NSTW": 70); `source` set. */
  | 'sourceShare'
  | 'sourceText' | 'mode' | 'note' | 'other';

/**
 * A column of percentages that states one money column as a share of another, row by row:
 * "Tỷ lệ giải ngân (%)" = "Giải ngân …" / "Kế hoạch vốn …" × 100 (rules/share.ts).
 */
export interface ShareColumns {
  /** The percentage column. */
  col: number;
  /** The money column that is the share (what was disbursed). */
  part: number;
  /** The money column it is a share of (the plan). */
  whole: number;
  /**
   * "Tỷ trọng (%)": each row's amount (`part` and `whole` both the amount column) as a share of
   * the table's total, or of the section above it; the total line's share is 100.
   */
  ofTotal?: true;
  /**
   * Other columns the share may be of ("So với dự toán (%)" beside "Thực hiện 9 tháng | Ước thực
   * hiện cả năm": either over the estimate); `part` is the one a finding names.
   */
  orParts?: number[];
}

/** A cell of the sheet by its row and column numbers. */
export interface CellAt {
  row: number;
  col: number;
}

/** One column as the header band names it. */
export interface ColumnInfo {
  /** Sheet column number (A = 1). */
  col: number;
  role: ColumnRole;
  /** The header's parts joined with " / " ("Nguồn vốn / NSTW"). */
  header: string;
  year: number | null;
  source: SourceCode | null;
  type: SpendingType | null;
  /** The column holds amounts: each of its cells is read as money and subtotal-checked. */
  money: boolean;
  /** The run of years a phase column's money is for ("Phân kỳ / Giai đoạn 2026-2027"); absent on other columns. */
  span?: Period;
}

/**
 * Money columns that must add up, row by row: the year columns to the total, the source columns
 * to the total, the spending-type columns to the total, the invest and lease columns to the total (or what a column-number row such as
 * "(4)=(5)+…+(9)" states). `total` null: the table has no total column, the parts are the amount.
 */
export interface ColumnSum {
  kind: 'years' | 'sources' | 'types' | 'modes' | 'balance' | 'tax' | 'adjust' | 'periods' | 'phases' | 'difference' | 'yearSources' | 'yearTypes' | 'units';
  total: number | null;
  parts: number[];
  /** Read from the column-number row under the header ("(4)=(5)+…+(9)"), not from the names. */
  stated: boolean;
  /** Columns taken away rather than added ("Điều chỉnh giảm"); absent when none is. */
  minus?: number[];
}

/** One money cell of a row, read once; every rule reads this, never the grid. */
export interface MoneyCell {
  /** The cell as text ('' when empty). */
  text: string;
  /** The amount in the table's unit; null when empty, "-", "x" or unreadable. */
  value: Decimal | null;
  /** The reading of a non-empty cell (why it is unreadable, notes, per year), else null. */
  reading: MoneyReading | null;
  /** A number (not text), so Excel's SUM counts it. */
  isNumber: boolean;
  formula: string | null;
  /**
   * `value` in billionths of the unit when it is a whole number of them within ±2^53, else NaN
   * (exact.ts): the sums of a large table add this instead of reading the Decimal again.
   */
  billionths: number;
}

/** A table's unit line and its amount column's header naming two units. */
export interface UnitConflict {
  line: MoneyUnit;
  header: MoneyUnit;
  /** The amount column (sheet column number). */
  col: number;
}

/** Plan appendices number their rows into a tree; surveys and unit forms list one row per unit × system. */
export type TableLayout = 'plan' | 'survey';

/** How a row's money per year was found (CONTRACT `allocationBasis`). */
export type AllocationBasis = 'columns' | 'text' | 'even' | 'none';

/** The columns found in the header, as sheet column numbers. */
export interface TableColumns {
  stt: number | null;
  name: number | null;
  /**
   * The column findings about a row's amount point at: the total column, or when the table has
   * none, its first year or source column (the amount is then their sum).
   */
  amount: number;
  /** The row-total column itself; null when the amount is the sum of year or source columns. */
  total: number | null;
  time: number | null;
  /** Where a time written as its two ends ends ("Bắt đầu | Hoàn thành"); `time` is then its start. */
  timeEnd?: number | null;
  /** A schedule's year columns ("Tiến độ thực hiện / 2026 | 2027", "x" under each year an item runs in): the marked years are the row's time. */
  schedule?: { col: number; year: number }[];
  /** Each source's share of the row's amount in percent, a column a source ("Cơ cấu nguồn vốn (%) / NSTW"); read when the row writes no source words. */
  sourceShares?: number[];
  /** The funding source written as words ("Nguồn vốn": "NSĐP (Vốn đầu tư)"). */
  source: number | null;
  mode: number | null;
  owner: number | null;
  place: number | null;
  system: number | null;
}

/** Read as row-reader.ts read it; the readonly fields follow from the row's cells and words (read-row.ts). */
export interface TableRow {
  row: number;
  stt: string;
  parentRow: number | null;
  kind: RowKind;
  /** Depth in the STT tree: 0 for Roman sections and totals. */
  level: number;
  name: string;
  readonly amountText: string;
  /** The stated amount in the table's unit; null if the cell holds none. */
  amount: Decimal | null;
  amountPer: MoneyPer;
  readonly money: MoneyReading | null;
  /** For sections and totals: the sum of the items (leaves) below; null for items. */
  computed: Decimal | null;
  /**
   * A section's own subtotal line ("Cộng I", "Cộng mục II" under its items): the sheet row of the
   * section it closes. Such a line is a `total` row checked against that section's items, never
   * counted as an item nor in the grand total. Absent on the grand total and every other row
   * (absent, not null, so the JSON of tables without such lines stays as it was).
   */
  totalOf?: number;
  /**
   * The column where a total line states its amount when not in the amount column: "Tổng cộng:
   * 1.900 triệu đồng" written in its name cell, the money cells empty (internal, not in the JSON).
   */
  statedIn?: number;
  /**
   * A further line of the item above whose name (and STT) is merged down over it, one project on
   * two lines, one per source ("1 | Hệ thống … | 3.000 | NSTW" over "  |  | 2.000 | NSĐP"): an item of
   * its own money beside that one, named as it, not a breakdown of it. The item's row; absent on
   * every other row.
   */
  lineOf?: number;
  /** On a section closed by its own line: that line's sheet row (internal, not in the JSON). */
  line?: number;
  /**
   * On a total with rows below it ("Cộng" before "Dự phòng" and "Tổng cộng"): the sheet row of the
   * first row it adds; it adds the top rows from there to itself (internal, not in the JSON).
   */
  addsFrom?: number;
  /**
   * On the grand total: the "Trong đó" lines under it that recap the table by source ("Trong đó: -
   * NSTW | 4.000"), each line's source, amount and sheet row (of-which.ts; internal, not in the JSON).
   */
  recap?: { code: SourceCode; amount: Decimal; row: number }[];
  /**
   * On an item: the money of the "Trong đó" lines under it that name security spending ("Trong
   * đó: kinh phí bảo đảm an toàn thông tin | 800"), part of the item's own (of-which.ts; internal).
   */
  securityPart?: Decimal;
  readonly time: TimeReading | null;
  /** Money per year; for items it adds up exactly to `amount`. */
  allocation: Map<number, Decimal>;
  /**
   * How the allocation was made, so a writer can express it as a live formula:
   * 'even' = the stated amount spread over the allocation's years, each year ROUNDDOWN(amount/n, 3)
   * and the remainder on the last year, or several such spreads (phases, stated years:
   * allocate.evenSegments); 'text' = figures read from the amount text (a constant);
   * 'none' = no allocation (no amount or no readable years).
   */
  allocationBasis: AllocationBasis;
  /** The row's money per year as stated in year columns; empty when the table has none. */
  years: Map<number, Decimal>;
  /** The unit or province named on the row (survey tables; continuation rows inherit it), else null. */
  place: string | null;
  /** The system named on the row (survey tables), else null. */
  system: string | null;
  sources: SourcePart[];
  /** Where `sources` came from: the source columns, the source text (or its "Trong đó" lines, of-which.ts), or nowhere on this row. */
  sourcesFrom: 'columns' | 'text' | 'none';
  readonly sourceText: string;
  readonly mode: ModeReading | null;
  readonly bold: boolean;
  /** Sheet rows of the direct children. */
  children: number[];
  /** The row's cell in each money column (table.moneyColumns, same order). */
  cells: MoneyCell[];
  /**
   * A detailed estimate's factors on this row (tables with quantity and unit-price columns only):
   * each factor column's number (table.columnInfo order), null when the cell holds none.
   * Internal, not in the JSON.
   */
  factors?: (Decimal | null)[];
  /**
   * The row's figure in the table's percentage column (tables with `share` only), as written:
   * 57,5 or, from a cell formatted as a percentage, 0,575; null when the cell holds none. Internal.
   */
  share?: Decimal | null;
  /**
   * The row writes its investment decision ("QĐ số 1234/QĐ-UBND ngày 10/5/2024") in the table's
   * decision column (tables with one only): the project has been through its procedure. Internal.
   */
  decided?: boolean;
  /** Sections and totals: the sum of the items' cells in each money column (as `computed`); else null. */
  computedCells: (Decimal | null)[] | null;
  /** Where `amount` came from: the total cell, the sum of the row's year or source cells, or nowhere. */
  amountFrom: 'cell' | 'columns' | null;
  /** The time cell's text, also when the table's years come from columns (`time` is then still read). */
  readonly timeText: string;
}

export interface TableSummary {
  total: Decimal;
  statedTotal: Decimal | null;
  bySource: Record<SourceCode, Decimal>;
  byType: Record<SpendingType | 'Chưa rõ', Decimal>;
  byYear: Map<number, Decimal>;
  byYearSource: Map<number, Partial<Record<SourceCode, Decimal>>>;
  /**
   * Rows whose years and sources both come from columns with no year × source cells: each year
   * was split among the row's sources in proportion to them (CONTRACT `byYearSource`).
   */
  proportionalRows: number;
  /**
   * Money a year (or a month) that items state but whose years are not known (a survey has no
   * period): it is in no total, and said apart, with the cells that state it; null when there is none.
   */
  ratesWithoutYears: RatesWithoutYears | null;
}

/** Money stated as a rate that no year takes, by what it is per (summary.ts). */
export interface RatesWithoutYears {
  year: Decimal | null;
  month: Decimal | null;
  /** The cells stating it, in sheet order. */
  cells: string[];
}

export interface Table {
  sheet: string;
  /** A1 range of header + body ("A5:I87"). */
  range: string;
  /** First row of the header band. */
  headerRow: number;
  /** Last row of the header band (the column-number row under it, if any, not counted). */
  headerEnd: number;
  layout: TableLayout;
  /** Last body row. */
  lastRow: number;
  columns: TableColumns;
  /** Every column of the header band and what it holds, left to right. */
  columnInfo: ColumnInfo[];
  /** The columns that hold money (total, years, sources, types, allocated …), left to right. */
  moneyColumns: ColumnInfo[];
  /** Which money columns must add up to which, row by row. */
  sums: ColumnSum[];
  unit: MoneyUnit;
  /**
   * The unit line says one unit and the amount column's header another ("Đơn vị tính: triệu
   * đồng" over "Kinh phí (tỷ đồng)"): `unit` is the header's. Internal, not in the JSON.
   */
  unitConflict?: UnitConflict;
  /**
   * No unit stated (no unit line, none in the headers, no --unit) and every figure too big for
   * triệu đồng: the table is read in đồng (unit-guess.ts); `smallest` its smallest figure.
   */
  unitAssumed?: { smallest: Decimal };
  /** Items that name no source, under a section named for a spending type ("A. CHI THƯỜNG XUYÊN"): that type, by row (section-types.ts). */
  sectionTypes?: Map<number, SpendingType>;
  /** The one source the title names when the table has no source column ("… (NGUỒN VỐN NGÂN SÁCH TỈNH)"): every row's. */
  titleSources?: SourcePart[];
  /** A percentage column and the two money columns it states the share of (header.ts). */
  share?: ShareColumns;
  /**
   * The total under this table of it and the tables above it on the sheet ("TỔNG CỘNG (PHỤ LỤC I +
   * PHỤ LỤC II)"): no row of this table; across-tables.ts checks it against those tables.
   */
  sheetTotal?: { row: number; stated: Decimal | null };
  /** Money cells ("D6") holding a formula but no saved result: a file no spreadsheet has calculated. */
  uncalculated?: CellAt[];
  /** The sheet rows of this table's rows that are hidden on the sheet (internal, not in the JSON). */
  hiddenRows?: number[];
  /** Each line's symbol and method of a cost breakdown ("Ký hiệu | Cách tính"), by sheet row (cost-methods.ts), internal. */
  methods?: Map<number, { symbol: string; method: string }>;
  /** The total written in words under the table ("Bằng chữ: …"), internal, not in the JSON. */
  inWords?: InWords;
  period: Period | null;
  /** The door read formulas (a reader without them cannot tell a typed subtotal from a formula). */
  formulasKnown: boolean;
  /** Title lines above the header, as read. */
  titles: string[];
  rows: TableRow[];
  /** rows by sheet row number. */
  byRow: RowLookup;
}

export interface CheckedTable extends Table {
  summary: TableSummary;
  findings: Finding[];
  /** The law the table was judged by and why, in the check's language (plan-ruleset.ts). */
  law?: { choice: RuleSetChoice; why: string };
}

export interface CheckResult {
  file: string;
  tables: CheckedTable[];
}

/** What a user can set (flags in the CLI, document settings in Excel). */
export interface CheckSettings {
  lang: Lang;
  /** Overrides the period read from the title lines. */
  period: Period | null;
  /** Overrides the unit read from the unit line. */
  unit: MoneyUnit | null;
  /** Minimum information-security share of the IT total (0.10 = 10%). */
  securityShare: Decimal;
  /** Rule set id (rulesets/), e.g. "nd73-2019"; "auto" = the law in force on each table's date. */
  ruleSet: string;
}

/** A line under a table stating its total in words: where, and the words after "Bằng chữ:". */
export interface InWords {
  row: number;
  col: number;
  text: string;
}
