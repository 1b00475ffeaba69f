// One sheet per unit in the consolidated workbook: each of the unit's rows, one sheet row per
// source part, with its money per year and the file, sheet and cell it came from (as text: the
// source files are not open beside it). "NS Tổng hợp" and "NS Hệ thống" add these sheets up.
import { sum } from '../decimal';
import { columnLetter } from '../grid';
import { MODE_WORDS, SHEET_WORDS } from '../i18n/consolidate';
import { AMOUNT_FORMAT } from '../sheetplan';
import type { PlanCell, SheetPlan } from '../sheetplan';
import { SUMMARY_SHEET, quoteSheet } from '../sheets/names';
import type { Lang, MoneyUnit } from '../types';
import { convertPart } from './parts';
import { SYSTEMS_SHEET } from './names';
import type { UnitRow } from './types';

/** Fixed columns; the year columns follow `total`, then "not known year", then the origin. */
export const UNIT_COL = { stt: 'A', name: 'B', member: 'C', system: 'D', mode: 'E', vendor: 'F', source: 'G', type: 'H', total: 'I' } as const;
const FIRST_YEAR_COL = 10; // J
export const UNIT_HEADER_ROW = 3;
export const UNIT_FIRST_ROW = 4;

/** Where the per-year columns are, given the consolidation's years (the same in every unit sheet). */
export interface YearColumns {
  of: Map<number, string>;
  noYear: string;
  origin: string;
}

export function yearColumns(years: readonly number[]): YearColumns {
  const of = new Map(years.map((y, i) => [y, columnLetter(FIRST_YEAR_COL + i)]));
  return { of, noYear: columnLetter(FIRST_YEAR_COL + years.length), origin: columnLetter(FIRST_YEAR_COL + years.length + 1) };
}

/** A whole column of a unit sheet as a formula reads it: 'An Giang'!$I$4:$I$20. */
export function unitRange(sheet: string, col: string, lastRow: number): string {
  return `${quoteSheet(sheet)}!$${col}$${UNIT_FIRST_ROW}:$${col}$${Math.max(lastRow, UNIT_FIRST_ROW)}`;
}

const RESERVED = new Set([SUMMARY_SHEET, SYSTEMS_SHEET, 'History'].map((s) => s.toLowerCase()));

/** Excel's rules for sheet names (≤ 31 characters, none of []:*?/\, unique ignoring case), after `prefix`. */
export function unitSheetNames(units: readonly string[], prefix = ''): Map<string, string> {
  const taken = new Set(RESERVED);
  const out = new Map<string, string>();
  for (const unit of units) {
    const base = prefix + (unit.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').replace(/\s+/g, ' ').trim().slice(0, 31 - prefix.length).trim() || 'Đơn vị');
    let name = base;
    for (let k = 2; taken.has(name.toLowerCase()); k++) {
      const suffix = ` (${k})`;
      name = base.slice(0, 31 - suffix.length).trim() + suffix;
    }
    taken.add(name.toLowerCase());
    out.set(unit, name);
  }
  return out;
}

export interface UnitSheet {
  plan: SheetPlan;
  lastRow: number;
}

export function buildUnitSheet(sheet: string, unit: string, rows: readonly UnitRow[], cols: YearColumns, moneyUnit: MoneyUnit, lang: Lang): UnitSheet {
  const W = SHEET_WORDS[lang];
  const H = W.unitHeaders;
  const cells: PlanCell[] = [];
  const files = new Set(rows.map((r) => r.file)).size;
  cells.push({ address: 'A1', value: W.unitTitle(unit, files, moneyUnit), bold: true });
  cells.push({ address: 'A2', value: W.unitHint, italic: true });
  const header: [string, string][] = [
    [UNIT_COL.stt, H.stt], [UNIT_COL.name, H.name], [UNIT_COL.member, H.member], [UNIT_COL.system, H.system], [UNIT_COL.mode, H.mode],
    [UNIT_COL.vendor, H.vendor], [UNIT_COL.source, H.source], [UNIT_COL.type, H.type], [UNIT_COL.total, H.total],
    ...[...cols.of.entries()].map(([y, c]): [string, string] => [c, String(y)]),
    [cols.noYear, H.noYear], [cols.origin, H.origin],
  ];
  for (const [c, text] of header) cells.push({ address: `${c}${UNIT_HEADER_ROW}`, value: text, bold: true, fill: 'D9E1F2', wrap: true });
  const yearLetters = [...cols.of.values()];
  const yearsSum = (r: number) => (yearLetters.length ? `-SUM(${yearLetters[0]}${r}:${yearLetters[yearLetters.length - 1]}${r})` : '');

  let r = UNIT_FIRST_ROW;
  for (const row of rows) {
    const bold = row.kind === 'section';
    const lead = (): void => {
      cells.push({ address: `${UNIT_COL.stt}${r}`, value: row.stt, bold });
      cells.push({ address: `${UNIT_COL.name}${r}`, value: row.name, bold });
      cells.push({ address: `${UNIT_COL.member}${r}`, value: row.unit });
      if (row.system) cells.push({ address: `${UNIT_COL.system}${r}`, value: row.system });
      if (row.mode) cells.push({ address: `${UNIT_COL.mode}${r}`, value: MODE_WORDS[lang][row.mode] });
      if (row.vendor) cells.push({ address: `${UNIT_COL.vendor}${r}`, value: row.vendor });
      cells.push({ address: `${cols.origin}${r}`, value: `${row.file} › ${row.sheet}!${row.cell}` });
    };
    const parts = row.parts ?? [];
    if (parts.length === 0) {
      lead();
      r++;
      continue;
    }
    for (const part of parts) {
      const p = convertPart(part, row.moneyUnit, moneyUnit);
      lead();
      cells.push({ address: `${UNIT_COL.source}${r}`, value: p.code });
      cells.push({ address: `${UNIT_COL.type}${r}`, value: p.type });
      cells.push({ address: `${UNIT_COL.total}${r}`, value: p.amount, numberFormat: AMOUNT_FORMAT });
      for (const [y, v] of p.years) cells.push({ address: `${cols.of.get(y) as string}${r}`, value: v, numberFormat: AMOUNT_FORMAT });
      const rest = p.amount.minus(sum(p.years.map(([, v]) => v)));
      cells.push({ address: `${cols.noYear}${r}`, formula: `${UNIT_COL.total}${r}${yearsSum(r)}`, value: rest, numberFormat: AMOUNT_FORMAT });
      r++;
    }
  }

  const widths: Record<string, number> = { A: 6, B: 44, C: 16, D: 9, E: 12, F: 12, G: 9, H: 9, I: 14 };
  for (const c of yearLetters) widths[c] = 12;
  widths[cols.noYear] = 12;
  widths[cols.origin] = 40;
  return {
    plan: { name: sheet, cells, columnWidths: widths, freeze: { rows: UNIT_HEADER_ROW, cols: 2 }, landscape: true },
    lastRow: r - 1,
  };
}
