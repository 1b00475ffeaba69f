// Which charts the adapter draws on "NS Tổng hợp" when the plan describes none: one per year ×
// source block, money series only, placed beside the tables without overlapping each other.
import { Decimal } from '../../src/core/decimal';
import type { PlanCell, SheetPlan } from '../../src/core/sheetplan';
import { summaryCharts, withCharts } from '../../src/excel/summary-chart';

/** A year × source block from row `top`: caption, header, one row per year (amounts by source). */
function block(top: number, years: [number, number[]][]): PlanCell[] {
  const cells: PlanCell[] = [{ address: `A${top}`, value: 'By year and source' }, { address: `A${top + 1}`, value: 'Year' }];
  ['NSTW', 'NSĐP', 'ODA', 'Khác', 'Chưa rõ'].forEach((code, k) => cells.push({ address: `${'BCDEF'[k]}${top + 1}`, value: code }));
  cells.push({ address: `G${top + 1}`, value: 'Total' });
  years.forEach(([year, amounts], i) => {
    const r = top + 2 + i;
    cells.push({ address: `A${r}`, value: year });
    amounts.forEach((a, k) => cells.push({ address: `${'BCDEF'[k]}${r}`, formula: 'SUMIFS(…)', value: new Decimal(a) }));
  });
  return cells;
}

describe('summaryCharts', () => {
  const plan: SheetPlan = {
    name: 'NS Tổng hợp',
    cells: [
      ...block(4, [[2021, [0, 100, 0, 0, 0]], [2022, [50, 100, 0, 0, 0]]]),
      // A second table's block only 6 rows below: its chart must start below the first one.
      ...block(10, [[2021, [0, 0, 0, 20, 0]]]),
    ],
  };

  it('finds each block by its source-code header and year rows, keeping only series with money', () => {
    const charts = summaryCharts(plan);
    expect(charts).toEqual([
      {
        kind: 'column-stacked', title: 'By year and source', categories: 'A6:A7',
        series: [{ name: 'NSTW', values: 'B6:B7' }, { name: 'NSĐP', values: 'C6:C7' }],
        from: 'I4', to: 'P19',
      },
      {
        kind: 'column-stacked', title: 'By year and source', categories: 'A12:A12',
        series: [{ name: 'Khác', values: 'E12:E12' }],
        from: 'I21', to: 'P36',
      },
    ]);
  });

  it('keeps a plan\'s own charts, and adds none to other sheets', () => {
    const own = { ...plan, charts: [] };
    expect(withCharts(own)).toBe(own);
    expect(withCharts({ ...plan, name: 'NS Kiểm tra' }).charts).toBeUndefined();
    expect(withCharts(plan).charts).toHaveLength(2);
  });
});
