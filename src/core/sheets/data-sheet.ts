// "NS Dữ liệu": one row per item × source × year, the table the summary's SUMIFS formulas add
// up. An amount that is simply the user's number (or an even share of it) is a live formula
// over the user's cell, so editing the plan updates the summary; a figure read from text or
// shared among sources is a constant, and the note says where it came from.
import { AMOUNT_FORMAT } from '../sheetplan';
import type { PlanCell, SheetPlan } from '../sheetplan';
import type { Lang } from '../types';
import type { Piece } from './breakdown';
import { DATA_SHEET, sheetRef } from './names';

/** Where the summary finds each field (column letters) and the first data row. */
export const DATA_COL = {
  table: 'A', sheet: 'B', row: 'C', stt: 'D', name: 'E', source: 'F', type: 'G', year: 'H', amount: 'I', cell: 'J', note: 'K',
} as const;
export const DATA_FIRST_ROW = 2;

const HEADERS: Record<Lang, string[]> = {
  vi: ['Bảng', 'Trang tính', 'Dòng', 'STT', 'Tên dự án/nhiệm vụ', 'Nguồn vốn', 'Loại chi', 'Năm', 'Số tiền', 'Ô gốc', 'Ghi chú'],
  en: ['Table', 'Sheet', 'Row', 'No.', 'Project/task', 'Source', 'Type', 'Year', 'Amount', 'Source cell', 'Note'],
};

function note(p: Piece, lang: Lang): string {
  if (p.why === 'text') {
    return lang === 'vi' ? `Đọc từ chữ trong ô: "${p.amountText}"` : `Read from the cell text: "${p.amountText}"`;
  }
  if (p.why === 'split') {
    return lang === 'vi'
      ? `Chia theo nguồn vốn (ô ghi "${p.amountText}")`
      : `Shared among sources (cell says "${p.amountText}")`;
  }
  return '';
}

export interface DataSheet {
  plan: SheetPlan;
  /** Last row holding a piece (DATA_FIRST_ROW - 1 when there are none). */
  lastRow: number;
}

/** The sheet's cells in row order, made one at a time (a writer may stream them). */
export function* dataSheetCells(pieces: readonly Piece[], lang: Lang = 'vi'): Generator<PlanCell> {
  const cols = Object.values(DATA_COL);
  for (let i = 0; i < HEADERS[lang].length; i++) {
    yield { address: `${cols[i]}1`, value: HEADERS[lang][i], bold: true, fill: 'D9E1F2', wrap: true };
  }

  let r = DATA_FIRST_ROW;
  // First data row of the current item, so the last year can subtract the item's other years.
  let itemStart = r;
  let prevKey = '';
  for (const p of pieces) {
    const key = `${p.table}|${p.row}|${p.code}|${p.type}`;
    if (key !== prevKey) itemStart = r;
    prevKey = key;
    const ref = sheetRef(p.sheet, p.amountCell);
    yield { address: `${DATA_COL.table}${r}`, value: p.table };
    yield { address: `${DATA_COL.sheet}${r}`, value: p.sheet };
    yield { address: `${DATA_COL.row}${r}`, value: p.row };
    yield { address: `${DATA_COL.stt}${r}`, value: p.stt };
    yield { address: `${DATA_COL.name}${r}`, value: p.name };
    yield { address: `${DATA_COL.source}${r}`, value: p.code };
    yield { address: `${DATA_COL.type}${r}`, value: p.type };
    yield { address: `${DATA_COL.year}${r}`, value: p.year };
    const amount: PlanCell = { address: `${DATA_COL.amount}${r}`, value: p.amount, numberFormat: AMOUNT_FORMAT };
    if (p.basis === 'cell') amount.formula = ref;
    else if (p.basis === 'share') amount.formula = `ROUNDDOWN(${ref}/${p.years},3)`;
    else if (p.basis === 'rest') {
      amount.formula = r > itemStart ? `${ref}-SUM(${DATA_COL.amount}${itemStart}:${DATA_COL.amount}${r - 1})` : ref;
    }
    yield amount;
    yield { address: `${DATA_COL.cell}${r}`, value: `${p.sheet}!${p.amountCell}`, link: ref };
    const n = note(p, lang);
    if (n) yield { address: `${DATA_COL.note}${r}`, value: n, italic: true };
    r++;
  }
}

/**
 * The sheet. With `stream`, its cells are not made here but by `cellStream` when a writer
 * asks (the CLI's --out on a 100,000-row plan would otherwise hold millions of cells at once).
 */
export function buildDataSheet(pieces: readonly Piece[], lang: Lang = 'vi', name: string = DATA_SHEET, stream = false): DataSheet {
  return {
    plan: {
      name,
      cells: stream ? [] : [...dataSheetCells(pieces, lang)],
      ...(stream ? { cellStream: () => dataSheetCells(pieces, lang) } : {}),
      columnWidths: { A: 7, B: 14, C: 7, D: 7, E: 48, F: 10, G: 10, H: 8, I: 14, J: 12, K: 50 },
      freeze: { rows: 1, cols: 0 },
      landscape: true,
    },
    lastRow: DATA_FIRST_ROW + pieces.length - 1,
  };
}
