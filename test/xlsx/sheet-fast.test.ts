// The sheet reader reads Excel's usual cell, <c r="B7" s="3" t="s"><v>12</v></c>, straight
// from the text (shared-string indexes and whole numbers without making a string for them), and
// everything else through the XML tokens. The same cells written so that only the tokens can read
// them (attributes in another order, a space before ">") must come out value for value the same.
import fc from 'fast-check';
import { columnLetter } from '../../src/core/grid';
import { nodeInflate } from '../../src/xlsx/node';
import { XlsxPackage } from '../../src/xlsx/package';
import { readSheetCells } from '../../src/xlsx/sheet';
import type { SheetCells } from '../../src/xlsx/cells';
import type { CellStyles } from '../../src/xlsx/styles';
import { handWorkbook, sheetXmlOf } from '../helpers/workbooks';

const SHARED = ['Nhiệm vụ', 'NSĐP', '2021-2023', '', 'Tổng cộng'];
// Style 1 shows a date (a number in it is a serial day), style 2 is bold.
const STYLES: CellStyles = { numFmt: ['General', 'dd/mm/yyyy', 'General'], isDate: [false, true, false], bold: [false, false, true] };

interface Cell { col: number; gap: boolean; type: '' | 's' | 'n' | 'str' | 'b' | 'e'; style: number; value: string | null }

const cellArb = fc.record({
  col: fc.integer({ min: 1, max: 30 }),
  // Written without its address (the column after the cell before it).
  gap: fc.boolean(),
  type: fc.constantFrom<Cell['type']>('', 's', 'n', 'str', 'b', 'e'),
  style: fc.integer({ min: 0, max: 2 }),
  value: fc.oneof(
    fc.constantFrom('0', '1', '4', '07', '12', '100', '45000', '999999999999999', '1234567890123456', '105.5', '-3', '1E3', ' 2', '', 'x', 'true', '#N/A'),
    fc.integer({ min: 0, max: 2 ** 40 }).map(String),
    fc.constant(null),
  ),
});

function cellXml(c: Cell, row: number, tokensOnly: boolean): string {
  const ref = c.gap ? '' : `${columnLetter(c.col)}${row}`;
  const attrs = [ref && `r="${ref}"`, c.style ? `s="${c.style}"` : '', c.type ? `t="${c.type}"` : ''].filter(Boolean);
  if (tokensOnly) attrs.reverse();
  const open = `<c ${attrs.join(' ')}${tokensOnly ? ' ' : ''}`;
  return c.value === null ? `${open}/>` : `${open}><v>${c.value}</v></c>`;
}

/** A row's start tag as Excel writes it: its attributes in any order, the address left out or not. */
interface RowTag { attrs: [string, string][]; gap: boolean }

const rowTagArb: fc.Arbitrary<RowTag> = fc.record({
  attrs: fc.uniqueArray(fc.oneof(
    fc.constantFrom<[string, string]>(['spans', '1:6'], ['ht', '15.75'], ['customHeight', '1'], ['x14ac:dyDescent', '0.25'], ['outlineLevel', '1'], ['thickBot', '1']),
    fc.constantFrom('0', '1', 'true', 'false', 'x').map((v): [string, string] => ['hidden', v]),
    fc.constantFrom('0', '1', 'true', 'TRUE').map((v): [string, string] => ['customFormat', v]),
    fc.constantFrom('0', '2', '1', '07', '', 'x', '12345678901').map((v): [string, string] => ['s', v]),
  ), { selector: ([name]) => name, maxLength: 5 }),
  gap: fc.boolean(),
});

function rowXml(tag: RowTag, row: number, cells: string, tokensOnly: boolean): string {
  const attrs = [...(tag.gap ? [] : [['r', String(row)]]), ...tag.attrs].map(([n, v]) => ` ${n}="${v}"`).join('');
  // A space before ">" (or "/>"): only the tokens read such a tag.
  const end = tokensOnly ? ' ' : '';
  return cells === '' ? `<row${attrs}${end}/>` : `<row${attrs}${end}>${cells}</row>`;
}

async function cellsOf(rows: Cell[][], tokensOnly: boolean, tags: RowTag[] = []): Promise<SheetCells> {
  // A shared string that does not exist is a broken file (refused on either path): kept out here.
  const fits = (c: Cell) => c.type !== 's' || c.value === null || (Number.isInteger(Number(c.value)) && Number(c.value) >= 0 && Number(c.value) < SHARED.length);
  const xml = rows.map((cells, i) => {
    const inner = cells.filter(fits).map((c) => cellXml(c, i + 1, tokensOnly)).join('');
    return rowXml(tags[i] ?? { attrs: [], gap: false }, i + 1, inner, tokensOnly);
  }).join(tokensOnly ? '\n' : '');
  const bytes = await handWorkbook([{ name: 'S', xml: sheetXmlOf(xml) }]);
  const pkg = new XlsxPackage(bytes, nodeInflate, 'f.xlsx');
  return readSheetCells('xl/worksheets/sheet1.xml', { pkg, sheet: 'S', styles: STYLES, sharedStrings: SHARED, date1904: false, budget: { cells: 0, max: 1e6 } });
}

