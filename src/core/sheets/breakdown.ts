// Each item's money cut into source × year pieces: the cells of the "NS Dữ liệu" sheet (a row per
// item × source, a column per year), which the summary's SUMIFS formulas add up. Only items count
// (sections and totals would count money twice). A piece that can be computed from the user's own
// cells (the total, a year cell, a source cell) says how, so the sheet writes it as a live formula
// over those cells.
import { ALLOCATION_DECIMALS, evenSegments } from '../allocate';
import type { EvenSegment } from '../allocate';
import { sum } from '../decimal';
import type { Decimal } from '../decimal';
import { columnLetter } from '../grid';
import { memo } from '../memo';
import type { CellValue } from '../grid';
import type { CheckedTable, MoneyCell, TableRow } from '../model';
import { amountParts } from '../table';
import { moneyParts } from '../summary';
import type { SourceCode, SpendingType } from '../types';
import { sheetRef } from './names';
import { isMatrixColumn } from '../row-reader';
import { loneSplitIndex } from '../lone-source';
import { heldYearly, rateLeftOut, yearlyParts } from '../yearly-parts';

export type TypeKey = SpendingType | 'Chưa rõ';

/**
 * How a piece's amount is written, over the user's cells (references carry their sheet):
 * - ref: the cell itself (=ref);
 * - share: year k of n of an even spread of the cell (=ROUNDDOWN(ref/n,3));
 * - rest: the cell less the pieces at `minus` (indexes among the same item's pieces): the last year
 *   of an even spread, the last source's part of a year, or what a part's years leave of it;
 * - ratio: a year cell's share of one source, ROUNDDOWN(year*part/total,3).
 */
export type PieceFormula =
  | { kind: 'ref'; cell: string }
  | { kind: 'share'; cell: string; n: number }
  | { kind: 'rest'; cell: string; minus: number[] }
  | { kind: 'ratio'; year: string; part: string; total: string };

export interface Piece {
  /**
   * Which of the item's data-sheet rows it sits in: one row per money part (summary.moneyParts, one
   * per source × type) that has pieces, in the parts' order. A part has one piece per year and at
   * most one without, so a row never gets two pieces for one column.
   */
  row: number;
  code: SourceCode;
  type: TypeKey;
  year: number | null;
  amount: Decimal;
  /** A live formula over the user's cells, or null for a constant. */
  formula: PieceFormula | null;
  /**
   * Why a constant (or a computed share) and not the user's figure: 'text' = read from the
   * amount's words; 'split' = shared among sources; 'proportional' = a year cell shared among
   * source cells in proportion; null = the user's cell as it stands.
   */
  why: 'text' | 'split' | 'proportional' | null;
  /** The text the figure was read from, for the note. */
  amountText: string;
  /** That figure, when the cell holds a number: the note writes it as officers do ("6.000", not "6000"). */
  amountNumber: Decimal | null;
}

/** One item and its pieces. */
export interface ItemPieces {
  /** 1-based number of the table in the check result. */
  table: number;
  sheet: string;
  row: number;
  stt: string;
  name: string;
  /** A1 address (on `sheet`) of the item's own amount cell, else of the first cell its pieces come from. */
  cell: string;
  pieces: Piece[];
  /** How many data-sheet rows the pieces take (Piece.row). */
  rows: number;
  /** Each row's money: its part's amount, which its pieces add up to exactly. */
  totals: Decimal[];
}

/** Every item's pieces, and the years any of them (or any table's summary) carries money in, ascending. */
export interface Breakdown {
  /**
   * The items, in table and row order, cut when gone over (afresh each time), one at a time: a
   * 100,000-row plan's 300,000 pieces held from breakdown() to the data sheet's last row took V8
   * longer to keep (copied from young to old memory, then made there directly) than to cut.
   */
  items: Iterable<ItemPieces>;
  years: number[];
  /** Data-sheet rows over all items. */
  rows: number;
}

/** The user's cell value at (sheet row, column), as the door read it. */
export type CellLookup = (sheet: string, row: number, col: number) => CellValue;

/** A cell a formula may name: a number, exactly the figure the core read. */
function live(cell: MoneyCell | undefined, value: Decimal): boolean {
  return !!cell && cell.isNumber && !!cell.value && cell.value.eq(value);
}

