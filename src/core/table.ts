// From a Grid to Tables: find each header, read the title lines above it (period, unit), then
// read the body rows into an STT tree. Never throws on bad cells: what it cannot read stays in
// the row (amountText, money.reason) for the rules to report.
import { readAmountCell } from './cell-amount';
import { Decimal, ZERO } from './decimal';
import { address, boldAt, cellText, columnLetter, formulaAt, Grid, valueAt } from './grid';
import { findHeaders, HeaderMatch, isColumnNumberRow } from './header';
import type { ColumnInfo, ColumnRole, Table, TableRow } from './model';
import { parseMode } from './mode';
import { parseMoney, parseUnit } from './money';
import { parsePeriod } from './period';
import { readStt } from './stt';
import { effectiveTotal } from './summary';
import { parseSources } from './sources';
import { fold } from './text';
import { parseTime } from './time';
import type { MoneyUnit, Period } from './types';

export interface TableOptions {
  period: Period | null;
  unit: MoneyUnit | null;
}

const DEFAULT_UNIT: MoneyUnit = 'triệu đồng';
const TITLE_LOOKBACK = 12;
const MAX_BLANK_RUN = 5;

function rowTexts(grid: Grid, row: number): string[] {
  const values = grid.values[row - grid.top] ?? [];
  const out: string[] = [];
  for (const v of values) {
    const t = cellText(v);
    if (t) out.push(t);
  }
  return out;
}

/** Period and unit from the title lines above the header (and the header's own cells). */
function readTitles(grid: Grid, header: HeaderMatch, stopAbove: number): { titles: string[]; period: Period | null; unit: MoneyUnit | null } {
  const titles: string[] = [];
  let period: Period | null = null;
  let unit: MoneyUnit | null = null;
  const from = Math.max(grid.top, header.row - TITLE_LOOKBACK, stopAbove + 1);
  for (let r = from; r < header.row; r++) {
    for (const t of rowTexts(grid, r)) {
      titles.push(t);
      const f = fold(t);
      if (!unit && /(don vi tinh|dvt|don vi)/.test(f)) unit = parseUnit(t);
      if (!period) period = parsePeriod(t);
    }
  }
  // "Tổng mức đầu tư (triệu đồng)" in the header names the unit too.
  if (!unit) {
    const h = cellText(valueAt(grid, header.row, header.columns.amount));
    const m = /\(([^)]*)\)/.exec(h);
    if (m) unit = parseUnit(m[1]);
  }
  return { titles, period, unit };
}

function isTotalName(name: string): boolean {
  const f = fold(name);
  return /^(tong cong|tong so|tong kinh phi|cong|tong)\b/.test(f);
}

function isBreakdownName(name: string): boolean {
  return /^(trong do|bao gom|gom)\b/.test(fold(name));
}

function emptyRow(grid: Grid, row: number): boolean {
  const values = grid.values[row - grid.top];
  if (!values) return true;
  for (const v of values) if (cellText(v)) return false;
  return true;
}

