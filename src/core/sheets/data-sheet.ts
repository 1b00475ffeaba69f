// "NS Dữ liệu": one row per item × source (× spending type), one column per year, the table the
// summary's SUMIFS formulas add up, laid out the way officers' own multi-year forms read
// ("Năm 2021 | … | Năm 2025"). An amount that comes from the user's numbers (the total, a year
// cell, a source cell, an even share of one, a year cell's share of a source) is a live formula
// over those cells, so editing the plan updates the summary; a figure read from text is a
// constant, and the note says where it came from. "Cộng" adds the row's year cells and its
// "Chưa rõ năm" cell; that column is always there (empty when every figure has a year), so a
// formula an officer writes over the sheet keeps its columns from one check to the next.
import { formatAmount } from '../i18n';
import { columnLetter } from '../grid';
import { DATA_HEADERS, DATA_NOTES } from '../i18n/check-sheets';
import type { PlanRow, PlanRowCell, SheetPlan } from '../sheetplan';
import type { Lang } from '../types';
import { FORMULA_DECIMALS } from './breakdown';
import type { Breakdown, ItemPieces, Piece, PieceFormula } from './breakdown';
import { DATA_SHEET, sheetRef } from './names';
import { amountCell, cellsOfRows, rowCell, sharedCell } from './rows';

/** The fixed columns before the years (letters), and the first data row. */
export const DATA_COL = {
  table: 'A', sheet: 'B', row: 'C', stt: 'D', name: 'E', source: 'F', type: 'G', total: 'H',
} as const;
export const DATA_FIRST_ROW = 2;
/** 1-based column of the first year (or of "Chưa rõ năm" when there are no years). */
const FIRST_YEAR_COL = 9;

/** Where the summary finds each year's column, the no-year column, and the last data row. */
export interface DataLayout {
  /** year → its column letter, for every year of the breakdown. */
  year: Map<number, string>;
  /** The column of money with no known year. */
  noYear: string;
  /** Last row holding an item (DATA_FIRST_ROW - 1 when there are none). */
  lastRow: number;
}

export interface DataSheet {
  plan: SheetPlan;
  layout: DataLayout;
}

const SEPARATOR = '; ';

/** Why a piece is a constant or a computed share (a piece with a reason, `why` not null). */
function note(p: Piece, lang: Lang): string {
  const notes = DATA_NOTES[lang];
  const text = p.amountNumber !== null ? formatAmount(lang, p.amountNumber) : p.amountText;
  if (p.why === 'text') return notes.text(text);
  if (p.why === 'split') return notes.split(text);
  return notes.proportional;
}

/** A data-sheet cell: its column (1-based) and row. */
interface At { col: number; row: number }

/**
 * Cells subtracted: "-SUM(I5:K5)" or "-SUM(I5:I7)" when they are adjacent along a row or a column,
 * else "-I5-K5".
 */
function minusCells(cells: readonly At[], letters: readonly string[]): string {
  if (cells.length === 0) return '';
  const a = (c: At): string => letters[c.col] + c.row;
  if (cells.length === 1) return `-${a(cells[0])}`;
  const alongRow = cells.every((c, i) => i === 0 || (c.row === cells[0].row && c.col === cells[i - 1].col + 1));
  const alongCol = cells.every((c, i) => i === 0 || (c.col === cells[0].col && c.row === cells[i - 1].row + 1));
  if (alongRow || alongCol) return `-SUM(${a(cells[0])}:${a(cells[cells.length - 1])})`;
  return cells.map((c) => `-${a(c)}`).join('');
}

