// The per-row lists the rules use in place of Maps and Sets keyed by sheet row (row-index.ts):
// they must answer as a Map and a Set would, for rows in order or not, and never for a row
// outside the table.
import fc from 'fast-check';
import { RowMap, RowSet, rowsBetween } from '../../src/core/row-index';
import type { TableRow } from '../../src/core/model';

const rowsAt = (...numbers: number[]) => numbers.map((row) => ({ row }) as TableRow);

describe('RowMap', () => {
  it('finds each row of a table by its sheet row, and nothing for rows between or outside', () => {
    const rows = rowsAt(7, 8, 10, 15);
    const byRow = RowMap.ofRows(rows);
    for (const r of rows) expect(byRow.get(r.row)).toBe(r);
    for (const n of [0, 6, 9, 11, 14, 16, 1000, -3]) expect(byRow.get(n)).toBeUndefined();
  });

  it('takes rows listed out of order', () => {
    const rows = rowsAt(12, 5, 9);
    const byRow = RowMap.ofRows(rows);
    expect(byRow.get(5)).toBe(rows[1]);
    expect(byRow.get(12)).toBe(rows[0]);
  });

  it('keeps values set for the table rows and refuses a row outside them', () => {
    const m = RowMap.forRows<string>(rowsAt(100, 101, 102));
    m.set(101, 'b');
    expect(m.get(101)).toBe('b');
    expect(m.get(100)).toBeUndefined();
    expect(() => m.set(103, 'x')).toThrow(RangeError);
  });

  it('is empty for a table without rows', () => {
    expect(RowMap.ofRows([]).get(0)).toBeUndefined();
  });
});

describe('RowSet', () => {
  it('answers like a Set of row numbers', () => {
    const s = RowSet.forRows(rowsAt(20, 21, 22, 30));
    const same = new Set<number>();
    for (const n of [21, 30, 21]) {
      s.add(n);
      same.add(n);
    }
    for (let n = 0; n < 40; n++) expect(s.has(n)).toBe(same.has(n));
    expect(Array.from({ length: 40 }, (_, n) => n).filter((n) => s.has(n))).toEqual([21, 30]);
    expect(() => s.add(31)).toThrow(RangeError);
  });
});

describe('rowsBetween', () => {
  // What a running "Cộng" adds: the rows from its first row up to itself. Against the plain filter.
  it('gives exactly the rows a filter on from ≤ row < to gives, for rows in sheet order', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 60 }), fc.integer({ min: 0, max: 210 }), fc.integer({ min: 0, max: 210 }),
      (numbers, from, to) => {
        const rows = rowsAt(...numbers.sort((a, b) => a - b));
        expect(rowsBetween(rows, from, to).map((r) => r.row)).toEqual(rows.filter((r) => r.row >= from && r.row < to).map((r) => r.row));
      },
    ));
  });
});
