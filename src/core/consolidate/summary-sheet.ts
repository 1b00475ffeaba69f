// "NS Tổng hợp" of a consolidation: by unit × source × type, then by unit × source × year, each
// figure a SUMIFS over that unit's sheet, with the consolidation's figure as its cached value.
import { Decimal, ZERO, sum } from '../decimal';
import { columnLetter } from '../grid';
import { SHEET_WORDS } from '../i18n/consolidate';
import { AMOUNT_FORMAT } from '../sheetplan';
import type { PlanCell, SheetPlan } from '../sheetplan';
import { SUMMARY_SHEET } from '../sheets/names';
import { SOURCE_CODES, TYPE_KEYS } from '../source-codes';
import type { Lang } from '../types';
import type { ConsolidationResult } from './types';
import { UNIT_COL, unitRange, YearColumns } from './unit-sheet';

/** Where each unit's rows are: its sheet's name and last row. */
export type UnitSheetIndex = Map<string, { sheet: string; lastRow: number }>;

const text = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function buildSummarySheet(result: ConsolidationResult, index: UnitSheetIndex, cols: YearColumns, lang: Lang): SheetPlan {
  const W = SHEET_WORDS[lang];
  const cells: PlanCell[] = [];
  const put = (c: PlanCell) => cells.push(c);
  const money = (address: string, formula: string, value: Decimal, bold = false) => put({ address, formula, value, numberFormat: AMOUNT_FORMAT, bold });
  const head = (address: string, value: string) => put({ address, value, bold: true, fill: 'D9E1F2', wrap: true, align: 'center' });
  put({ address: 'A1', value: W.summaryTitle(result.unitOfMoney), bold: true });
  put({ address: 'A2', value: W.summaryHint, italic: true });

  // By unit × source × type.
  let r = 4;
  put({ address: `A${r}`, value: W.byUnitTitle, bold: true });
  r++;
  const typeCol = (k: number) => columnLetter(3 + SOURCE_CODES.length + k);
  const membersCol = typeCol(TYPE_KEYS.length);
  head(`A${r}`, W.unit);
  head(`B${r}`, W.total);
  SOURCE_CODES.forEach((c, k) => head(`${columnLetter(3 + k)}${r}`, c));
  TYPE_KEYS.forEach((t, k) => head(`${typeCol(k)}${r}`, t === 'Chưa rõ' ? W.typeUnknown : t));
  if (result.provinces) head(`${membersCol}${r}`, W.members);
  r++;
  const first = r;
  for (const [unit, t] of result.byUnit) {
    const { sheet, lastRow } = index.get(unit) as { sheet: string; lastRow: number };
    const amount = unitRange(sheet, UNIT_COL.total, lastRow);
    const by = (col: string, value: string) => `SUMIFS(${amount},${unitRange(sheet, col, lastRow)},${text(value)})`;
    put({ address: `A${r}`, value: unit });
    money(`B${r}`, `SUM(${amount})`, t.total, true);
    SOURCE_CODES.forEach((c, k) => money(`${columnLetter(3 + k)}${r}`, by(UNIT_COL.source, c), t.bySource[c]));
    TYPE_KEYS.forEach((k2, k) => money(`${typeCol(k)}${r}`, by(UNIT_COL.type, k2), t.byType[k2]));
    if (result.provinces) put({ address: `${membersCol}${r}`, value: t.members.join(', ') });
    r++;
  }
  put({ address: `A${r}`, value: W.sum, bold: true });
  const last = r - 1;
  const colSum = (col: string, value: Decimal) => money(`${col}${r}`, last >= first ? `SUM(${col}${first}:${col}${last})` : '0', value, true);
  colSum('B', result.total.total);
  SOURCE_CODES.forEach((c, k) => colSum(columnLetter(3 + k), result.total.bySource[c]));
  TYPE_KEYS.forEach((k2, k) => colSum(typeCol(k), result.total.byType[k2]));

  // By unit × source × year: only the sources a unit has money from.
  r += 3;
  put({ address: `A${r}`, value: W.byUnitYearTitle, bold: true });
  r++;
  const years = [...cols.of.keys()];
  const yearCol = (i: number) => columnLetter(3 + i);
  const noYearCol = yearCol(years.length);
  const sumCol = yearCol(years.length + 1);
  head(`A${r}`, W.unit);
  head(`B${r}`, W.source);
  years.forEach((y, i) => head(`${yearCol(i)}${r}`, String(y)));
  head(`${noYearCol}${r}`, SHEET_WORDS[lang].unitHeaders.noYear);
  head(`${sumCol}${r}`, W.sum);
  r++;
  const firstY = r;
  const grand = new Map<string, Decimal>();
  const addGrand = (col: string, v: Decimal) => grand.set(col, (grand.get(col) ?? ZERO).plus(v));
  for (const [unit, t] of result.byUnit) {
    const { sheet, lastRow } = index.get(unit) as { sheet: string; lastRow: number };
    const src = unitRange(sheet, UNIT_COL.source, lastRow);
    for (const code of SOURCE_CODES) {
      const total = t.bySource[code];
      if (total.isZero()) continue;
      put({ address: `A${r}`, value: unit });
      put({ address: `B${r}`, value: code });
      const inYears: Decimal[] = [];
      years.forEach((y, i) => {
        const v = t.byYearSource.get(y)?.[code] ?? ZERO;
        inYears.push(v);
        money(`${yearCol(i)}${r}`, `SUMIFS(${unitRange(sheet, cols.of.get(y) as string, lastRow)},${src},${text(code)})`, v);
        addGrand(yearCol(i), v);
      });
      const rest = total.minus(sum(inYears));
      money(`${noYearCol}${r}`, `SUMIFS(${unitRange(sheet, cols.noYear, lastRow)},${src},${text(code)})`, rest);
      addGrand(noYearCol, rest);
      money(`${sumCol}${r}`, `SUM(${yearCol(0)}${r}:${noYearCol}${r})`, total, true);
      addGrand(sumCol, total);
      r++;
    }
  }
  put({ address: `A${r}`, value: W.sum, bold: true });
  const lastY = r - 1;
  for (const col of [...years.map((_, i) => yearCol(i)), noYearCol, sumCol]) {
    money(`${col}${r}`, lastY >= firstY ? `SUM(${col}${firstY}:${col}${lastY})` : '0', grand.get(col) ?? ZERO, true);
  }

  const widths: Record<string, number> = { A: 24, B: 16 };
  for (let c = 3; c <= 3 + Math.max(SOURCE_CODES.length + TYPE_KEYS.length, years.length + 2); c++) widths[columnLetter(c)] = 14;
  if (result.provinces) widths[membersCol] = 40;
  return { name: SUMMARY_SHEET, cells, columnWidths: widths, freeze: { rows: 0, cols: 1 }, landscape: true };
}
