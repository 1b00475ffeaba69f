// The sums of a table read by readTables come from its cells' numbers (cell-billionths.ts); a
// table given a copy of its rows has none and is summed from the cells themselves, as before.
// Over many generated multi-year forms (years and sources in columns; figures that add up and
// figures that do not; text amounts, dashes, unreadable words, figures past 2^53 billionths,
// more than 9 decimals, negatives, zeros) both ways must give every subtotal, every total and
// every finding value by value the same.
import fc from 'fast-check';
import { CellBillionths, cellBillionths } from '../../../src/core/cell-billionths';
import { allocateItems } from '../../../src/core/allocate';
import { defaultSettings } from '../../../src/core/check';
import type { CellValue } from '../../../src/core/grid';
import type { Table, TableSummary } from '../../../src/core/model';
import { amountRule } from '../../../src/core/rules/amount';
import { columnSumsRule } from '../../../src/core/rules/column-sums';
import { makeContext } from '../../../src/core/rules';
import { subtotalRule } from '../../../src/core/rules/subtotal';
import { summarize } from '../../../src/core/summary';
import { computeSubtotals, readTables } from '../../../src/core/table';
import { gridOf } from '../../helpers/sheets';

// Figures built from integers (thousandths), so no float arithmetic makes them.
const thousandths = fc.integer({ min: -2_000_000, max: 50_000_000 });
const odd: fc.Arbitrary<CellValue> = fc.constantFrom<CellValue>(
  null, 0, '-', 'x', 'không rõ', '1.000,5', '2.500', '0,0000000001', 9e15, 12345678.123456789, 1e-10, -250, '',
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: thousandths.map((k) => k / 1000) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: odd },
);

interface Item { years: CellValue[]; sources: CellValue[]; total: 'years' | 'sources' | 'cell'; cell: CellValue }

const item: fc.Arbitrary<Item> = fc.record({
  years: fc.array(cell, { minLength: 3, maxLength: 3 }),
  sources: fc.array(cell, { minLength: 3, maxLength: 3 }),
  total: fc.constantFrom<'years' | 'sources' | 'cell'>('years', 'years', 'sources', 'cell'),
  cell,
});

/** The stated figures' sum in thousandths, or the cell when one is not a plain figure. */
function totalOf(parts: readonly CellValue[], fallback: CellValue): CellValue {
  let k = 0;
  for (const p of parts) {
    if (p === null) continue;
    if (typeof p !== 'number' || !Number.isInteger(Math.round(p * 1000)) || Math.abs(p) > 1e9) return fallback;
    k += Math.round(p * 1000);
  }
  return k / 1000;
}

/** The form, with its "Tổng số" column or (withTotal false) without one: each row's amount is then its years' sum. */
function sheet(sections: Item[][], withTotal = true): Table {
  // The total column's cell of a row, or nothing when the form has no such column.
  const t = (v: CellValue): CellValue[] => (withTotal ? [v] : []);
  const rows: CellValue[][] = [
    ['KẾ HOẠCH GIAI ĐOẠN 2021 - 2023'], ['Đơn vị tính: triệu đồng'],
    ['STT', 'Nội dung', ...t('Tổng số'), 'Kinh phí theo năm', null, null, 'Nguồn vốn', null, null],
    [null, null, ...t(null), 2021, 2022, 2023, 'NSTW', 'NSĐP', 'Khác'],
  ];
  sections.forEach((items, s) => {
    rows.push([['I', 'II', 'III'][s], `Nhóm ${s + 1}`, ...t(totalOf(items.map((i) => totalOf(i.years, null)), 7)), null, null, null, null, null, null]);
    items.forEach((it, n) => {
      const total = it.total === 'years' ? totalOf(it.years, it.cell) : it.total === 'sources' ? totalOf(it.sources, it.cell) : it.cell;
      rows.push([String(n + 1), `Nhiệm vụ ${s + 1}.${n + 1}`, ...t(total), ...it.years, ...it.sources]);
    });
  });
  const merges = withTotal ? ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:I3'] : ['A3:A4', 'B3:B4', 'C3:E3', 'F3:H3'];
  const grid = gridOf({ name: 'Biểu 2', rows, merges });
  const [table] = readTables(grid, { period: null, unit: null });
  allocateItems(table, 'columns-or-words');
  return table;
}

/** Every figure of a summary as text, in the order the JSON writes them. */
function summaryText(s: TableSummary): unknown {
  return {
    total: s.total.toFixed(), stated: s.statedTotal?.toFixed() ?? null,
    bySource: Object.entries(s.bySource).map(([k, v]) => [k, v.toFixed()]),
    byType: Object.entries(s.byType).map(([k, v]) => [k, v.toFixed()]),
    byYear: [...s.byYear].map(([y, v]) => [y, v.toFixed()]),
    byYearSource: [...s.byYearSource].map(([y, v]) => [y, Object.entries(v).map(([k, d]) => [k, d?.toFixed()])]),
    proportionalRows: s.proportionalRows,
  };
}

