// The grid crosses to the check worker flattened (grid-wire.ts, encodeGrid/decodeGrid). The core
// must see the grid the door read: the same values, bold, formulas (any entry that is not a
// string is "no formula" to the core, null after the trip), hidden rows, merges. Compared here
// over generated grids, ragged ones included, and by the check itself on a large plan.
import { checkGrid, defaultSettings } from '../../src/core/check';
import type { CellValue, Grid } from '../../src/core/grid';
import { GridStreams, RowsSent, decodeGrid, encodeGrid, encodeRows, streamedGrid, transferables } from '../../src/taskpane/check/grid-wire';
import { hostOver, largePlan, seeded } from '../excel/helpers';

/** The trip the worker's request makes: encoded, copied as postMessage copies, decoded. */
const trip = (grid: Grid): Grid => decodeGrid(structuredClone(encodeGrid(grid)));

describe('the grid on its way to the check worker', () => {
  it('arrives as it left, for any shape of grid', () => {
    const rnd = seeded(11);
    // Texts of any length and script (a pair of surrogates too), and numbers down to their last
    // bit: -0, the smallest double, 0.1 + 0.2, what no decimal text of a few digits gives back.
    const values: CellValue[] = [null, '', 'STT', 'Dự án ố', 'ký tự 😀 ngoài BMP', 'a'.repeat(300), 0, -0, 18000, 0.1, 0.1 + 0.2, 5e-324, -1e21, 35388.5, -5, true, false, '#REF!'];
    const formulas = [null, null, null, '', '=SUM(D6:D7)', '=B2*2'];
    for (let g = 0; g < 500; g++) {
      const rows = rnd.int(9);
      const width = rnd.int(6);
      const ragged = rnd.int(3) === 0;
      const widthOf = () => (ragged ? rnd.int(7) : width);
      const grid: Grid = { sheet: rnd.pick(['PL IV', 'Sheet 1']), top: 1 + rnd.int(20), left: 1 + rnd.int(5), values: [] };
      for (let r = 0; r < rows; r++) grid.values.push(Array.from({ length: widthOf() }, () => rnd.pick(values)));
      if (rnd.int(4)) grid.formulas = grid.values.map((row) => Array.from({ length: ragged ? widthOf() : row.length }, () => rnd.pick(formulas)));
      if (rnd.int(4)) grid.bold = grid.values.map((row) => Array.from({ length: ragged ? widthOf() : row.length }, () => rnd.int(3) === 0));
      if (rnd.int(2)) grid.hiddenRows = [grid.top + 1, grid.top + 3];
      if (rnd.int(2)) grid.merges = rnd.int(2) ? [] : ['A5:A7', 'B4:C4'];
      if (rnd.int(5) === 0) grid.numberFormats = grid.values.map((row) => row.map(() => '#,##0'));

      const back = trip(grid);
      expect(back.values).toEqual(grid.values);
      // Every number the very same double (toEqual alone would let -0 arrive as 0).
      grid.values.forEach((row, r) => row.forEach((v, c) => expect(Object.is(back.values[r][c], v)).toBe(true)));
      expect(back.bold).toEqual(grid.bold);
      expect(back.formulas !== undefined).toBe(grid.formulas !== undefined);
      // Every cell the core could ask about (the values' cells and the formulas' own): same formula or none.
      const asCore = (f: (string | null)[][] | undefined, r: number, c: number) => f?.[r]?.[c] || null;
      grid.values.forEach((row, r) => row.forEach((_, c) => expect(asCore(back.formulas, r, c)).toBe(asCore(grid.formulas, r, c))));
      grid.formulas?.forEach((row, r) => row.forEach((_, c) => expect(asCore(back.formulas, r, c)).toBe(asCore(grid.formulas, r, c))));
      for (const key of ['sheet', 'top', 'left', 'hiddenRows', 'merges', 'numberFormats'] as const) expect(back[key]).toEqual(grid[key]);
    }
  });

  it('gives the same findings and totals as the grid itself on a 3,000-item plan with formulas, hidden rows and merges', () => {
    const plan = largePlan(3000);
    plan.formulas = plan.values.map((row, r) => row.map((_, c) => (c === 4 && r % 50 === 3 ? `=SUM(E${r + 2}:E${r + 3})` : null)));
    plan.hiddenRows = [10, 11, 500];
    plan.merges = ['A1:G1', 'A2:G2'];
    const strip = (tables: ReturnType<typeof checkGrid>) => JSON.stringify(tables.map((t) => ({ findings: t.findings, total: t.summary.total.toFixed(), rows: t.rows.length })));
    const direct = checkGrid(plan, defaultSettings());
    expect(direct.flatMap((t) => t.findings).length).toBeGreaterThan(600);
    expect(strip(checkGrid(trip(plan), defaultSettings()))).toBe(strip(direct));
  });
});

