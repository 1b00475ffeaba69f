// The reader keeps a sheet's cells in typed arrays that double and values in lists of 4096: a
// sheet of thousands of cells crosses both seams. Against the plain reading (one array per
// field, pushed cell by cell), over generated sheets of up to 10.000 cells.
import fc from 'fast-check';
import type { CellValue } from '../../src/core/grid';
import { SheetCells } from '../../src/xlsx/cells';

interface Cell { row: number; col: number; value: CellValue | undefined; formula: string | null; style: number }

const cellArb: fc.Arbitrary<Cell> = fc.record({
  row: fc.integer({ min: 1, max: 1_048_576 }),
  col: fc.integer({ min: 1, max: 16_384 }),
  value: fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.double({ noNaN: true }), fc.boolean()),
  formula: fc.oneof(fc.constant(null), fc.constant(null), fc.string().map((s) => `=${s}`)),
  style: fc.integer({ min: 0, max: 64_000 }),
});

describe('SheetCells', () => {
  test('gives back every cell as added, and whether they came in row-then-column order', () => {
    fc.assert(fc.property(
      // Mostly the order Excel writes (sorted), sometimes as generated.
      fc.array(cellArb, { maxLength: 10_000, size: 'max' }), fc.boolean(),
      (generated, sort) => {
        const cells = sort ? [...generated].sort((a, b) => a.row - b.row || a.col - b.col) : generated;
        const kept = new SheetCells();
        for (const c of cells) kept.add(c.row, c.col, c.value, c.formula, c.style);
        expect(kept.count).toBe(cells.length);
        const back = Array.from({ length: kept.count }, (_, k): Cell =>
          ({ row: kept.rows[k], col: kept.cols[k], value: kept.value(k), formula: kept.formula(k), style: kept.styles[k] }));
        expect(back).toEqual(cells);
        // In order: each cell after the one before it, none twice in one place.
        const ordered = cells.every((c, i) => i === 0 || c.row > cells[i - 1].row || (c.row === cells[i - 1].row && c.col > cells[i - 1].col));
        expect(kept.ordered).toBe(ordered);
      },
    // A failure is reported as found: shrinking 10.000 cells would take minutes.
    ), { numRuns: 40, endOnFailure: true });
  });
});
