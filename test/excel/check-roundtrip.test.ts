// A whole pass over a real plan (the preview's Phụ lục II): read, check with the core, mark every
// finding, clear — and the user's sheet is exactly as before, fills and comments included.
import { checkGrid, defaultSettings } from '../../src/core/check';
import type { Grid } from '../../src/core/grid';
import type { FakeSheet } from '../../src/preview/fake-office';
import example from '../../src/preview/example-workbook.json';
import { hostOver } from './helpers';

function look(sheet: FakeSheet): string {
  const fills = [...sheet.cells].filter(([, c]) => c.fill).map(([k, c]) => [k, c.fill]);
  return JSON.stringify({ contents: sheet.contents(), fills, comments: sheet.comments, notes: [...sheet.notes] });
}

describe('read → check → mark → clear on a real plan', () => {
  it('marks the core\'s findings and leaves the sheet exactly as it was after clearing', async () => {
    const { book, host } = hostOver(example.grids as Grid[]);
    const grid = await host.readActiveSheet();
    const sheet = book.sheet(grid.sheet)!;
    // Some of the user's own formatting and notes near the findings.
    sheet.touch(10, 5).fill = { color: '#92D050', pattern: 'Solid' };
    book.addUserComment(grid.sheet, 'B3', 'Bản trình UBND tỉnh');
    book.addUserNote(grid.sheet, 'C3', 'Số liệu đã đối chiếu');
    const before = look(sheet);

    const findings = checkGrid(grid, defaultSettings()).flatMap((t) => t.findings);
    const cells = new Set(findings.flatMap((f) => (f.cell ? [f.cell] : [])));
    expect(cells.size).toBeGreaterThan(0);
    expect(await host.markFindings(grid.sheet, findings)).toBe(cells.size);
    for (const cell of cells) expect(sheet.fillAt(cell)).not.toBeNull();
    expect(look(sheet)).not.toBe(before);

    expect(await host.clearMarks()).toBe(cells.size);
    expect(look(sheet)).toBe(before);
  });
});
