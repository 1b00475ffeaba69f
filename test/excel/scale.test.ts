// A whole pass at scale over the fake, which refuses any request or response over 5 MB as
// Excel on the web does: read 20,000 and 100,000 rows, check, mark every finding, write the
// three result sheets (with the summary's chart), clear. Every request stays under the limit,
// nothing is lost at a batch boundary, and clearing leaves the sheet exactly as it was.
import { checkGrid, defaultSettings } from '../../src/core/check';
import { buildCheckSheets, DATA_SHEET } from '../../src/core/sheets';
import { PAYLOAD_LIMIT } from '../../src/preview/fake-office/payload';
import type { FakeSheet } from '../../src/preview/fake-office';
import { hostOver, largePlan } from './helpers';

function look(sheet: FakeSheet): string {
  const fills = [...sheet.cells].filter(([, c]) => c.fill).map(([k, c]) => [k, c.fill]);
  return JSON.stringify({ contents: sheet.contents(), fills, comments: sheet.comments, notes: [...sheet.notes] });
}

describe.each([20_000, 100_000])('read → check → mark → write → clear at %i rows', (items) => {
  it('keeps every request and response under 5 MB and loses nothing', async () => {
    const input = largePlan(items);
    const { book, host } = hostOver([input]);
    const sheet = book.sheet('PL IV')!;
    book.addUserNote('PL IV', 'B10', 'Ghi chú của anh Minh'); // a note of the user's, near findings
    const before = look(sheet);

    const grid = await host.readActiveSheet();
    // Every row, in order, across batch boundaries: the read gives back what the sheet holds.
    expect(grid.values.length).toBe(input.values.length);
    expect(grid.values.map((l) => l.map((v) => (v === '' ? null : v)))).toEqual(input.values);
    expect(grid.bold).toEqual(input.bold);

    const tables = checkGrid(grid, defaultSettings());
    const findings = tables.flatMap((t) => t.findings);
    const cells = new Set(findings.flatMap((f) => (f.cell ? [f.cell] : [])));
    // One SOURCE_MISSING per fifth item at least: thousands of cells to mark.
    expect(cells.size).toBeGreaterThanOrEqual(items / 5);
    expect(await host.markFindings(grid.sheet, findings)).toBe(cells.size);

    for (const plan of buildCheckSheets({ file: 'plan.xlsx', tables }, [grid], 'vi')) await host.writeSheet(plan);
    expect(book.sheet(DATA_SHEET)).toBeDefined();

    expect(await host.clearMarks()).toBe(cells.size);
    expect(look(sheet)).toBe(before);

    const largest = book.largestPayload();
    expect(largest.sent).toBeLessThan(PAYLOAD_LIMIT);
    expect(largest.received).toBeLessThan(PAYLOAD_LIMIT);
    expect(book.requests.filter((r) => r.failed)).toEqual([]);
    // Minutes, not seconds, on a loaded 2-core machine: 100,000 rows make a 3-million-cell data sheet.
  }, 900_000);
});
