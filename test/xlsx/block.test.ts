// sheetGrid shares one frozen row among the rows without formulas, bold cells or number formats
// and copies it when a cell differs. Against the plain reading of the same cells (every row its
// own arrays, filled in Excel's precedence: column style, row style, the cell's own style; a
// cell a merge covers other than its top-left one has no value or formula), value by value,
// over many generated sheets.
import fc from 'fast-check';
import type { CellValue } from '../../src/core/grid';
import { sheetGrid } from '../../src/xlsx/block';
import { SheetCells } from '../../src/xlsx/cells';
import type { Box } from '../../src/xlsx/cells';
import type { CellStyles } from '../../src/xlsx/styles';

// Style 0 is plain; 1 bold; 2 a number format; 3 both; 4 bold with "General" spelled out.
const STYLES: CellStyles = {
  bold: [false, true, false, true, true],
  numFmt: ['General', 'General', '#,##0', '0.00%', 'General'],
  isDate: [false, false, false, false, false],
};

interface Cell { row: number; col: number; value: CellValue | undefined; formula: string | null; style: number }

function sheetOf(cells: Cell[], rowStyles: [number, number][], colStyles: { min: number; max: number; style: number }[], merges: Box[]): SheetCells {
  const sheet = new SheetCells();
  for (const c of cells) sheet.add(c.row, c.col, c.value, c.formula, c.style);
  sheet.rowStyles = new Map(rowStyles);
  sheet.colStyles = colStyles;
  sheet.merges = merges;
  return sheet;
}

function plainReading(cells: Cell[], sheet: SheetCells, top: number, left: number, height: number, width: number) {
  const bold = Array.from({ length: height }, () => new Array<boolean>(width).fill(false));
  const formats = Array.from({ length: height }, () => new Array<string>(width).fill('General'));
  const formulas = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const values = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const apply = (r: number, c: number, s: number): void => {
    if (STYLES.bold[s]) bold[r][c] = true;
    if (STYLES.numFmt[s]) formats[r][c] = STYLES.numFmt[s];
  };
  for (let r = 0; r < height; r++) {
    const rowStyle = sheet.rowStyles.get(top + r);
    for (let c = 0; c < width; c++) {
      const col = sheet.colStyles.filter((cs) => cs.min <= left + c && left + c <= cs.max).pop();
      if (rowStyle !== undefined) apply(r, c, rowStyle);
      else if (col) apply(r, c, col.style);
    }
  }
  const sorted = cells.map((c, i) => ({ ...c, i })).sort((a, b) => a.row - b.row || a.col - b.col || a.i - b.i);
  for (const cell of sorted) {
    const r = cell.row - top;
    const c = cell.col - left;
    if (r < 0 || r >= height || c < 0 || c >= width) continue;
    bold[r][c] = STYLES.bold[cell.style];
    formats[r][c] = STYLES.numFmt[cell.style];
    const away = sheet.merges.some((m) => m.top <= cell.row && cell.row <= m.bottom && m.left <= cell.col && cell.col <= m.right && !(m.top === cell.row && m.left === cell.col));
    values[r][c] = away || cell.value === undefined ? null : cell.value;
    formulas[r][c] = away ? null : cell.formula;
  }
  return { values, formulas, bold, numberFormats: formats };
}

const cellArb = fc.record({
  row: fc.integer({ min: 1, max: 12 }),
  col: fc.integer({ min: 1, max: 6 }),
  value: fc.oneof(fc.constant(undefined), fc.constant(null), fc.constant(''), fc.integer(), fc.constantFrom('NSĐP', 'Tổng cộng')),
  formula: fc.oneof(fc.constant(null), fc.constantFrom('=SUM(E7:E9)', '=A1')),
  style: fc.integer({ min: 0, max: 4 }),
});
const boxArb = fc.record({ top: fc.integer({ min: 1, max: 12 }), left: fc.integer({ min: 1, max: 6 }), h: fc.integer({ min: 0, max: 3 }), w: fc.integer({ min: 0, max: 2 }) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));

describe('sheetGrid', () => {
  test('shared rows hold what every row filled on its own holds', () => {
    let compared = 0;
    fc.assert(fc.property(
      fc.array(cellArb, { maxLength: 40 }),
      fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 4 })), { maxLength: 3 }),
      fc.array(fc.record({ min: fc.integer({ min: 1, max: 6 }), max: fc.integer({ min: 1, max: 8 }), style: fc.integer({ min: 0, max: 4 }) }), { maxLength: 2 }),
      fc.array(boxArb, { maxLength: 2 }),
      (cells, rowStyles, colStyles, merges) => {
        const sheet = sheetOf(cells, rowStyles, colStyles, merges);
        const { grid } = sheetGrid('S', sheet, STYLES, 'f.xlsx');
        if (!grid) return;
        const height = grid.values.length;
        const width = grid.values[0].length;
        const want = plainReading(cells, sheet, grid.top, grid.left, height, width);
        expect({ values: grid.values, formulas: grid.formulas, bold: grid.bold, numberFormats: grid.numberFormats }).toEqual(want);
        compared++;
      },
    ), { numRuns: 1500 });
    expect(compared).toBeGreaterThan(500);
  });

  test('a row that differs has its own arrays; the rest share frozen ones', () => {
    const cells: Cell[] = [
      { row: 1, col: 1, value: 'STT', formula: null, style: 1 },
      { row: 2, col: 1, value: 1, formula: null, style: 0 },
      { row: 3, col: 1, value: 2, formula: '=A2+1', style: 2 },
      { row: 4, col: 1, value: 3, formula: null, style: 0 },
    ];
    const { grid } = sheetGrid('S', sheetOf(cells, [], [], []), STYLES, 'f.xlsx');
    expect(grid?.bold).toEqual([[true], [false], [false], [false]]);
    expect(grid?.formulas).toEqual([[null], [null], ['=A2+1'], [null]]);
    expect(grid?.numberFormats).toEqual([['General'], ['General'], ['#,##0'], ['General']]);
    expect(Object.isFrozen(grid?.bold?.[1])).toBe(true);
    expect(grid?.bold?.[1]).toBe(grid?.bold?.[3]);
    expect(Object.isFrozen(grid?.bold?.[0])).toBe(false);
  });
});
