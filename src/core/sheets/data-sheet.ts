// "NS Dữ liệu": one row per item × source × year, the table the summary's SUMIFS formulas add
// up. An amount that comes from the user's numbers (the total, a year cell, a source cell, an
// even share of one, a year cell's share of a source) is a live formula over those cells, so
// editing the plan updates the summary; a figure read from text is a constant, and the note says
// where it came from.
import { DATA_HEADERS, DATA_NOTES } from '../i18n/check-sheets';
import { AMOUNT_FORMAT } from '../sheetplan';
import type { PlanRow, PlanRowCell, SheetPlan } from '../sheetplan';
import type { Lang } from '../types';
import { FORMULA_DECIMALS } from './breakdown';
import type { Piece, PieceFormula } from './breakdown';
import { DATA_SHEET, sheetRef } from './names';
import { cellsOfRows, rowCell } from './rows';

/** Where the summary finds each field (column letters) and the first data row. */
export const DATA_COL = {
  table: 'A', sheet: 'B', row: 'C', stt: 'D', name: 'E', source: 'F', type: 'G', year: 'H', amount: 'I', cell: 'J', note: 'K',
} as const;
export const DATA_FIRST_ROW = 2;

function note(p: Piece, lang: Lang): string {
  const notes = DATA_NOTES[lang];
  if (p.why === 'text') return notes.text(p.amountText);
  if (p.why === 'split') return notes.split(p.amountText);
  if (p.why === 'proportional') return notes.proportional;
  return '';
}

/** The data-sheet rows of pieces, subtracted: "-SUM(I5:I7)" when they are adjacent, else "-I5-I9". */
function minusRows(rows: readonly number[]): string {
  if (rows.length === 0) return '';
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (contiguous) return rows.length === 1 ? `-${DATA_COL.amount}${rows[0]}` : `-SUM(${DATA_COL.amount}${rows[0]}:${DATA_COL.amount}${rows[rows.length - 1]})`;
  return rows.map((r) => `-${DATA_COL.amount}${r}`).join('');
}

function formulaOf(f: PieceFormula): string {
  switch (f.kind) {
    case 'ref': return f.cell;
    case 'share': return `ROUNDDOWN(${f.cell}/${f.n},${FORMULA_DECIMALS})`;
    case 'rest': return `${f.cell}${minusRows(f.minus.map((i) => DATA_FIRST_ROW + i))}`;
    case 'ratio': return `ROUNDDOWN(${f.year}*${f.part}/${f.total},${FORMULA_DECIMALS})`;
  }
}

export interface DataSheet {
  plan: SheetPlan;
  /** Last row holding a piece (DATA_FIRST_ROW - 1 when there are none). */
  lastRow: number;
}

/** Each column's place in a row (A = 0), as DATA_COL names it. */
const AT = Object.fromEntries(Object.entries(DATA_COL).map(([k, letter]) => [k, letter.charCodeAt(0) - 65])) as Record<keyof typeof DATA_COL, number>;

/** The sheet's rows in order, made one at a time (a writer may stream them). */
function* dataSheetRows(pieces: readonly Piece[], lang: Lang = 'vi'): Generator<PlanRow> {
  const headers = DATA_HEADERS[lang];
  yield { row: 1, cells: headers.map((h) => rowCell(h, { bold: true, fill: 'D9E1F2', wrap: true })) };

  const amount = { numberFormat: AMOUNT_FORMAT };
  const italic = { italic: true };
  let r = DATA_FIRST_ROW;
  for (const p of pieces) {
    const cells: PlanRowCell[] = [];
    cells[AT.table] = rowCell(p.table);
    cells[AT.sheet] = rowCell(p.sheet);
    cells[AT.row] = rowCell(p.row);
    cells[AT.stt] = rowCell(p.stt);
    cells[AT.name] = rowCell(p.name);
    cells[AT.source] = rowCell(p.code);
    cells[AT.type] = rowCell(p.type);
    cells[AT.year] = rowCell(p.year);
    cells[AT.amount] = rowCell(p.amount, p.formula ? { numberFormat: AMOUNT_FORMAT, formula: formulaOf(p.formula) } : amount);
    cells[AT.cell] = rowCell(`${p.sheet}!${p.sourceCell}`, { link: sheetRef(p.sheet, p.sourceCell) });
    const n = note(p, lang);
    if (n) cells[AT.note] = rowCell(n, italic);
    yield { row: r++, cells };
  }
}

/**
 * The sheet. With `stream`, its cells are not made here but by `rowStream` when a writer
 * asks (the CLI's --out on a 100,000-row plan would otherwise hold millions of cells at once).
 */
export function buildDataSheet(pieces: readonly Piece[], lang: Lang = 'vi', name: string = DATA_SHEET, stream = false): DataSheet {
  const rows = (): Iterable<PlanRow> => dataSheetRows(pieces, lang);
  return {
    plan: {
      name,
      cells: stream ? [] : [...cellsOfRows(rows())],
      ...(stream ? { rowStream: rows } : {}),
      columnWidths: { A: 7, B: 14, C: 7, D: 7, E: 48, F: 10, G: 10, H: 8, I: 14, J: 12, K: 50 },
      freeze: { rows: 1, cols: 0 },
      landscape: true,
    },
    lastRow: DATA_FIRST_ROW + pieces.length - 1,
  };
}
