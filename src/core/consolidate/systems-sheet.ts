// "NS Hệ thống": units by system × mode, by system × vendor, and money by system × mode. The
// counts are COUNTIFS over a list at the foot of the sheet, one row per unit × system × vendor,
// whose "Đếm" column is 1 on the first row of each unit × system, so a unit with two vendors is
// counted once for its mode and once for each vendor. Money is SUMIFS over the unit's own sheet.
import { columnLetter } from '../grid';
import { MODE_WORDS, SHEET_WORDS } from '../i18n/consolidate';
import { AMOUNT_FORMAT } from '../sheetplan';
import type { PlanCell, SheetPlan } from '../sheetplan';
import { SYSTEM_CODES } from '../systems';
import type { Lang } from '../types';
import type { UnitSheetIndex } from './summary-sheet';
import { MODES } from './systems';
import type { ConsolidationResult, SystemCount } from './types';
import { SYSTEMS_SHEET } from './names';
import { UNIT_COL, unitRange } from './unit-sheet';

const LIST = { unit: 'A', system: 'B', mode: 'C', vendor: 'D', money: 'E', count: 'F' } as const;
const text = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function buildSystemsSheet(result: ConsolidationResult, index: UnitSheetIndex, lang: Lang): SheetPlan {
  const W = SHEET_WORDS[lang];
  const words = MODE_WORDS[lang];
  const cells: PlanCell[] = [];
  const put = (c: PlanCell) => cells.push(c);
  const head = (address: string, value: string) => put({ address, value, bold: true, fill: 'D9E1F2', wrap: true, align: 'center' });
  put({ address: 'A1', value: W.systemsTitle, bold: true });
  put({ address: 'A2', value: W.systemsHint, italic: true });

  const vendors = [...new Set(SYSTEM_CODES.flatMap((s) => [...result.systems[s].byVendor.keys()]))];
  // Rows the blocks above the list take: three blocks of a title, a header and one row per system.
  const blockRows = SYSTEM_CODES.length + 3;
  const listTitle = 4 + blockRows * 3;
  const listHeader = listTitle + 1;
  const listFirst = listHeader + 1;
  const listRows = result.unitSystems.reduce((n, e) => n + Math.max(1, e.vendors.length), 0);
  const listLast = Math.max(listFirst, listFirst + listRows - 1);
  const range = (col: string) => `$${col}$${listFirst}:$${col}$${listLast}`;

  /** A title, a header row of `columns`, and one row per system; `cell` gives each figure. */
  type Figure = Omit<PlanCell, 'address'>;
  const block = (top: number, title: string, columns: string[], cell: (c: SystemCount, r: number, header: string, k: number) => Figure): void => {
    put({ address: `A${top}`, value: title, bold: true });
    head(`A${top + 1}`, W.system);
    columns.forEach((c, k) => head(`${columnLetter(2 + k)}${top + 1}`, c));
    SYSTEM_CODES.forEach((s, i) => {
      const r = top + 2 + i;
      put({ address: `A${r}`, value: s });
      columns.forEach((_, k) => {
        const col = columnLetter(2 + k);
        put({ ...cell(result.systems[s], r, `${col}$${top + 1}`, k), address: `${col}${r}` });
      });
    });
  };

  // Units by mode.
  const top1 = 4;
  block(top1, W.byModeTitle, [W.units, ...MODES.map((m) => words[m])], (c, r, header, k) => {
    if (k === 0) return { formula: `COUNTIFS(${range(LIST.system)},$A${r},${range(LIST.count)},1)`, value: c.units, bold: true };
    return { formula: `COUNTIFS(${range(LIST.system)},$A${r},${range(LIST.mode)},${header},${range(LIST.count)},1)`, value: c.byMode[MODES[k - 1]] };
  });

  // Units by vendor.
  const top2 = top1 + blockRows;
  block(top2, W.byVendorTitle, vendors, (c, r, header, k) => ({
    formula: `COUNTIFS(${range(LIST.system)},$A${r},${range(LIST.vendor)},${header})`, value: c.byVendor.get(vendors[k]) ?? 0,
  }));

  // Money by mode.
  const top3 = top2 + blockRows;
  block(top3, W.moneyTitle(result.unitOfMoney), MODES.map((m) => words[m]), (c, r, header, k) => ({
    numberFormat: AMOUNT_FORMAT, value: c.moneyByMode[MODES[k]],
    formula: `SUMIFS(${range(LIST.money)},${range(LIST.system)},$A${r},${range(LIST.mode)},${header},${range(LIST.count)},1)`,
  }));

  // The list the counts read.
  put({ address: `A${listTitle}`, value: W.listTitle, bold: true });
  const L = W.listHeaders;
  for (const [col, label] of [[LIST.unit, L.unit], [LIST.system, L.system], [LIST.mode, L.mode], [LIST.vendor, L.vendor], [LIST.money, L.money], [LIST.count, L.count]]) {
    head(`${col}${listHeader}`, label);
  }
  let r = listFirst;
  for (const e of result.unitSystems) {
    const { sheet, lastRow } = index.get(e.unit) as { sheet: string; lastRow: number };
    const vendorsOf = e.vendors.length ? e.vendors : [null];
    vendorsOf.forEach((v, k) => {
      put({ address: `${LIST.unit}${r}`, value: e.unit });
      put({ address: `${LIST.system}${r}`, value: e.system });
      put({ address: `${LIST.mode}${r}`, value: words[e.mode] });
      if (v) put({ address: `${LIST.vendor}${r}`, value: v });
      if (k === 0) {
        put({
          address: `${LIST.money}${r}`, numberFormat: AMOUNT_FORMAT, value: e.money,
          formula: `SUMIFS(${unitRange(sheet, UNIT_COL.total, lastRow)},${unitRange(sheet, UNIT_COL.system, lastRow)},${text(e.system)})`,
        });
      }
      put({ address: `${LIST.count}${r}`, value: k === 0 ? 1 : 0 });
      r++;
    });
  }

  const widths: Record<string, number> = { A: 24 };
  for (let c = 2; c <= 1 + Math.max(MODES.length + 1, vendors.length, 6); c++) widths[columnLetter(c)] = 13;
  return { name: SYSTEMS_SHEET, cells, columnWidths: widths, landscape: true };
}