/** One thing of every cell kept, in the order kept. */
function column<T>(cells: SheetCells, pick: (k: number) => T): T[] {
  return Array.from({ length: cells.count }, (_, k) => pick(k));
}

async function outcome(rows: Cell[][], tokensOnly: boolean, tags: RowTag[] = []): Promise<SheetCells | string> {
  try {
    return await cellsOf(rows, tokensOnly, tags);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

describe('the sheet reader\'s fast path', () => {
  test('reads every cell as the tokens do', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.array(cellArb, { maxLength: 8 }), { minLength: 1, maxLength: 6 }), async (rows) => {
      // Addresses in increasing order within a row, as Excel writes them.
      const sorted = rows.map((cells) => [...cells].sort((a, b) => a.col - b.col));
      expect(await outcome(sorted, false)).toEqual(await outcome(sorted, true));
    }), { numRuns: 150 });
  });

  test('reads every row start as the tokens do: its number, hidden, its style, rows without cells', async () => {
    const rowsArb = fc.array(fc.tuple(rowTagArb, fc.array(cellArb, { maxLength: 4 })), { minLength: 1, maxLength: 6 });
    await fc.assert(fc.asyncProperty(rowsArb, async (rows) => {
      const cells = rows.map(([, c]) => [...c].sort((a, b) => a.col - b.col));
      const tags = rows.map(([t]) => t);
      const fast = await outcome(cells, false, tags);
      expect(fast).toEqual(await outcome(cells, true, tags));
    }), { numRuns: 150 });
  });

  test('a row read on the fast path carries what the tokens would read of it', async () => {
    const tags: RowTag[] = [
      { attrs: [['spans', '1:2'], ['hidden', '1'], ['s', '2'], ['customFormat', '1'], ['x14ac:dyDescent', '0.25']], gap: false },
      { attrs: [['customFormat', 'true'], ['s', '1'], ['hidden', 'true']], gap: true },
      { attrs: [['s', '2']], gap: false },
    ];
    const one: Cell = { col: 1, gap: false, type: '', style: 0, value: '5' };
    const cells = await cellsOf([[one], [], [one]], false, tags);
    // Rows 1 and 2 hidden, styled 2 and 1; row 3's style is not a whole-row format (no customFormat).
    expect(cells.hiddenRows).toEqual([1, 2]);
    expect([...cells.rowStyles]).toEqual([[1, 2], [2, 1]]);
    expect(column(cells, (k) => cells.rows[k])).toEqual([1, 3]);
    // An attribute written twice is refused by either path, in the same words.
    const twice: RowTag[] = [{ attrs: [['s', '1'], ['s', '2']], gap: false }];
    const refused = await outcome([[one]], false, twice);
    expect(refused).toMatch(/attribute s twice/);
    expect(refused).toBe(await outcome([[one]], true, twice));
  });

  test('an address Excel cannot hold is refused as the tokens refuse it, naming the address alone', async () => {
    const read = async (xml: string): Promise<string> => {
      const bytes = await handWorkbook([{ name: 'S', xml: sheetXmlOf(`<row r="1">${xml}</row>`) }]);
      const pkg = new XlsxPackage(bytes, nodeInflate, 'f.xlsx');
      const cells = readSheetCells('xl/worksheets/sheet1.xml', { pkg, sheet: 'S', styles: STYLES, sharedStrings: SHARED, date1904: false, budget: { cells: 0, max: 1e6 } });
      return cells.then(() => 'read', (err: unknown) => (err instanceof Error ? err.message : String(err)));
    };
    // Row 0 does not exist; ZZZ (26×676 + 26×26 + 26 = 18.278) is past XFD (16.384). The second of
    // each pair ends its tag with a space, which only the tokens read.
    for (const [fast, tokens, said] of [
      ['<c r="A0"><v>5</v></c>', '<c r="A0" ><v>5</v></c>', /has row 0, beyond/],
      ['<c r="ZZZ1" s="1"><v>5</v></c>', '<c r="ZZZ1" s="1" ><v>5</v></c>', /has a cell ZZZ1 beyond Excel's last column XFD/],
    ] as const) {
      expect(await read(fast)).toMatch(said);
      expect(await read(fast)).toBe(await read(tokens));
    }
  });

  test('a shared string, a whole number, a date serial and a decimal, read in place', async () => {
    const cells = await cellsOf([[
      { col: 1, gap: false, type: 's', style: 0, value: '1' },
      { col: 2, gap: false, type: '', style: 0, value: '45000' },
      { col: 3, gap: false, type: 'n', style: 1, value: '45000' },
      { col: 4, gap: true, type: '', style: 2, value: '105.5' },
    ]], false);
    // 45000 days after 30/12/1899 is 15/03/2023 (Excel's serial day).
    expect(column(cells, (k) => cells.value(k))).toEqual(['NSĐP', 45000, '2023-03-15', 105.5]);
    expect(column(cells, (k) => cells.cols[k])).toEqual([1, 2, 3, 4]);
    expect(column(cells, (k) => cells.styles[k])).toEqual([0, 0, 1, 2]);
  });
});