/** Where a row's money is in its table: which money column indexes hold each year and each source part. */
interface RowCells {
  total: MoneyCell | undefined;
  totalCol: number | null;
  /** year → the one year column holding it (undefined when none or several). */
  yearCol: Map<number, number>;
  /** The source columns that made the row's parts, in the parts' order. */
  partCols: number[];
  /** "year|source|type" → the year × source column ("Năm 2021 / NSTW"). */
  matrixCol: Map<string, number>;
}

/** What every row of a table shares: where its money columns are, worked out once per table. */
interface TableCells {
  index: Map<number, number>;
  totalIdx: number;
  /** year → the one year column holding it (none when several do). */
  yearCol: Map<number, number>;
  matrixCol: Map<string, number>;
  /** The counted source and type columns (index and column), in order. */
  parts: { k: number; col: number }[];
  /** The lone source column beside the total ("Trong đó: NSTW hỗ trợ", lone-source.ts), when it splits the rows; else null. */
  lone: { k: number; col: number } | null;
}

const tableCells = new WeakMap<CheckedTable, TableCells>();

function cellsOf(table: CheckedTable): TableCells {
  let t = tableCells.get(table);
  if (t) return t;
  const index = new Map(table.moneyColumns.map((m, k) => [m.col, k]));
  const counted = new Set(table.sums.flatMap((s) => s.parts));
  const yearCol = new Map<number, number>();
  const seen = new Set<number>();
  const matrixCol = new Map<string, number>();
  const sourceParts: { k: number; col: number }[] = [];
  const typeParts: { k: number; col: number }[] = [];
  table.moneyColumns.forEach((m, k) => {
    if (!counted.has(m.col)) return;
    if (isMatrixColumn(m, counted)) matrixCol.set(`${m.year}|${m.source}|${m.type ?? 'Chưa rõ'}`, m.col);
    if (m.role === 'year' && m.year !== null) {
      if (seen.has(m.year)) yearCol.delete(m.year);
      else yearCol.set(m.year, m.col);
      seen.add(m.year);
    } else if (m.role === 'source') sourceParts.push({ k, col: m.col });
    else if (m.role === 'type') typeParts.push({ k, col: m.col });
  });
  // As the row reader takes them (row-reader.ts): the source columns, else the type columns.
  const parts = sourceParts.length ? sourceParts : typeParts;
  const totalIdx = table.columns.total !== null ? index.get(table.columns.total) ?? -1 : -1;
  const loneAt = parts.length === 0 ? loneSplitIndex(table) : -1;
  const lone = loneAt >= 0 ? { k: loneAt, col: table.moneyColumns[loneAt].col } : null;
  t = { index, totalIdx, yearCol, matrixCol, parts, lone };
  tableCells.set(table, t);
  return t;
}

function rowCells(table: CheckedTable, row: TableRow): RowCells {
  const t = cellsOf(table);
  const partCols: number[] = [];
  if (row.sourcesFrom === 'columns') {
    for (const { k, col } of t.parts) {
      const v = row.cells[k].value;
      if (v && !v.isZero()) partCols.push(col);
    }
  }
  return {
    total: t.totalIdx >= 0 ? row.cells[t.totalIdx] : undefined,
    totalCol: table.columns.total,
    yearCol: t.yearCol,
    partCols,
    matrixCol: t.matrixCol,
  };
}

// Items that share an allocation (summary.moneyParts cuts each pattern once) add it up, and put
// its years in order, once.
const allocationSums = new WeakMap<Map<number, Decimal>, Decimal>();
const allocationYears = new WeakMap<Map<number, Decimal>, number[]>();
const allocationSum = (allocation: Map<number, Decimal>): Decimal => memo(allocationSums, allocation, (m) => sum(m.values()));
const sortedYears = (allocation: Map<number, Decimal>): number[] => memo(allocationYears, allocation, (m) => [...m.keys()].sort((x, y) => x - y));

/**
 * Every piece of one item, cut by source exactly as the summary cuts it (summary.moneyParts),
 * so the SUMIFS totals over these pieces are the summary's totals; null for a row with none.
 */