/** The sheet's rows in order, made one at a time (a writer may stream them). */
function* dataSheetRows(items: Iterable<ItemPieces>, years: readonly number[], lang: Lang): Generator<PlanRow> {
  const H = DATA_HEADERS[lang];
  const head = { bold: true, fill: 'D9E1F2', wrap: true };
  const slots = years.length + 1;
  yield { row: 1, cells: [...H.lead, ...years.map(H.year), H.noYear, ...H.tail].map((h) => rowCell(h, head)) };

  // letters[c] is column c's letter (1-based), for every column the sheet has.
  const letters = ['', ...Array.from({ length: FIRST_YEAR_COL + slots + 1 }, (_, i) => columnLetter(i + 1))];
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const slotOf = (year: number | null): number => (year === null ? years.length : yearIndex.get(year) as number);
  const cellCol = FIRST_YEAR_COL + slots;
  const sumOf = (r: number): string => `SUM(${letters[FIRST_YEAR_COL]}${r}:${letters[FIRST_YEAR_COL + slots - 1]}${r})`;
  const italic = { italic: true };
  const tables = new Map<number, PlanRowCell>();
  const sheets = new Map<string, PlanRowCell>();
  const codes = new Map<string, PlanRowCell>();
  const types = new Map<string, PlanRowCell>();
  let lastFormula: PieceFormula | null = null;
  let lastText = '';
  // The item being written: its pieces and first row (read by `at`, made once for every item).
  let pieces: readonly Piece[] = [];
  let top = 0;
  const at = (k: number): At => ({ col: FIRST_YEAR_COL + slotOf(pieces[k].year), row: top + pieces[k].row });
  const formulaText = (f: PieceFormula): string => {
    switch (f.kind) {
      case 'ref': return f.cell;
      case 'share': return `ROUNDDOWN(${f.cell}/${f.n},${FORMULA_DECIMALS})`;
      case 'rest': return f.cell + minusCells(f.minus.map(at), letters);
      case 'ratio': return `ROUNDDOWN(${f.year}*${f.part}/${f.total},${FORMULA_DECIMALS})`;
    }
  };
  const formulaOf = (f: PieceFormula): string => {
    // An even spread's years share one formula: its text is made once.
    if (f === lastFormula) return lastText;
    lastFormula = f;
    lastText = formulaText(f);
    return lastText;
  };
  // cell[row * slots + slot]: the piece in that row and column of the item being written, by its
  // index (-1 for none); one array for every item, grown as needed.
  let cell = new Int32Array(4 * slots);
  let r = DATA_FIRST_ROW;
  for (const item of items) {
    pieces = item.pieces;
    top = r;
    const size = item.rows * slots;
    if (cell.length < size) cell = new Int32Array(2 * size);
    cell.fill(-1, 0, size);
    for (let k = 0; k < pieces.length; k++) {
      const i = pieces[k].row * slots + slotOf(pieces[k].year);
      if (cell[i] >= 0) throw new Error(`NS Dữ liệu: ${item.sheet}!${item.cell} has two figures for one row and year`);
      cell[i] = k;
    }
    // A cell that repeats down the sheet (a table, a sheet, a source, an item's own cells over its
    // rows) is one object: a writer knows it again at once.
    const table = sharedCell(tables, item.table);
    const sheet = sharedCell(sheets, item.sheet);
    const place = rowCell(item.row);
    const stt = rowCell(item.stt);
    const name = rowCell(item.name);
    const link = rowCell(`${item.sheet}!${item.cell}`, { link: sheetRef(item.sheet, item.cell) });
    for (let row = 0; row < item.rows; row++) {
      // Every row has a piece (Piece.row counts only parts with pieces): its source and type.
      let f = row * slots;
      while (cell[f] < 0) f++;
      const first = pieces[cell[f]];
      const cells: (PlanRowCell | undefined)[] = [
        table, sheet, place, stt, name, sharedCell(codes, first.code), sharedCell(types, first.type), undefined,
      ];
      let notes: string[] | null = null;
      // A row's pieces mostly share one reason (five years read from one text): its note once.
      let why: Piece['why'] = null;
      let text = '';
      for (let s = 0; s < slots; s++) {
        const k = cell[row * slots + s];
        if (k < 0) {
          cells.push(undefined);
          continue;
        }
        const p = pieces[k];
        cells.push(amountCell(p.amount, p.formula ? formulaOf(p.formula) : undefined));
        if (p.why !== null && (p.why !== why || p.amountText !== text)) {
          why = p.why;
          text = p.amountText;
          const n = note(p, lang);
          if (notes === null) notes = [n];
          else if (!notes.includes(n)) notes.push(n);
        }
      }
      cells[FIRST_YEAR_COL - 2] = amountCell(item.totals[row], sumOf(r));
      cells[cellCol - 1] = link;
      if (notes !== null) cells[cellCol] = rowCell(notes.length === 1 ? notes[0] : notes.join(SEPARATOR), italic);
      yield { row: r++, cells };
    }
  }
}

/**
 * The sheet. With `stream`, its cells are not made here but by `rowStream` when a writer
 * asks (the CLI's --out on a 100,000-row plan would otherwise hold millions of cells at once).
 */
export function buildDataSheet(data: Breakdown, lang: Lang = 'vi', name: string = DATA_SHEET, stream = false): DataSheet {
  const { items, years, rows: count } = data;
  const rows = (): Iterable<PlanRow> => dataSheetRows(items, years, lang);
  const letter = (i: number): string => columnLetter(FIRST_YEAR_COL + i);
  const widths: Record<string, number> = { A: 7, B: 14, C: 7, D: 7, E: 48, F: 10, G: 10, H: 14 };
  years.forEach((_, i) => { widths[letter(i)] = 12; });
  widths[letter(years.length)] = 12;
  widths[letter(years.length + 1)] = 12;
  widths[letter(years.length + 2)] = 50;
  return {
    plan: {
      name,
      cells: stream ? [] : [...cellsOfRows(rows())],
      ...(stream ? { rowStream: rows } : {}),
      columnWidths: widths,
      freeze: { rows: 1, cols: 0 },
      landscape: true,
    },
    layout: {
      year: new Map(years.map((y, i) => [y, letter(i)])),
      noYear: letter(years.length),
      lastRow: DATA_FIRST_ROW + count - 1,
    },
  };
}
