// The chart officers ask for on "NS Tổng hợp": money by year, stacked by funding source, drawn
// by Excel over the summary's own year × source block, so it moves with its formulas. The
// summary's plan is the core's (src/core/sheets/summary-sheet.ts); until that builder describes
// its chart in `SheetPlan.charts` itself, the adapter finds each year × source block in the plan
// by what it holds: a header row of source codes and, under it, one row per year.
import { Decimal } from '../core/decimal';
import { columnLetter } from '../core/grid';
import type { PlanCell, PlanChart, SheetPlan } from '../core/sheetplan';
import { SUMMARY_SHEET } from '../core/sheets/names';
import { SOURCE_CODES } from '../core/source-codes';
import { parseCellAddress } from './a1';

const CODES: ReadonlySet<string> = new Set(SOURCE_CODES);
/** Columns a chart spans, and its least height in rows. */
const CHART_COLS = 8;
const CHART_MIN_ROWS = 16;

type Sheet = Map<number, Map<number, PlanCell>>;

function layout(cells: readonly PlanCell[]): Sheet {
  const sheet: Sheet = new Map();
  for (const cell of cells) {
    const { row, col } = parseCellAddress(cell.address);
    if (!sheet.has(row)) sheet.set(row, new Map());
    sheet.get(row)?.set(col, cell);
  }
  return sheet;
}

function isYear(v: PlanCell['value']): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2200;
}

function isNonZero(v: PlanCell['value']): boolean {
  if (Decimal.isDecimal(v)) return !(v as Decimal).isZero();
  return typeof v === 'number' && v !== 0;
}

/** The year × source blocks of a summary plan, as charts placed to the right of the widest row. */
export function summaryCharts(plan: SheetPlan): PlanChart[] {
  const sheet = layout(plan.cells);
  const rightmost = Math.max(0, ...[...sheet.values()].flatMap((line) => [...line.keys()]));
  const left = columnLetter(rightmost + 2);
  const right = columnLetter(rightmost + 1 + CHART_COLS);
  const charts: PlanChart[] = [];
  let free = 1;
  for (const header of [...sheet.keys()].sort((a, b) => a - b)) {
    const line = sheet.get(header) as Map<number, PlanCell>;
    const sourceCols = [...line.keys()].filter((c) => CODES.has(String(line.get(c)?.value))).sort((a, b) => a - b);
    if (sourceCols.length < 2) continue;
    const labelCol = Math.min(...sourceCols) - 1;
    const years: number[] = [];
    for (let r = header + 1; isYear(sheet.get(r)?.get(labelCol)?.value); r++) years.push(r);
    if (years.length === 0) continue;
    const first = years[0];
    const last = years[years.length - 1];
    const series = sourceCols
      .filter((c) => years.some((r) => isNonZero(sheet.get(r)?.get(c)?.value)))
      .map((c) => ({ name: String(line.get(c)?.value), values: `${columnLetter(c)}${first}:${columnLetter(c)}${last}` }));
    if (series.length === 0) continue;
    const caption = sheet.get(header - 1)?.get(labelCol)?.value;
    const top = Math.max(header - 1, free);
    const bottom = top + Math.max(CHART_MIN_ROWS, years.length + 4) - 1;
    charts.push({
      kind: 'column-stacked',
      title: typeof caption === 'string' ? caption : '',
      categories: `${columnLetter(labelCol)}${first}:${columnLetter(labelCol)}${last}`,
      series,
      from: `${left}${top}`,
      to: `${right}${bottom}`,
    });
    free = bottom + 2;
  }
  return charts;
}

/** The plan with its charts: its own when it has them, else the summary's year × source charts. */
export function withCharts(plan: SheetPlan): SheetPlan {
  if (plan.charts || plan.name !== SUMMARY_SHEET) return plan;
  const charts = summaryCharts(plan);
  return charts.length ? { ...plan, charts } : plan;
}