describe('rows streamed to the worker while the sheet is read', () => {
  // A sheet long enough for several requests: 30,000 rows of seven cells, a formula every 100th row.
  const values = Array.from({ length: 30_000 }, (_, i) => [String(i + 1), `Dự án ${i + 1}`, 'Sở TTTT', '2021-2023', i * 10, 'NSĐP', i % 7 ? null : 'Chuyển tiếp']);
  const sheet: Grid = {
    sheet: 'Lớn', top: 2, left: 1, values,
    formulas: values.map((_, i) => values[0].map((__, c) => (c === 4 && i % 100 === 99 ? `=SUM(E${i - 97}:E${i + 1})` : null))),
    bold: values.map((_, i) => values[0].map(() => i % 1000 === 0)),
    hiddenRows: [5, 9],
    merges: ['A2:B2'],
  };

  async function readStreaming(): Promise<{ grid: Grid; sent: RowsSent; streams: GridStreams; batches: number }> {
    const { host } = hostOver([sheet]);
    const sent = new RowsSent(7);
    const streams = new GridStreams();
    let batches = 0;
    const grid = await host.readActiveSheet({
      onRows: (rows) => {
        batches++;
        sent.add(rows);
        // As the worker gets it: encoded, its bytes handed over, copied by postMessage.
        const wire = encodeRows(rows.values, rows.formulas, rows.bold);
        streams.add(7, structuredClone(wire, { transfer: transferables(wire) }));
      },
    });
    return { grid, sent, streams, batches };
  }

  it('puts together, batch by batch, the very grid the read returns', async () => {
    const { grid, sent, streams, batches } = await readStreaming();
    expect(batches).toBeGreaterThan(1);
    expect(sent.carries(grid)).toBe(true);
    const wire = streamedGrid(grid, 7);
    // Only the header goes with the check.
    expect(JSON.stringify(wire).length).toBeLessThan(200);
    const arrived = streams.grid(structuredClone(wire));
    expect(arrived).toEqual(grid);
    expect(arrived.values.length).toBe(30_000);
    expect(arrived.hiddenRows).toEqual([5, 9]);
  });

  it('takes a batch of 200,000 one-cell rows (a narrow sheet) in one piece', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => [i]);
    const rows = { values, formulas: values.map(() => [null]), bold: values.map(() => [false]) };
    const sent = new RowsSent(1);
    sent.add(rows);
    const streams = new GridStreams();
    streams.add(1, encodeRows(rows.values, rows.formulas, rows.bold));
    const grid: Grid = { sheet: 'Hẹp', top: 1, left: 1, ...rows };
    expect(sent.carries(grid)).toBe(true);
    expect(streams.grid(streamedGrid(grid, 1))).toEqual(grid);
  });

  it('sends the grid whole when it is not the rows that were streamed, and says so when rows are missing', async () => {
    const { grid, sent, streams } = await readStreaming();
    expect(sent.carries({ ...grid, values: grid.values.slice(1) })).toBe(false);
    expect(sent.carries({ ...grid, values: [[...grid.values[0]], ...grid.values.slice(1)] })).toBe(false);
    expect(sent.carries({ ...grid, bold: undefined })).toBe(false);
    expect(() => streams.grid({ ...streamedGrid(grid, 7), rowCount: grid.values.length + 1 })).toThrow(/30000 of 30001 rows arrived/);
    expect(() => new GridStreams().grid(streamedGrid(grid, 8))).toThrow(/stream 8: 0 of 30000 rows arrived/);
  });
});
