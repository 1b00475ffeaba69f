// A row keeps few fields of its own (read-row.ts): its amount text, reading and per come from its
// total cell, its time, source text and mode from words the table's rows share, and its kind,
// amountFrom, sourcesFrom, allocationBasis, amountPer and bold share one number. Over generated plans every
// row must read as the plain reading of its cells worked out here, and writes to one of the packed
// fields must change that field of that row only, as writes to a plain object would.
import fc from 'fast-check';
import type { CellValue } from '../../../src/core/grid';
import type { AllocationBasis, RowKind, TableRow } from '../../../src/core/model';
import { computeSubtotals, readTables } from '../../../src/core/table';
import { planGrid } from '../../helpers/grid';

const HEADER = ['Số thứ tự', 'Tên dự án/nhiệm vụ', 'Thời gian triển khai', 'Tổng mức đầu tư', 'Nguồn vốn', 'Hình thức triển khai'];
const TIMES = ['2021-2023', '2022', 'Hàng năm', '', '2021 - 2025'];
const SOURCES = ['NSĐP', 'NSTW', '', 'NSĐP (Vốn đầu tư)'];
const MODES = ['Thuê VNPT', 'Đầu tư', ''];

const amount: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: 1, max: 9_000 }),
  fc.constantFrom<CellValue>(1500.5, '1.000', '100 triệu/ năm', '-', 'x', null),
);

const row = fc.record({
  time: fc.constantFrom(...TIMES),
  amount,
  source: fc.constantFrom(...SOURCES),
  mode: fc.constantFrom(...MODES),
  bold: fc.boolean(),
});

/** The amount cell's text as the sheet shows it: a number as JS prints it, a text as written. */
const shown = (v: CellValue): string => (v === null ? '' : String(v));

type Packed = Pick<TableRow, 'kind' | 'amountFrom' | 'allocationBasis' | 'sourcesFrom' | 'amountPer' | 'bold'>;
const write = fc.oneof(
  fc.record({ field: fc.constant('kind' as const), value: fc.constantFrom<RowKind>('item', 'section', 'total') }),
  fc.record({ field: fc.constant('amountFrom' as const), value: fc.constantFrom<TableRow['amountFrom']>(null, 'cell', 'columns') }),
  fc.record({ field: fc.constant('allocationBasis' as const), value: fc.constantFrom<AllocationBasis>('none', 'columns', 'text', 'even') }),
);

it('every row reads its amount text, per, time, source text, mode and bold from its own cells', () => {
  fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
    const body = rows.map((r, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, r.time, r.amount, r.source, r.mode]);
    const bold = rows.flatMap((r, i) => (r.bold ? [i] : []));
    const [table] = readTables(planGrid(body, { header: HEADER, bold }), { period: null, unit: null });
    expect(table.rows).toHaveLength(rows.length);
    table.rows.forEach((got, i) => {
      const want = rows[i];
      expect(got.amountText).toBe(shown(want.amount));
      // Only "100 triệu/ năm" is an amount per year; a figure is per total.
      expect(got.amountPer).toBe(want.amount === '100 triệu/ năm' ? 'year' : 'total');
      expect(got.money === null).toBe(want.amount === null);
      expect(got.timeText).toBe(want.time);
      expect(got.time?.text).toBe(want.time);
      expect(got.sourceText).toBe(want.source);
      expect(got.sources.map((p) => p.code)).toEqual(want.source === '' ? [] : [want.source === 'NSTW' ? 'NSTW' : 'NSĐP']);
      expect(got.sourcesFrom).toBe(want.source === '' ? 'none' : 'text');
      expect(got.mode?.mode ?? null).toBe(want.mode === '' ? null : want.mode === 'Thuê VNPT' ? 'lease' : 'invest');
      expect(got.bold).toBe(want.bold);
    });
  }), { numRuns: 100 });
});