export function itemPieces(tableNo: number, table: CheckedTable, row: TableRow): ItemPieces | null {
  if (row.kind !== 'item') return null;
  const parts = moneyParts(table, row);
  if (parts.length === 0) return null;
  const cells = rowCells(table, row);
  const at = (col: number): string => columnLetter(col) + row.row;
  const ref = (col: number): string => sheetRef(table.sheet, at(col));
  const index = cellsOf(table).index;
  const cellOf = (col: number): MoneyCell | undefined => {
    const k = index.get(col);
    return k === undefined ? undefined : row.cells[k];
  };
  const mainCol = cells.totalCol ?? table.columns.amount;
  const pieces: Piece[] = [];
  let firstCol = mainCol;
  // Every piece is one object literal of one shape (a spread of a shared base made 300,000
  // pieces of a large plan slow to build and to collect).
  const stated = cellOf(mainCol);
  const statedNumber = stated !== undefined && stated.isNumber && stated.text === row.amountText ? stated.value : null;
  const push = (p: { row: number; code: SourceCode; type: TypeKey; year: number | null; amount: Decimal; formula: PieceFormula | null; sourceCol: number; why: Piece['why']; cell?: MoneyCell }): number => {
    // The item's place, when not its own amount cell: the user's cell its first piece comes from.
    if (pieces.length === 0) firstCol = p.sourceCol;
    const from = p.cell;
    pieces.push({
      row: p.row, code: p.code, type: p.type, year: p.year, amount: p.amount, formula: p.formula, why: p.why,
      amountText: from ? from.text : row.amountText,
      amountNumber: from ? (from.isNumber ? from.value : null) : statedNumber,
    });
    return pieces.length - 1;
  };
  // Each part's own cell: the total for a single part, else the source column it came from.
  const ownCol = (i: number): number | null => {
    if (parts.length === 1) return row.amountFrom === 'cell' ? cells.totalCol : cells.partCols.length === 1 ? cells.partCols[0] : null;
    return row.sourcesFrom === 'columns' && i < cells.partCols.length ? cells.partCols[i] : null;
  };
  // A row split by the lone source column beside its total (lone-source.ts): that source is the
  // column's cell, the rest the total less it.
  const lone = cellsOf(table).lone;
  const loneSplit = lone !== null && row.sourcesFrom === 'columns' && cells.totalCol !== null && parts.length <= 2 && row.amountPer === 'total' &&
    parts[0].code === table.moneyColumns[lone.k].source && live(row.cells[lone.k], parts[0].amount);
  const own = parts.map((p, i) => {
    if (loneSplit && lone !== null && cells.totalCol !== null) {
      if (i === 0) return { col: lone.col, live: true, cell: ref(lone.col) };
      const ok = live(cells.total, row.amount as Decimal);
      return { col: cells.totalCol, live: ok, cell: ok ? `(${ref(cells.totalCol)}-${ref(lone.col)})` : '' };
    }
    const col = ownCol(i);
    if (col === null && parts.length === 1) {
      // Invest and lease cells with no total column ("Kinh phí đầu tư | Kinh phí thuê"): the
      // amount is their sum, live as the SUM of the cells that hold it.
      const summed = amountParts(table, row);
      const held = summed && summed.kind === 'modes' ? summed.cols : null;
      if (held && held.every((c) => live(cellOf(c), cellOf(c)?.value as Decimal))) {
        // Money a year among them (yearly-parts.ts): once for each of the row's years, or left out
        // when they are not known; a row of money a year alone is a rate (rateCol below).
        const yearly = yearlyColumns(table);
        const times = rateLeftOut(row) ? 0 : row.time?.years.length ?? 0;
        const terms = row.amountPer !== 'total' ? [] : held.flatMap((c) => (!yearly.has(c) ? [ref(c)] : times === 0 ? [] : times === 1 ? [ref(c)] : [`${times}*${ref(c)}`]));
        if (terms.length) return { col: held[0], live: true, cell: terms.length === 1 && !terms[0].includes('*') ? terms[0] : `SUM(${terms.join(',')})` };
      }
    }
    const ok = col !== null && row.amountPer === 'total' && live(cellOf(col), p.amount);
    return { col, live: ok, cell: ok ? ref(col as number) : '' };
  });
  const byColumns = row.allocationBasis === 'columns';
  const mine: number[][] = parts.map(() => []);
  // The runs of years spread from the row's own cells (phases, stated years: allocate.evenSegments),
  // and each run's money as a formula over those cells ("'KH'!D5", "('KH'!D4-'KH'!E4)"), for a row
  // of one part whose cells are numbers as read (else its pieces are constants).
  const runs = evenSegments(row);
  const moneyCol = (k: number): number => (k < 0 ? mainCol : table.moneyColumns[k].col);
  const isNumber = (k: number): boolean => {
    const c = cellOf(moneyCol(k));
    return c !== undefined && c.isNumber && c.value !== null;
  };
  const runCell = runs && parts.length === 1 && runs.every((r) => isNumber(r.add) && r.minus.every(isNumber))
    ? (run: EvenSegment): string => (run.minus.length ? `(${[run.add, ...run.minus].map((k) => ref(moneyCol(k))).join('-')})` : ref(moneyCol(run.add)))
    : null;

  if (byColumns && parts.length > 1 && row.sources.every((s) => s.years !== undefined)) {
    // Year × source cells: each piece is its own cell.
    parts.forEach((p, i) => {
      for (const [y, v] of p.allocation) {
        const col = matrixColumn(cells, y, p);
        const ok = col !== undefined && live(cellOf(col), v);
        mine[i].push(push({ row: i, code: p.code, type: p.type, year: y, amount: v, formula: ok ? { kind: 'ref', cell: ref(col as number) } : null, sourceCol: col ?? mainCol, why: ok ? null : 'text' }));
      }
    });
  } else if (byColumns && parts.length > 1) {
    // Each year cell shared among the source cells in proportion to them (summary.splitAllocation).
    const years = [...row.allocation.keys()];
    const yearsLive = years.every((y) => cells.yearCol.has(y) && live(cellOf(cells.yearCol.get(y) as number), row.allocation.get(y) as Decimal));
    // The row's total: its cell, or with no total column the sum of its year cells.
    const total = cells.totalCol !== null
      ? (live(cells.total, row.amount as Decimal) ? ref(cells.totalCol) : null)
      : row.amountFrom === 'columns' && yearsLive ? `SUM(${years.map((y) => ref(cells.yearCol.get(y) as number)).join(',')})` : null;
    const ok = total !== null && yearsLive && own.every((o) => o.live);
    const index = new Map<string, number>();
    parts.forEach((p, i) => {
      for (const [y, v] of p.allocation) {
        let formula: PieceFormula | null = null;
        if (ok) {
          const year = ref(cells.yearCol.get(y) as number);
          formula = i < parts.length - 1
            ? { kind: 'ratio', year, part: own[i].cell, total: total as string }
            : { kind: 'rest', cell: year, minus: parts.slice(0, -1).map((_, j) => index.get(`${j}|${y}`) as number) };
        }
        const k = push({ row: i, code: p.code, type: p.type, year: y, amount: v, formula, sourceCol: cells.yearCol.get(y) ?? mainCol, why: 'proportional' });
        index.set(`${i}|${y}`, k);
        mine[i].push(k);
      }
    });
  } else {
    parts.forEach((p, i) => {
      const o = own[i];
      const years = sortedYears(p.allocation);
      const ownAt = o.col ?? mainCol;
      if (years.length === 0) {
        push({ row: i, code: p.code, type: p.type, year: null, amount: p.amount, formula: o.live ? { kind: 'ref', cell: o.cell } : null, sourceCol: ownAt, why: o.live ? null : parts.length > 1 ? 'split' : 'text' });
        return;
      }
      if (byColumns) {
        // One source: its years are the year cells as they stand, and a phase past them
        // ("Giai đoạn 2028-2030") spread over its years from its own cell.
        const spreads = new Map<EvenSegment, (j: number) => PieceFormula>();
        for (const y of years) {
          const v = p.allocation.get(y) as Decimal;
          // A year of several columns (one a spending type, "Năm 2026 / Vốn SN"): the part's own.
          const col = cells.yearCol.get(y) ?? matrixColumn(cells, y, p);
          const run = col === undefined && runCell ? runs?.find((r) => r.years.includes(y)) : undefined;
          if (run && runCell) {
            let formula = spreads.get(run);
            if (!formula) spreads.set(run, (formula = spreadOver(runCell(run), run.years.length, pieces.length)));
            mine[i].push(push({ row: i, code: p.code, type: p.type, year: y, amount: v, formula: formula(run.years.indexOf(y)), sourceCol: moneyCol(run.add), why: null }));
            continue;
          }
          const cell = col !== undefined ? cellOf(col) : undefined;
          const ok = col !== undefined && live(cell, v);
          mine[i].push(push({
            row: i, code: p.code, type: p.type, year: y, amount: v, formula: ok ? { kind: 'ref', cell: ref(col as number) } : null,
            sourceCol: col ?? mainCol, why: ok ? null : 'text', cell,
          }));
        }
        return;
      }
      // An even allocation made of several spreads (phases, stated years): each run of years over
      // its own cells, when they are live (runCell).
      if (runs !== undefined && row.allocationBasis === 'even') {
        for (const run of runs) {
          const formula = runCell ? spreadOver(runCell(run), run.years.length, pieces.length) : null;
          run.years.forEach((y, j) => {
            mine[i].push(push({ row: i, code: p.code, type: p.type, year: y, amount: p.allocation.get(y) as Decimal, formula: formula ? formula(j) : null, sourceCol: ownAt, why: formula ? null : parts.length > 1 ? 'split' : 'text' }));
          });
        }
        return;
      }
      // A column of money a year ("Kinh phí/năm"): each year is the user's cell itself.
      const rate = row.amount;
      const rateCol = row.amountPer !== 'year' || parts.length !== 1 ? null : row.amountFrom === 'cell' ? cells.totalCol : heldRate(table, row);
      if (rateCol !== null && rate && live(cellOf(rateCol), rate) && years.every((y) => (p.allocation.get(y) as Decimal).eq(rate))) {
        for (const y of years) mine[i].push(push({ row: i, code: p.code, type: p.type, year: y, amount: rate, formula: { kind: 'ref', cell: ref(rateCol) }, sourceCol: rateCol, why: null }));
        return;
      }
      const even = o.live && row.allocationBasis === 'even';
      const formula = even ? spreadOver(o.cell, years.length, pieces.length) : null;
      const why = even ? null : parts.length > 1 ? 'split' : 'text';
      for (let j = 0; j < years.length; j++) {
        mine[i].push(push({ row: i, code: p.code, type: p.type, year: years[j], amount: p.allocation.get(years[j]) as Decimal, formula: formula ? formula(j) : null, sourceCol: ownAt, why }));
      }
    });
  }

  // A part whose year pieces do not add up to it (years shared among sources in proportion lose a
  // thousandth here and there; year cells that miss their total) gets one more piece with no
  // year: the difference, so the summary's totals by source stay the part's exact amount and its
  // "no known year" line shows exactly what the years do not cover.
  parts.forEach((p, i) => {
    if (mine[i].length === 0) return;
    // A part's year pieces are its allocation's figures, one each, whichever way they were made.
    const yearsSum = allocationSum(p.allocation);
    if (yearsSum.eq(p.amount)) return;
    const o = own[i];
    const last = pieces[mine[i][mine[i].length - 1]];
    push({
      row: i, code: p.code, type: p.type, year: null, amount: p.amount.minus(yearsSum),
      formula: o.live ? { kind: 'rest', cell: o.cell, minus: mine[i] } : null,
      sourceCol: o.col ?? mainCol, why: last.why ?? 'text',
    });
  });
  if (pieces.length === 0) return null;
  // Pieces were numbered by part; a part with no pieces (no year to put it in) takes no row. A
  // part's first piece comes before any later part's (years part by part, the rests after all).
  const rowOfPart: number[] = [];
  const totals: Decimal[] = [];
  let rows = 0;
  for (const p of pieces) {
    let r = rowOfPart[p.row];
    if (r === undefined) {
      r = rowOfPart[p.row] = rows++;
      totals.push(parts[p.row].amount);
    }
    p.row = r;
  }
  // Ô gốc: the cell the officer reads the item's amount in, when the amount came from one.
  const cell = row.amountFrom === 'cell' && cells.totalCol !== null ? at(cells.totalCol) : at(firstCol);
  return { table: tableNo, sheet: table.sheet, row: row.row, stt: row.stt, name: row.name, cell, pieces, rows, totals };
}

