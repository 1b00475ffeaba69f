// A year typed into a survey's money cell ("2021" under "Tổng kinh phí", the year column beside it
// empty) reads as 2.021 triệu đồng and silently joins the national total. In the seed survey the
// same province's next rows hold "2022/2024-2026" and "Năm đầu tư 2020" in that column: answers
// shifted one column. Only surveys, only a bare four-digit figure of a plausible year, and only
// when the row says no year anywhere else: a plan's 2.020 triệu đồng item is left alone. A survey
// of systems only, where each row is asked when its system was built or leased: in a table of
// units and their budgets ("Đơn vị | Dự toán giao đầu năm"), 2.000 is money like its neighbours'.
import type { Finding } from '../types';
import type { Rule } from './context';

const FIRST_YEAR = 1990;
const LAST_YEAR = 2050;
const BARE_YEAR = /^\d{4}$/;

export const yearAmountRule: Rule = (ctx) => {
  const { table } = ctx;
  const total = table.columns.total;
  if (table.layout !== 'survey' || total === null || table.columns.system === null) return [];
  const k = ctx.moneyIndex(total);
  if (k < 0) return [];
  const timeColumn = table.columns.time;
  const out: Finding[] = [];
  for (let rowAt = 0; rowAt < table.rows.length; rowAt++) {
    const row = table.rows[rowAt];
    // A total or a section adds up its rows: its figure is a sum, never a year typed in.
    if (row.kind !== 'item') continue;
    const cell = row.cells[k];
    if (!cell || cell.value === null) continue;
    const text = cell.text.trim();
    if (!BARE_YEAR.test(text)) continue;
    const year = Number(text);
    if (year < FIRST_YEAR || year > LAST_YEAR) continue;
    if (row.time !== null && row.time.years.length > 0) continue;
    const at = ctx.cellOf(row, total);
    out.push(ctx.say({
      code: 'AMOUNT_LOOKS_LIKE_YEAR', row: row.row, cell: at, actual: text,
      variant: timeColumn === null ? 'noTime' : '',
      params: { amount: ctx.money(cell.value), year: String(year), timeCell: timeColumn === null ? '' : ctx.cellOf(row, timeColumn) },
    }));
  }
  return out;
};
