// Marks are removable: clearing puts back exactly the fills that were there and removes exactly
// the comments the add-in added, whatever the user had on the sheet before.
import type { Finding } from '../../src/core/types';
import { MARKS_KEY } from '../../src/excel/marks';
import { hostOver, planGrid } from './helpers';

function finding(cell: string, severity: Finding['severity'], message: string): Finding {
  return { code: 'SUBTOTAL_MISMATCH', severity, row: Number(cell.slice(1)), cell, message, expected: null, actual: null, suggestion: null, related: [] };
}

function setup() {
  const env = hostOver([planGrid('PL IV', 3, 2)]);
  const sheet = env.book.sheet('PL IV')!;
  // The user's own formatting and note, which must survive.
  sheet.touch(5, 3).fill = { color: '#00B050', pattern: 'Solid' }; // D6 green
  sheet.touch(6, 3).fill = { color: '#FFFF00', pattern: 'Gray25' }; // D7 patterned yellow
  env.book.addUserComment('PL IV', 'C4', 'Ghi chú của chị Lan');
  env.book.addUserComment('PL IV', 'D7', 'Số liệu từ Sở TTTT');
  return { ...env, sheet };
}

describe('ExcelHost.markFindings / clearMarks', () => {
  it('fills and comments each finding cell, the most severe colour winning', async () => {
    const { host, sheet } = setup();
    const n = await host.markFindings('PL IV', [
      finding('D5', 'warning', 'Thiếu tổng mục'),
      finding('D5', 'error', 'Tổng mục I sai: 30.000 ≠ 18.000 + 12.000'),
      finding('D6', 'info', 'Lập bằng hằng số'),
    ]);
    expect(n).toBe(2);
    expect(sheet.fillAt('D5')).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    expect(sheet.commentAt('D5')).toContain('Tổng mục I sai');
    expect(sheet.commentAt('D5')).toContain('Thiếu tổng mục');
    expect(sheet.fillAt('D6')?.color).toBe('#DDEBF7');
  });

  it('clear puts back the exact previous fills and removes only our comments', async () => {
    const { book, host, sheet } = setup();
    await host.markFindings('PL IV', [finding('D5', 'error', 'a'), finding('D6', 'warning', 'b'), finding('D7', 'error', 'c')]);
    // D7 already had the user's comment: we do not add a second one there.
    expect(sheet.commentAt('D7')).toBe('Số liệu từ Sở TTTT');
    const cleared = await host.clearMarks();
    expect(cleared).toBe(3);
    expect(sheet.fillAt('D5')).toBeNull();
    expect(sheet.fillAt('D6')).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect(sheet.fillAt('D7')).toEqual({ color: '#FFFF00', pattern: 'Gray25' });
    expect(sheet.commentAt('D5')).toBeNull();
    expect(sheet.commentAt('D6')).toBeNull();
    expect(sheet.commentAt('C4')).toBe('Ghi chú của chị Lan');
    expect(sheet.commentAt('D7')).toBe('Số liệu từ Sở TTTT');
    expect(book.setting(MARKS_KEY)).toBeNull();
    expect(book.savedSettings.has(MARKS_KEY)).toBe(false);
  });

  it('records what it did in the document settings, saved with the file', async () => {
    const { book, host } = setup();
    await host.markFindings('PL IV', [finding('D6', 'error', 'a')]);
    const saved = JSON.parse(book.savedSettings.get(MARKS_KEY) ?? 'null');
    expect(saved.marks).toEqual([
      expect.objectContaining({ sheet: 'PL IV', address: 'D6', previous: { color: '#00B050', pattern: 'Solid' } }),
    ]);
  });

  it('re-marking first undoes the old marks, so a second run does not record our own colour as "previous"', async () => {
    const { host, sheet } = setup();
    await host.markFindings('PL IV', [finding('D5', 'error', 'a'), finding('D6', 'error', 'b')]);
    await host.markFindings('PL IV', [finding('D6', 'warning', 'b2')]);
    expect(sheet.fillAt('D5')).toBeNull(); // no longer a finding: unmarked
    expect(sheet.commentAt('D5')).toBeNull();
    expect(sheet.fillAt('D6')?.color).toBe('#FFEB9C');
    expect(sheet.commentAt('D6')).toContain('b2');
    await host.clearMarks();
    expect(sheet.fillAt('D6')).toEqual({ color: '#00B050', pattern: 'Solid' });
  });

  it('leaves a fill the user changed after marking', async () => {
    const { host, sheet } = setup();
    await host.markFindings('PL IV', [finding('D5', 'error', 'a')]);
    sheet.touch(4, 3).fill = { color: '#0070C0', pattern: 'Solid' };
    await host.clearMarks();
    expect(sheet.fillAt('D5')).toEqual({ color: '#0070C0', pattern: 'Solid' });
  });

  it('clearing with nothing marked does nothing and touches no workbook', async () => {
    const { book, host } = setup();
    const before = book.syncCount;
    expect(await host.clearMarks()).toBe(0);
    expect(book.syncCount).toBe(before);
  });
});