/** Pieces of every item of every table, in table and row order. */
function* eachItem(tables: readonly CheckedTable[]): Generator<ItemPieces> {
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i];
    for (const row of t.rows) {
      if (row.kind !== 'item') continue;
      const item = itemPieces(i + 1, t, row);
      if (item) yield item;
    }
  }
}

/**
 * The data-sheet rows an item's pieces take and the years they fall in (into `years`), without
 * cutting it: what itemPieces makes, counted. A part takes a row when it has a piece: always when
 * its years are spread over it or there are none (one piece without a year), and when the years
 * are the row's own cells shared among several sources, only with a year to share; a piece has a
 * year of its part's allocation or none.
 */
function itemShape(table: CheckedTable, row: TableRow, years: Set<number>): number {
  const parts = moneyParts(table, row);
  const everyPart = parts.length <= 1 || row.allocationBasis !== 'columns';
  let rows = 0;
  for (let i = 0; i < parts.length; i++) {
    const allocation = parts[i].allocation;
    if (allocation.size > 0) {
      rows++;
      for (const y of allocation.keys()) years.add(y);
    } else if (everyPart) {
      rows++;
    }
  }
  return rows;
}

/** The breakdown of `tables`: its years and rows counted now, its items cut when gone over. */
export function breakdown(tables: readonly CheckedTable[]): Breakdown {
  const years = new Set<number>();
  let rows = 0;
  for (const t of tables) {
    for (const y of t.summary.byYear.keys()) years.add(y);
    for (const row of t.rows) if (row.kind === 'item') rows += itemShape(t, row, years);
  }
  return { items: { [Symbol.iterator]: () => eachItem(tables) }, years: [...years].sort((a, b) => a - b), rows };
}