it('a write to kind, amountFrom or allocationBasis changes that field of that row only', () => {
  fc.assert(fc.property(fc.array(row, { minLength: 2, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), write), { maxLength: 30 }), (rows, writes) => {
    // Rows alike share their words and their one-cell lists: a write must not reach the others.
    const body = rows.map((r, i) => [String(i + 1), 'Nhiệm vụ', r.time, r.amount, r.source, r.mode]);
    const bold = rows.flatMap((r, i) => (r.bold ? [i] : []));
    const [table] = readTables(planGrid(body, { header: HEADER, bold }), { period: null, unit: null });
    const packed = (r: TableRow): Packed => ({ kind: r.kind, amountFrom: r.amountFrom, allocationBasis: r.allocationBasis, sourcesFrom: r.sourcesFrom, amountPer: r.amountPer, bold: r.bold });
    const plain = table.rows.map(packed);
    // As read: items, not allocated, the amount from the cell when it holds one.
    plain.forEach((p, i) => {
      expect(p.kind).toBe('item');
      expect(p.allocationBasis).toBe('none');
      expect(p.amountFrom).toBe(table.rows[i].amount ? 'cell' : null);
    });
    for (const [n, w] of writes) {
      const at = n % table.rows.length;
      const target = table.rows[at] as unknown as Record<string, unknown>;
      target[w.field] = w.value;
      (plain[at] as unknown as Record<string, unknown>)[w.field] = w.value;
      expect(table.rows.map(packed)).toEqual(plain);
    }
  }), { numRuns: 150 });
});

it('a section\'s sums and a survey row\'s place are its own: the items beside it keep none', () => {
  // Two groups of two items: 100 + 50 = 150 and 30 + 20 = 50, worked out by hand. The sums are
  // written on the section rows only: an item beside them keeps none.
  const body = [
    ['I', 'Nhóm 1', '', 150, 'NSĐP', ''], ['1', 'Nhiệm vụ A', '2022', 100, 'NSĐP', ''], ['2', 'Nhiệm vụ B', '2022', 50, 'NSĐP', ''],
    ['II', 'Nhóm 2', '', 50, 'NSĐP', ''], ['1', 'Nhiệm vụ C', '2023', 30, 'NSĐP', ''], ['2', 'Nhiệm vụ D', '2023', 20, 'NSĐP', ''],
  ];
  const [rows] = subtotalledRows(body);
  const [s1, a, b, s2, c, d] = rows;
  expect([s1.kind, s2.kind]).toEqual(['section', 'section']);
  expect(s1.computed?.toFixed()).toBe('150');
  expect(s2.computed?.toFixed()).toBe('50');
  for (const item of [a, b, c, d]) {
    expect(item.computed).toBeNull();
    expect(item.computedCells).toBeNull();
    expect(item.place).toBeNull();
    expect(item.system).toBeNull();
  }
});

it('a survey row names its own province and system; a plan row names none', () => {
  const header = ['STT', 'Tỉnh/thành phố', 'Tên hệ thống', 'Kinh phí'];
  const body = [['1', 'Hà Giang', 'Cổng thông tin', 120], ['', '', 'Hệ thống một cửa', 80], ['2', 'Cao Bằng', 'Cổng thông tin', 60]];
  const [table] = readTables(planGrid(body, { header }), { period: null, unit: null });
  // The second row continues Hà Giang (blank STT and province): its place comes from the row above.
  expect(table.rows.map((r) => [r.place, r.system])).toEqual([['Hà Giang', 'Cổng thông tin'], ['Hà Giang', 'Hệ thống một cửa'], ['Cao Bằng', 'Cổng thông tin']]);
});

/** The rows of each table read from `body`, with their sections' sums computed. */
function subtotalledRows(body: CellValue[][]): TableRow[][] {
  const tables = readTables(planGrid(body, { header: HEADER }), { period: null, unit: null });
  for (const t of tables) computeSubtotals(t);
  return tables.map((t) => t.rows);
}
