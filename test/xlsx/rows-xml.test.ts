// The row writer (a plan given row by row: --out's findings and data sheets) against the cell
// writer it stands in for (sheet-xml.ts, the same cells given one by one with their addresses):
// over generated rows of every kind of cell — odd texts, numbers Excel cannot hold, formulas too
// long or with markup, links with quotes — the same XML byte for byte, the same cell formats
// added to styles.xml, the same notes of cells cut or changed.
import fc from 'fast-check';
import { Decimal } from '../../src/core/decimal';
import type { PlanRow, PlanRowCell, SheetPlan } from '../../src/core/sheetplan';
import { cellsOfRows } from '../../src/core/sheets/rows';
import { ByteOut } from '../../src/xlsx/byte-out';
import { planXml } from '../../src/xlsx/rows-xml';
import { sheetXml } from '../../src/xlsx/sheet-xml';
import type { SheetWriteNotes } from '../../src/xlsx/sheet-xml';
import { MINIMAL_STYLES, StyleBook } from '../../src/xlsx/styles-edit';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const text = fc.oneof(
  fc.constantFrom('', 'PL IV', 'Nhiệm vụ số 667', 'NSĐP', 'ANNUAL_MISMATCH', '_x0041_', 'a & b <c>', ' lề trái', 'lề phải ', 'hai\ndòng', 'tab\there',
    'ký tự \u0001 điều khiển', 'nửa cặp \ud800', '"trích dẫn"', "'PL II'!F39", '\ufffe'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('x'.repeat(32767), 'y'.repeat(32768), 'ế'.repeat(33000)),
);
const decimal = fc.oneof(
  fc.constantFrom('0', '-0', '35388.5', '1e21', '1e-7', '0.000001', '12345678901234567', '-2.5', '1e400', 'NaN', 'Infinity').map((s) => new Decimal(s)),
  fc.integer().map((n) => new Decimal(n).div(1000)),
);
const value: fc.Arbitrary<PlanRowCell['value']> = fc.oneof(
  text,
  decimal,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const formula = fc.oneof(
  fc.constantFrom('SUM(A1:A3)', '=B2*2', "'PL IV'!E7-SUM(I2:I3)", 'A1&B1', 'IF(A1<2,1,0)', '', '=', `LEN("${'z'.repeat(8200)}")`, 'N("\u0002")', 'N("\ud800")', 'LEN("😀")'),
  fc.string({ maxLength: 10 }),
);
const link = fc.constantFrom("'PL IV'!E7", "#'PL IV'!E7", "'Bố''s'!A1", "'A&B'!C3", "'Q\"uote'!B2", '');
const cell: fc.Arbitrary<PlanRowCell> = fc.record({
  value,
  formula,
  link,
  numberFormat: fc.constantFrom('#,##0.###', '0.00%', '@', '0.0" tr"'),
  bold: fc.boolean(),
  italic: fc.boolean(),
  fill: fc.constantFrom('FFC7CE', 'D9E1F2', '#ffeb9c', 'xyz'),
  wrap: fc.boolean(),
  align: fc.constantFrom<'left' | 'center' | 'right'>('left', 'center', 'right'),
}, { requiredKeys: [] });
// A cell with nothing in it still makes its row; repeated cells take the writer's shortcut for a column's repeats.
const cells = fc.array(fc.option(fc.oneof(cell, fc.constant({}), fc.constant({ value: null, bold: false }), fc.constant({ value: 'PL IV' })), { nil: undefined }), { maxLength: 12 });
const rows = fc.array(fc.record({ gap: fc.integer({ min: 1, max: 3 }), cells }), { maxLength: 20 })
  .map((list) => {
    let row = 0;
    return list.map(({ gap, cells }): PlanRow => ({ row: (row += gap), cells }));
  });

/** The sheet as the packer stores it (UTF-8), its formats and notes: by the row writer, or by the cell writer encoded by Buffer. */
function written(plan: SheetPlan, write: typeof planXml | typeof sheetXml): { xml: Buffer; styles: string; notes: SheetWriteNotes } {
  const styles = new StyleBook(MINIMAL_STYLES(NS));
  const notes: SheetWriteNotes = { cut: [], notANumber: [], formulaAsValue: [] };
  const bytes: Buffer[] = [];
  if (write === sheetXml) {
    for (const piece of sheetXml(plan, { mainNs: NS, styles, notes })) bytes.push(Buffer.from(piece, 'utf8'));
  } else {
    // Small batches, as the packer takes them when full: many hand-overs, and long texts that outgrow one.
    const out = new ByteOut(Buffer.alloc(1 << 17));
    for (const _ of planXml(plan, { mainNs: NS, styles, notes }, out)) {
      if (!out.full) continue;
      bytes.push(Buffer.from(out.buf.subarray(0, out.used)));
      out.reset(Buffer.alloc(1 << 17));
    }
    bytes.push(Buffer.from(out.buf.subarray(0, out.used)));
  }
  return { xml: Buffer.concat(bytes), styles: styles.render(), notes };
}

/** The bytes compared at once (a deep comparison goes byte by byte), shown as text where they differ. */
function expectSame(a: ReturnType<typeof written>, b: ReturnType<typeof written>): void {
  if (!a.xml.equals(b.xml)) expect(a.xml.toString('utf8')).toBe(b.xml.toString('utf8'));
  expect(a.xml.equals(b.xml)).toBe(true);
  expect({ ...a, xml: null }).toEqual({ ...b, xml: null });
}

const frame = { name: 'NS Dữ liệu', cells: [], columnWidths: { A: 7, K: 50 }, freeze: { rows: 1, cols: 0 }, landscape: true };

/**
 * The same rows as cells with addresses, through the cell writer. It heads a sheet of known cells
 * with their range (<dimension>), which a streamed sheet leaves out (optional: Excel works it
 * out); only that element is taken away.
 */
function byCellWriter(list: readonly PlanRow[]): ReturnType<typeof written> {
  const out = written({ ...frame, cells: [...cellsOfRows(list)] }, sheetXml);
  const xml = out.xml.toString('utf8');
  const dimension = /<dimension ref="A1:[A-Z]+[0-9]+"\/>/;
  expect(xml).toMatch(dimension);
  return { ...out, xml: Buffer.from(xml.replace(dimension, ''), 'utf8') };
}

it('writes what the cell writer writes for the same cells, byte for byte, with the same formats and notes', () => {
  fc.assert(fc.property(rows, (list) => {
    const byRow = written({ ...frame, rowStream: () => list }, planXml);
    expectSame(byRow, byCellWriter(list));
  }), { numRuns: 400 });
});

it('a sheet of many megabytes in many pieces, long texts and repeats among short ones: the same bytes', () => {
  const names = ['Nhiệm vụ số 1', 'Hệ thống 😀 dữ liệu', 'a_b', ' lề ', 'ế'.repeat(32767), 'x'.repeat(40000)];
  const list: PlanRow[] = [];
  for (let r = 2; r < 20000; r++) {
    const name = names[r % 7 === 0 ? r % names.length : r % 2];
    list.push({
      row: r,
      cells: [{ value: 1 }, { value: 'PL IV' }, { value: r >> 2 }, { value: String(r >> 2) }, { value: name }, { value: 'NSĐP' }, { value: 'ĐTPT' },
        { value: 2021 + (r % 5) }, { value: new Decimal(r).div(3).toDecimalPlaces(3), numberFormat: '#,##0.###', formula: r % 3 ? `ROUNDDOWN('PL IV'!E${r >> 2}/3,3)` : undefined },
        { value: `PL IV!E${r >> 2}`, link: `'PL IV'!E${r >> 2}` }, r % 4 ? undefined : { value: 'Số đọc từ chữ', italic: true }],
    });
  }
  const byRow = written({ ...frame, rowStream: () => list }, planXml);
  expect(byRow.xml.length).toBeGreaterThan(8 << 20);
  expect(byRow.notes.cut.length).toBeGreaterThan(0);
  expectSame(byRow, byCellWriter(list));
});

it('worked example: a data-sheet row, its amount a live formula and its place a link', () => {
  const list: PlanRow[] = [{
    row: 2,
    cells: [{ value: 1 }, { value: 'PL IV' }, undefined, { value: new Decimal('33.333'), numberFormat: '#,##0.###', formula: "ROUNDDOWN('PL IV'!E7/3,3)" },
      { value: 'PL IV!E7', link: "'PL IV'!E7" }],
  }];
  const xml = written({ ...frame, rowStream: () => list }, planXml).xml.toString('utf8');
  // Styles 1 and 2 are the first two formats added to a workbook that had one.
  expect(xml).toContain('<sheetData><row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>PL IV</t></is></c>' +
    `<c r="D2" s="1"><f>ROUNDDOWN('PL IV'!E7/3,3)</f><v>33.333</v></c>` +
    `<c r="E2" s="2" t="str"><f>HYPERLINK("#'PL IV'!E7","PL IV!E7")</f><v>PL IV!E7</v></c></row></sheetData>`);
});

it('a cell like the one before it in its row or its column, and one object given again: the same bytes as the cell writer', () => {
  // An even spread's years (one figure, one formula, side by side), the same figure bold or as a
  // link beside them, one cell object repeated down a column and across a row, and a text cut to
  // fit given twice (each time noted): what the writer reuses must be what it would write.
  const share = new Decimal('33.333');
  const amount = { value: share, numberFormat: '#,##0.###', formula: "ROUNDDOWN('PL IV'!E7/3,3)" };
  const shared = { value: 'NSĐP' };
  const long = { value: 'x'.repeat(40000) };
  const list: PlanRow[] = [];
  for (let r = 2; r < 40; r++) {
    list.push({
      row: r,
      cells: [shared, shared, { ...amount }, { ...amount }, { ...amount, bold: r % 2 === 0 }, { ...amount, formula: undefined },
        { value: share, link: "'PL IV'!E7" }, { value: share }, { value: share }, r % 3 ? long : shared, { ...amount, numberFormat: '0.00%' }],
    });
  }
  const byRow = written({ ...frame, rowStream: () => list }, planXml);
  expect(byRow.notes.cut.length).toBe(list.filter((x) => x.cells[9] === long).length);
  expectSame(byRow, byCellWriter(list));
});

it('rows out of order are a mistake in the plan, said as such', () => {
  const list: PlanRow[] = [{ row: 3, cells: [{ value: 1 }] }, { row: 2, cells: [{ value: 2 }] }];
  expect(() => written({ ...frame, rowStream: () => list }, planXml)).toThrow('rowStream gave row 2 after row 3');
});