/** A CellLookup over the grids a door read (one per sheet). */
export function lookupInGrids(grids: readonly { sheet: string; top: number; left: number; values: CellValue[][] }[]): CellLookup {
  const bySheet = new Map(grids.map((g) => [g.sheet, g]));
  return (sheet, row, col) => {
    const g = bySheet.get(sheet);
    const v = g?.values[row - g.top]?.[col - g.left];
    return v === undefined ? null : v;
  };
}

/**
 * Year j of `cell` spread evenly over n years whose pieces start at `first`: the cell itself for one
 * year; ROUNDDOWN(cell/n, 3) for every year but the last, one formula they share (a piece's formula
 * is never changed once made); the last, the cell less the others.
 */
function spreadOver(cell: string, n: number, first: number): (j: number) => PieceFormula {
  const share: PieceFormula = n === 1 ? { kind: 'ref', cell } : { kind: 'share', cell, n };
  return (j) => (j < n - 1 || n === 1 ? share : { kind: 'rest', cell, minus: Array.from({ length: n - 1 }, (_, k) => first + k) });
}

/** ROUNDDOWN's decimals in the formulas: the allocation's (allocate.ts). */
export const FORMULA_DECIMALS = ALLOCATION_DECIMALS;

/** The money-a-year columns among a table's invest and lease cells with no total (yearly-parts.ts), by sheet column. */
function yearlyColumns(table: CheckedTable): Set<number> {
  const parts = yearlyParts(table.moneyColumns, table.sums);
  return new Set(parts ? parts.yearly.map((k) => table.moneyColumns[k].col) : []);
}

/** The one money-a-year cell holding a rate row's money (yearly-parts.ts), by sheet column; else null. */
function heldRate(table: CheckedTable, row: TableRow): number | null {
  const parts = yearlyParts(table.moneyColumns, table.sums);
  const held = parts ? heldYearly(row, parts) : [];
  return held.length === 1 ? table.moneyColumns[held[0]].col : null;
}

/** The year × source (or type) cell of a part in a year; a year's type columns name no source (its code is the words'): "2026|null|ĐTPT". */
function matrixColumn(cells: RowCells, year: number, part: { code: SourceCode; type: TypeKey }): number | undefined {
  return cells.matrixCol.get(`${year}|${part.code}|${part.type}`) ?? cells.matrixCol.get(`${year}|null|${part.type}`);
}
