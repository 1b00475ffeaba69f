// A row's years are read through its own year cells (cell-years.ts) instead of a Map built per
// row. Over many generated forms (year columns in any order, some naming one year twice, cells
// holding figures, zeros, words, dashes, text amounts, nothing) every row's years must read as the
// Map worked out here from the row's cells the plain way: each year's non-zero cells added up, in
// year order. Read every way a Map is read (size, get, has, keys, values, entries, forEach,
// spread, a copy), and written to.
import fc from 'fast-check';
import { Decimal } from '../../../src/core/decimal';
import type { CellValue } from '../../../src/core/grid';
import type { TableRow } from '../../../src/core/model';
import { readTables } from '../../../src/core/table';
import { planGrid } from '../../helpers/grid';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -5_000, max: 500_000 }).map((k) => k / 10) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(0, '0', '-', 'x', 'không rõ', '1.000,5', '2.500', '', 9e15) },
);

const form = fc.record({
  // Years 2020..2027 drawn with repeats allowed: a repeat sends the reader down its Map path.
  years: fc.array(fc.integer({ min: 2020, max: 2027 }), { minLength: 1, maxLength: 8 }),
  rows: fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 12 }),
});

/** The row's years worked out from its cells: a cell's value counts when it is there and not zero. */
function expectedYears(row: TableRow, columnYears: readonly (number | null)[]): [number, string][] {
  const sums = new Map<number, Decimal>();
  row.cells.forEach((c, k) => {
    const y = columnYears[k];
    if (y === null || c.value === null || c.value.isZero()) return;
    sums.set(y, (sums.get(y) ?? new Decimal(0)).plus(c.value));
  });
  return [...sums].sort((a, b) => a[0] - b[0]).map(([y, v]) => [y, v.toFixed()]);
}

const text = (entries: Iterable<[number, Decimal]>): [number, string][] => [...entries].map(([y, v]) => [y, v.toFixed()]);

it('every row reads as the Map of its non-zero year cells, in year order, every way a Map is read', () => {
  fc.assert(fc.property(form, ({ years, rows }) => {
    const header = ['Số thứ tự', 'Tên dự án/nhiệm vụ', 'Thời gian triển khai', 'Tổng mức đầu tư', ...years.map((y) => `Năm ${y}`)];
    const body = rows.map((cells, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, '2021-2025', null, ...cells.slice(0, years.length)]);
    const [table] = readTables(planGrid(body, { header }), { period: null, unit: null });
    const columnYears = table.moneyColumns.map((m) => (m.role === 'year' ? m.year : null));
    for (const row of table.rows) {
      const want = expectedYears(row, columnYears);
      const got = row.years;
      expect(text(got)).toEqual(want);
      expect(got.size).toBe(want.length);
      expect([...got.keys()]).toEqual(want.map(([y]) => y));
      expect([...got.values()].map((v) => v.toFixed())).toEqual(want.map(([, v]) => v));
      expect(text(got.entries())).toEqual(want);
      expect(text(new Map(got))).toEqual(want);
      const seen: [number, string][] = [];
      got.forEach((v, y, map) => {
        expect(map).toBe(got);
        seen.push([y, v.toFixed()]);
      });
      expect(seen).toEqual(want);
      for (let y = 2019; y <= 2028; y++) {
        const w = want.find(([year]) => year === y);
        expect(got.get(y)?.toFixed()).toBe(w?.[1]);
        expect(got.has(y)).toBe(w !== undefined);
      }
      expect(Object.prototype.toString.call(got)).toBe('[object Map]');
    }
  }), { numRuns: 150 });
});

it('a write makes the years a Map of their own: the row\'s cells and the other rows are untouched', () => {
  const header = ['Số thứ tự', 'Tên dự án/nhiệm vụ', 'Thời gian triển khai', 'Tổng mức đầu tư', 'Năm 2022', 'Năm 2021'];
  const [table] = readTables(planGrid([['1', 'A', '2021-2022', 300, 200, 100], ['2', 'B', '2021-2022', 300, 200, 100]], { header }), { period: null, unit: null });
  const [a, b] = table.rows;
  a.years.set(2023, new Decimal(5));
  a.years.delete(2021);
  // 2022's 200 stays, 2021's 100 is gone, 2023's 5 comes last, as a Map keeps insertion order.
  expect(text(a.years)).toEqual([[2022, '200'], [2023, '5']]);
  expect(a.years.size).toBe(2);
  expect(a.cells.map((c) => c.value?.toFixed() ?? null)).toEqual(['300', '200', '100']);
  expect(text(b.years)).toEqual([[2021, '100'], [2022, '200']]);
  a.years.clear();
  expect(a.years.size).toBe(0);
  expect(a.years.get(2022)).toBeUndefined();
});