function subtotalsText(table: Table): unknown {
  computeSubtotals(table);
  return table.rows.map((r) => [r.row, r.computed?.toFixed() ?? null, r.computedCells?.map((c) => c?.toFixed() ?? null) ?? null]);
}

function findingsText(table: Table, summary: TableSummary): unknown {
  const ctx = makeContext(table, defaultSettings(), summary);
  return [subtotalRule, columnSumsRule, amountRule].map((rule) => rule(ctx).map((f) => [f.code, f.cell, f.expected, f.actual, f.message]));
}

describe('sums from the cells\' numbers', () => {
  it('give every subtotal, total and finding the cells give', () => {
    fc.assert(fc.property(fc.array(fc.array(item, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }), fc.boolean(), (sections, withTotal) => {
      const table = sheet(sections, withTotal);
      expect(cellBillionths(table.rows)).not.toBeNull();
      // The same table and rows, but a list readTables did not make: summed from the cells.
      const fromCells: Table = { ...table, rows: [...table.rows] };
      expect(cellBillionths(fromCells.rows)).toBeNull();

      const numbersSubtotals = subtotalsText(table);
      const numbersSummary = summarize(table);
      const numbersFindings = findingsText(table, numbersSummary);
      const cellsSubtotals = subtotalsText(fromCells);
      const cellsSummary = summarize(fromCells);
      expect(numbersSubtotals).toEqual(cellsSubtotals);
      expect(summaryText(numbersSummary)).toEqual(summaryText(cellsSummary));
      expect(numbersFindings).toEqual(findingsText(fromCells, cellsSummary));
    }), { numRuns: 200 });
  });

  it('the generated forms are read as years and sources in columns, and their rows are cut among sources', () => {
    const table = sheet([[{ years: [100, 200, 300], sources: [200, 400, null], total: 'years', cell: null }]]);
    expect(table.sums.map((s) => s.kind)).toEqual(['years', 'sources']);
    const row = table.rows[1];
    expect(row.allocationBasis).toBe('columns');
    // 600 = 200 NSTW + 400 NSĐP: each year cut 1/3 : 2/3 (ROUNDDOWN to the thousandth, the rest to NSĐP).
    const s = summarize(table);
    expect(summaryText(s)).toMatchObject({
      byYearSource: [[2021, [['NSTW', '33.333'], ['NSĐP', '66.667']]], [2022, [['NSTW', '66.666'], ['NSĐP', '133.334']]], [2023, [['NSTW', '100'], ['NSĐP', '200']]]],
    });
  });

  it('a generated form without a total column takes each row\'s amount from its year cells', () => {
    const table = sheet([[{ years: [100, 200, 300], sources: [200, 400, null], total: 'years', cell: null }]], false);
    expect(table.columns.total).toBeNull();
    const row = table.rows[1];
    // 100 + 200 + 300, the years' sum; the sources (200 + 400) are then checked against it.
    expect([row.amountFrom, row.amount?.toFixed()]).toEqual(['columns', '600']);
  });

  it('a table longer than the first block of numbers (1.024 rows) is summed whole', () => {
    // Items 1..1.100, each n in 2021 and in NSTW: the section's sums are 1 + … + 1.100 = 1.100 × 1.101 / 2 = 605.550.
    const items: Item[] = Array.from({ length: 1100 }, (_, i) => ({ years: [i + 1, null, null], sources: [i + 1, null, null], total: 'years', cell: null }));
    const table = sheet([items]);
    expect(cellBillionths(table.rows)).not.toBeNull();
    computeSubtotals(table);
    const section = table.rows[0];
    expect(section.computed?.toFixed()).toBe('605550');
    // Columns: Tổng số, 2021, 2022, 2023, NSTW, NSĐP, Khác (the total column's own is not summed).
    expect(section.computedCells?.map((c) => c?.toFixed() ?? null)).toEqual([null, '605550', null, null, '605550', null, null]);
    expect(summarize(table).byYear.get(2021)?.toFixed()).toBe('605550');
  });

  it('rows past the room taken up front are kept, the earlier ones unchanged', () => {
    // readTables takes room for the sheet's rows below the header, at most 4.000.000 numbers; a
    // table past that (or given less room) grows. Room for 2 rows of 3, then 5 rows: row i holds i, 10i, 100i.
    const b = new CellBillionths(3, 2);
    const numbers = new Float64Array(3);
    for (let i = 1; i <= 5; i++) {
      numbers.set([i, 10 * i, 100 * i]);
      b.push(numbers);
    }
    expect(b.rows).toBe(5);
    expect(Array.from(b.data.subarray(0, 15))).toEqual([1, 10, 100, 2, 20, 200, 3, 30, 300, 4, 40, 400, 5, 50, 500]);
  });
});
