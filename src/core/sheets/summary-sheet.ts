// "NS Tổng hợp": per table, totals by source, by type, by year and a year × source matrix, each
// a SUMIFS over "NS Dữ liệu", then the recomputed grand total next to the stated one (read by
// formula from the user's grand-total cell) and their difference. Every formula carries the
// core's figure as its cached value, so what Excel shows before recalculating is the core's.
import { Decimal, ZERO, sum } from '../decimal';
import { columnLetter } from '../grid';
import type { CheckedTable, CheckResult, TableRow } from '../model';
import { AMOUNT_FORMAT } from '../sheetplan';
import type { PlanCell, SheetPlan } from '../sheetplan';
import { SUMMARY_LABELS } from '../i18n/check-sheets';
import { ratesLine } from '../i18n/report';
import type { SummaryLabels } from '../i18n/check-sheets';
import type { Lang, SourceCode, SpendingType } from '../types';
import type { CellLookup } from './breakdown';
import { DATA_COL, DATA_FIRST_ROW } from './data-sheet';
import type { DataLayout } from './data-sheet';
import { DEFAULT_CHECK_SHEET_NAMES, quoteSheet, sheetRef } from './names';
import { periodText } from '../period';
import { grandTotalRow } from '../section-totals';
import { amountParts } from '../table';
import type { CheckSheetNames } from './names';

const SOURCES: SourceCode[] = ['NSTW', 'NSĐP', 'ODA', 'Khác', 'Chưa rõ'];
const TYPES: (SpendingType | 'Chưa rõ')[] = ['ĐTPT', 'CTX', 'Chưa rõ'];

function dataRange(col: string, lastRow: number, dataSheet: string): string {
  return `${quoteSheet(dataSheet)}!$${col}$${DATA_FIRST_ROW}:$${col}$${lastRow}`;
}

export function buildSummarySheet(
  result: CheckResult,
  data: DataLayout,
  cell: CellLookup,
  lang: Lang = 'vi',
  names: Pick<CheckSheetNames, 'summary' | 'data'> = DEFAULT_CHECK_SHEET_NAMES,
): SheetPlan {
  const L = SUMMARY_LABELS[lang];
  // An empty data sheet still needs a valid range: row 2 then is simply empty.
  const last = Math.max(data.lastRow, DATA_FIRST_ROW);
  const tbl = dataRange(DATA_COL.table, last, names.data);
  const cells: PlanCell[] = [];
  const put = (c: PlanCell) => cells.push(c);
  put({ address: 'A1', value: `${L.title} — ${result.file}`, bold: true });
  put({ address: 'A2', value: L.hint(names.data), italic: true });
  let r = 4;

  result.tables.forEach((table, i) => {
    r = writeTable(table, i + 1, r, put, { tbl, last, cell, L, lang, data: names.data, layout: data }) + 2;
  });

  return {
    name: names.summary,
    cells,
    columnWidths: { A: 40, B: 16, C: 16, D: 16, E: 16, F: 16, G: 16 },
    landscape: true,
  };
}

interface Ctx { tbl: string; last: number; cell: CellLookup; L: SummaryLabels; lang: Lang; data: string; layout: DataLayout }