/** Reads the body of one table, from the row after the header to `limit` (exclusive). */
function readBody(grid: Grid, header: HeaderMatch, limit: number, unit: MoneyUnit, period: Period | null): { rows: TableRow[]; lastRow: number } {
  const cols = header.columns;
  const rows: TableRow[] = [];
  const hidden = new Set(grid.hiddenRows ?? []);
  const stack: { rank: number; row: TableRow }[] = [];
  let blankRun = 0;
  let lastRow = header.row;
  let romanSeen = 0;
  const amountOf = (t: string) => parseMoney(t, { unit }).value;
  // Plans repeat the same texts ("NSĐP", "2021-2023", "Thuê VNPT") on thousands of rows: read
  // each distinct text once. Readings are never mutated after this, so sharing them is safe.
  const timeReads = new Map<string, ReturnType<typeof parseTime>>();
  const sourceReads = new Map<string, ReturnType<typeof parseSources>>();
  const modeReads = new Map<string, ReturnType<typeof parseMode>>();
  const memo = <T>(cache: Map<string, T>, key: string, read: () => T): T => {
    let v = cache.get(key);
    if (v === undefined) {
      v = read();
      cache.set(key, v);
    }
    return v;
  };

  for (let r = header.row + 1; r < limit; r++) {
    if (emptyRow(grid, r)) {
      if (++blankRun >= MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    const values = grid.values[r - grid.top];
    if (r === header.row + 1 && isColumnNumberRow(values)) continue;

    const sttText = cols.stt !== null ? cellText(valueAt(grid, r, cols.stt)) : '';
    const name = cols.name !== null ? cellText(valueAt(grid, r, cols.name)) : '';
    const amountValue = valueAt(grid, r, cols.amount);
    const amountText = cellText(amountValue);
    if (!sttText && !name && !amountText) continue;
    if (!sttText && isBreakdownName(name)) continue;

    let token = readStt(sttText);
    // An "I" after the sections have begun is a "1" typed wrong (STT_SEQUENCE reports it); read
    // it as a number so the tree, and every subtotal above it, stays right.
    if (token.style === 'roman') {
      if (token.parts[0] === 1 && romanSeen >= 1) {
        token = { text: token.text, style: 'arabic', rank: 1, parts: [1] };
      } else {
        romanSeen = token.parts[0];
      }
    }
    const total = !sttText && isTotalName(name);
    const money = readAmountCell(amountValue, unit);
    const timeText = cols.time !== null ? cellText(valueAt(grid, r, cols.time)) : '';
    const sourceText = cols.source !== null ? cellText(valueAt(grid, r, cols.source)) : '';
    const modeText = cols.mode !== null ? cellText(valueAt(grid, r, cols.mode)) : '';
    const row: TableRow = {
      row: r,
      stt: sttText,
      parentRow: null,
      kind: total ? 'total' : 'item',
      level: 0,
      name,
      amountText,
      amount: money && money.value ? money.value : null,
      amountPer: money ? money.per : 'total',
      money,
      computed: null,
      time: cols.time !== null ? memo(timeReads, timeText, () => parseTime(timeText, period)) : null,
      allocation: new Map(),
      allocationBasis: 'none',
      years: new Map(),
      place: null,
      system: null,
      sources: sourceText ? memo(sourceReads, sourceText, () => parseSources(sourceText, amountOf)).parts : [],
      sourceText,
      mode: cols.mode !== null && modeText ? memo(modeReads, modeText, () => parseMode(modeText)) : null,
      bold: boldAt(grid, r, cols.amount) || (cols.name !== null && boldAt(grid, r, cols.name)) || (cols.stt !== null && boldAt(grid, r, cols.stt)),
      amountFormula: formulaAt(grid, r, cols.amount),
      amountIsNumber: typeof amountValue === 'number',
      children: [],
      hidden: hidden.has(r),
    };
    lastRow = r;
    rows.push(row);
    if (total) {
      stack.length = 0;
      continue;
    }
    // A row without STT under a numbered row continues that row's level (a note line with money).
    const rank = token.style === 'none' ? (stack.length ? stack[stack.length - 1].rank + 1 : 1) : token.rank;
    while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop();
    const parent = stack.length ? stack[stack.length - 1].row : null;
    if (parent) {
      row.parentRow = parent.row;
      row.level = parent.level + 1;
      parent.children.push(r);
      parent.kind = 'section';
    }
    if (token.style === 'roman') row.kind = 'section';
    stack.push({ rank, row });
  }
  return { rows, lastRow };
}

/** Items (leaves) under a row, in order. */
export function leavesOf(table: Table, row: TableRow): TableRow[] {
  const out: TableRow[] = [];
  const walk = (r: TableRow) => {
    for (const c of r.children) {
      const child = table.byRow.get(c);
      if (!child) continue;
      if (child.kind === 'item') out.push(child);
      else walk(child);
    }
  };
  walk(row);
  return out;
}

export function items(table: Table): TableRow[] {
  return table.rows.filter((r) => r.kind === 'item');
}

/**
 * Fills `computed` on sections (sum of their leaves) and totals (sum of all items). Bottom-up:
 * children come after their parent, so walking the rows backwards finishes every section before
 * the one above it needs it, and each item is added once.
 */
export function computeSubtotals(table: Table): void {
  const sums = new Map<number, Decimal>();
  let all = ZERO;
  for (let i = table.rows.length - 1; i >= 0; i--) {
    const row = table.rows[i];
    if (row.kind === 'total') continue;
    let value: Decimal | null;
    if (row.kind === 'item') {
      value = effectiveTotal(row);
      if (value) all = all.plus(value);
    } else {
      value = sums.get(row.row) ?? ZERO;
      row.computed = value;
    }
    if (value && row.parentRow !== null) {
      const before = sums.get(row.parentRow);
      sums.set(row.parentRow, before ? before.plus(value) : value);
    }
  }
  for (const row of table.rows) if (row.kind === 'total') row.computed = all;
}

const ROLE_OF: [keyof HeaderMatch['columns'], ColumnRole][] = [
  ['stt', 'stt'], ['name', 'name'], ['time', 'time'], ['amount', 'amount'], ['source', 'sourceText'], ['mode', 'mode'],
];

/** The header's columns as the contract lists them (CONTRACT `columns`). */
function columnInfoOf(grid: Grid, header: HeaderMatch): ColumnInfo[] {
  const out: ColumnInfo[] = [];
  for (const [key, role] of ROLE_OF) {
    const col = header.columns[key];
    if (col === null) continue;
    out.push({ col, role, header: cellText(valueAt(grid, header.row, col)), year: null, source: null, type: null });
  }
  return out.sort((a, b) => a.col - b.col);
}

/** Every table in one sheet's grid. */
export function readTables(grid: Grid, options: TableOptions): Table[] {
  const headers = findHeaders(grid);
  const tables: Table[] = [];
  const gridEnd = grid.top + grid.values.length;
  let previousEnd = grid.top - 1;
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i];
    if (header.row <= previousEnd) continue;
    const limit = i + 1 < headers.length ? headers[i + 1].row : gridEnd;
    const titles = readTitles(grid, header, previousEnd);
    const unit = options.unit ?? titles.unit ?? DEFAULT_UNIT;
    const period = options.period ?? titles.period;
    const { rows, lastRow } = readBody(grid, header, limit, unit, period);
    if (rows.length === 0) continue;
    previousEnd = lastRow;
    const byRow = new Map(rows.map((r) => [r.row, r]));
    let widest = header.columns.amount;
    grid.values[header.row - grid.top].forEach((v, c) => {
      if (cellText(v)) widest = Math.max(widest, grid.left + c);
    });
    const table: Table = {
      sheet: grid.sheet,
      range: `${address(header.row, grid.left)}:${columnLetter(widest)}${lastRow}`,
      headerRow: header.row,
      lastRow,
      columns: header.columns,
      columnInfo: columnInfoOf(grid, header),
      unit,
      period,
      formulasKnown: grid.formulas !== undefined,
      titles: titles.titles,
      rows,
      byRow,
    };
    // A Roman row with money but nothing under it is an item that happens to be numbered I, II.
    for (const r of rows) if (r.kind === 'section' && r.children.length === 0 && r.amount) r.kind = 'item';
    tables.push(table);
  }
  return tables;
}