/** Writes one table's block from row `r`; returns the last row used. */
function writeTable(table: CheckedTable, t: number, start: number, put: (c: PlanCell) => void, ctx: Ctx): number {
  const { tbl, last, L, lang, layout } = ctx;
  const s = table.summary;
  const money = (address: string, formula: string, value: Decimal, bold = false): void =>
    put({ address, formula, value, numberFormat: AMOUNT_FORMAT, bold });
  // The table's money in one column of the data sheet (its row totals, a year, no year), by criteria.
  const sumifs = (col: string, ...criteria: [string, string][]): string =>
    `SUMIFS(${dataRange(col, last, ctx.data)},${tbl},${t}${criteria.map(([c, crit]) => `,${dataRange(c, last, ctx.data)},${crit}`).join('')})`;
  const yearCol = (y: number): string => layout.year.get(y) as string;

  let r = start;
  const period = table.period ? periodText(table.period) : '?';
  put({ address: `A${r}`, value: `${L.table} ${t}: ${table.sheet}!${table.range} — ${L.unit}: ${table.unit} — ${L.period}: ${period}`, bold: true, fill: 'D9E1F2' });
  r += 2;

  // By source.
  put({ address: `A${r}`, value: L.bySource, bold: true });
  put({ address: `B${r}`, value: L.amount, bold: true, align: 'right' });
  r++;
  const srcFirst = r;
  for (const code of SOURCES) {
    put({ address: `A${r}`, value: code });
    money(`B${r}`, sumifs(DATA_COL.total, [DATA_COL.source, `$A${r}`]), s.bySource[code] ?? ZERO);
    r++;
  }
  money(`B${r}`, `SUM(B${srcFirst}:B${r - 1})`, sum(SOURCES.map((c) => s.bySource[c] ?? ZERO)), true);
  put({ address: `A${r}`, value: L.sum, bold: true });
  r += 2;

  // By type.
  put({ address: `A${r}`, value: L.byType, bold: true });
  put({ address: `B${r}`, value: L.amount, bold: true, align: 'right' });
  r++;
  const typeFirst = r;
  for (const key of TYPES) {
    put({ address: `A${r}`, value: key });
    money(`B${r}`, sumifs(DATA_COL.total, [DATA_COL.type, `$A${r}`]), s.byType[key] ?? ZERO);
    r++;
  }
  money(`B${r}`, `SUM(B${typeFirst}:B${r - 1})`, sum(TYPES.map((k) => s.byType[k] ?? ZERO)), true);
  put({ address: `A${r}`, value: L.sum, bold: true });
  r += 2;

  // By year, then the money with no known year (what the years leave of the total).
  const years = [...s.byYear.keys()].sort((a, b) => a - b);
  put({ address: `A${r}`, value: L.byYear, bold: true });
  put({ address: `B${r}`, value: L.amount, bold: true, align: 'right' });
  r++;
  const yearFirst = r;
  for (const y of years) {
    put({ address: `A${r}`, value: y, align: 'left' });
    money(`B${r}`, sumifs(yearCol(y)), s.byYear.get(y) as Decimal);
    r++;
  }
  const yearsSum = sum(years.map((y) => s.byYear.get(y) as Decimal));
  put({ address: `A${r}`, value: L.noYear, italic: true });
  money(`B${r}`, sumifs(layout.noYear), s.total.minus(yearsSum));
  r++;
  money(`B${r}`, `SUM(B${yearFirst}:B${r - 1})`, s.total, true);
  put({ address: `A${r}`, value: L.sum, bold: true });
  r += 2;

  // Year × source.
  if (years.length) {
    put({ address: `A${r}`, value: L.matrix, bold: true });
    r++;
    const header = r;
    put({ address: `A${r}`, value: L.year, bold: true });
    SOURCES.forEach((code, k) => put({ address: `${columnLetter(2 + k)}${r}`, value: code, bold: true, align: 'right' }));
    const sumCol = columnLetter(2 + SOURCES.length);
    put({ address: `${sumCol}${r}`, value: L.sum, bold: true, align: 'right' });
    r++;
    for (const y of years) {
      put({ address: `A${r}`, value: y, align: 'left' });
      const row = s.byYearSource.get(y) ?? {};
      SOURCES.forEach((code, k) => {
        const col = columnLetter(2 + k);
        money(`${col}${r}`, sumifs(yearCol(y), [DATA_COL.source, `${col}$${header}`]), row[code] ?? ZERO);
      });
      money(`${sumCol}${r}`, `SUM(B${r}:${columnLetter(1 + SOURCES.length)}${r})`, s.byYear.get(y) as Decimal, true);
      r++;
    }
    if (s.proportionalRows > 0) {
      put({ address: `A${r}`, value: L.proportional(s.proportionalRows), italic: true });
      r++;
    }
    r++;
  }

  // Grand totals.
  const computedRow = r;
  put({ address: `A${r}`, value: L.computed, bold: true });
  money(`B${r}`, sumifs(DATA_COL.total), s.total, true);
  r++;
  const statedRow = r;
  put({ address: `A${r}`, value: L.stated, bold: true });
  const totalRow = grandTotalRow(table);
  const statedCell = totalRow ? `${columnLetter(totalRow.statedIn ?? table.columns.amount)}${totalRow.row}` : null;
  const raw = totalRow ? ctx.cell(table.sheet, totalRow.row, table.columns.amount) : null;
  const statedIsCell = statedCell !== null && s.statedTotal !== null && typeof raw === 'number' &&
    new Decimal(String(raw)).eq(s.statedTotal);
  // No total column: the stated total is the sum of the total row's year or invest and lease cells.
  const statedParts = totalRow && !statedIsCell && s.statedTotal ? statedPartCells(table, totalRow, s.statedTotal) : null;
  if (statedParts) {
    put({ address: `B${r}`, formula: `SUM(${statedParts.map((c) => sheetRef(table.sheet, c)).join(',')})`, value: s.statedTotal, numberFormat: AMOUNT_FORMAT, bold: true, link: sheetRef(table.sheet, statedParts[0]) });
  } else if (statedIsCell && statedCell && s.statedTotal) {
    put({ address: `B${r}`, formula: sheetRef(table.sheet, statedCell), value: s.statedTotal, numberFormat: AMOUNT_FORMAT, bold: true, link: sheetRef(table.sheet, statedCell) });
  } else if (s.statedTotal) {
    put({ address: `B${r}`, value: s.statedTotal, numberFormat: AMOUNT_FORMAT, bold: true });
    put({ address: `C${r}`, value: `${L.statedFromText}${statedCell ? ` ${table.sheet}!${statedCell}` : ''}`, italic: true });
  } else {
    put({ address: `B${r}`, value: '—', align: 'right' });
    put({ address: `C${r}`, value: totalRow ? L.notTotal(totalRow.row) : L.noStated, italic: true });
  }
  r++;
  if (s.statedTotal) {
    put({ address: `A${r}`, value: L.difference, bold: true });
    money(`B${r}`, `B${statedRow}-B${computedRow}`, s.statedTotal.minus(s.total), true);
  } else {
    r--;
  }
  // Money a year whose years are not known is in no figure above: said under them.
  if (s.ratesWithoutYears) {
    r++;
    put({ address: `A${r}`, value: ratesLine(lang, s.ratesWithoutYears, table.unit), italic: true });
  }
  return r;
}

/**
 * The cells of the total row that state the grand total in a table without a total column (its
 * year, or invest and lease, cells: amountParts), when they are numbers and add up to the stated
 * total exactly; else null (the total is then written as read).
 */
function statedPartCells(table: CheckedTable, totalRow: TableRow, stated: Decimal): string[] | null {
  const parts = amountParts(table, totalRow);
  if (!parts) return null;
  const index = new Map(table.moneyColumns.map((m, k) => [m.col, k]));
  const cells = parts.cols.map((c) => totalRow.cells[index.get(c) as number]);
  if (!cells.every((c) => c.isNumber) || !sum(cells.map((c) => c.value as Decimal)).eq(stated)) return null;
  return parts.cols.map((c) => `${columnLetter(c)}${totalRow.row}`);
}
