// Marks are removable and say what they mean: a fill on each finding's cell, and for errors and
// warnings a note (or a comment where the host has no notes) naming the severity and the code.
// Clearing puts back exactly the fills that were there and removes exactly what the add-in
// added, whatever the user had on the sheet before.
import type { Finding } from '../../src/core/types';
import { MARKS_KEY } from '../../src/excel/marks-record';
import { hostOver, planGrid } from './helpers';

function finding(cell: string, severity: Finding['severity'], message: string, code: Finding['code'] = 'SUBTOTAL_MISMATCH'): Finding {
  return { code, severity, row: Number(cell.slice(1)), cell, message, expected: null, actual: null, suggestion: null, related: [] };
}

function setup(excelApi = '1.18') {
  const env = hostOver([planGrid('PL IV', 3, 2)]);
  env.book.excelApi = excelApi;
  const sheet = env.book.sheet('PL IV')!;
  // The user's own formatting, note and comments, which must survive.
  sheet.touch(5, 3).fill = { color: '#00B050', pattern: 'Solid' }; // D6 green
  sheet.touch(6, 3).fill = { color: '#FFFF00', pattern: 'Gray25' }; // D7 patterned yellow
  env.book.addUserComment('PL IV', 'C4', 'Ghi chú của chị Lan');
  env.book.addUserComment('PL IV', 'D7', 'Số liệu từ Sở TTTT');
  env.book.addUserNote('PL IV', 'C5', 'Đã đối chiếu với Sở Tài chính');
  return { ...env, sheet };
}

function look(sheet: ReturnType<typeof setup>['sheet']): string {
  const fills = [...sheet.cells].filter(([, c]) => c.fill).map(([k, c]) => [k, c.fill]);
  return JSON.stringify({ fills, comments: sheet.comments, notes: [...sheet.notes] });
}

describe('ExcelHost.markFindings / clearMarks', () => {
  it('fills each finding cell (the most severe colour wins) and notes its errors and warnings by severity and code', async () => {
    const { host, sheet } = setup();
    const n = await host.markFindings('PL IV', [
      finding('D5', 'warning', 'Thiếu tổng mục', 'SUBTOTAL_MISSING'),
      finding('D5', 'error', 'Tổng mục I sai: 30.000 ≠ 18.000 + 12.000'),
      finding('D6', 'info', 'Lập bằng hằng số', 'FORMULA_HARDCODED'),
    ]);
    expect(n).toBe(2);
    expect(sheet.fillAt('D5')).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    // The error first, then the warning: a reader sees what matters without the colour.
    expect(sheet.noteAt('D5')).toBe('[Ngân sách] Lỗi SUBTOTAL_MISMATCH: Tổng mục I sai: 30.000 ≠ 18.000 + 12.000\nCảnh báo SUBTOTAL_MISSING: Thiếu tổng mục');
    // Info is a fill only: 2,000 notes on a large plan buried the real findings.
    expect(sheet.fillAt('D6')?.color).toBe('#DDEBF7');
    expect(sheet.noteAt('D6')).toBeNull();
    expect(sheet.comments.map((c) => c.content)).toEqual(['Ghi chú của chị Lan', 'Số liệu từ Sở TTTT']);
  });

  it('annotates info findings when asked, with the severity words in English when asked', async () => {
    const { host, sheet } = setup();
    await host.markFindings('PL IV', [finding('D6', 'info', 'Subtotal typed as a constant', 'FORMULA_HARDCODED')], { lang: 'en', annotateInfo: true });
    expect(sheet.noteAt('D6')).toBe('[Ngân sách] Info FORMULA_HARDCODED: Subtotal typed as a constant');
  });

  it('clear puts back the exact previous fills and removes only our notes', async () => {
    const { book, host, sheet } = setup();
    const before = look(sheet);
    await host.markFindings('PL IV', [finding('D5', 'error', 'a'), finding('D6', 'warning', 'b'), finding('D7', 'error', 'c'), finding('C5', 'error', 'd')]);
    // D7 holds the user's comment and C5 their note: we fill but do not annotate there.
    expect(sheet.commentAt('D7')).toBe('Số liệu từ Sở TTTT');
    expect(sheet.noteAt('D7')).toBeNull();
    expect(sheet.noteAt('C5')).toBe('Đã đối chiếu với Sở Tài chính');
    expect(await host.clearMarks()).toBe(4);
    expect(look(sheet)).toBe(before);
    expect(sheet.fillAt('D5')).toBeNull();
    expect(sheet.fillAt('D7')).toEqual({ color: '#FFFF00', pattern: 'Gray25' });
    expect(book.setting(MARKS_KEY)).toBeNull();
    expect(book.savedSettings.has(MARKS_KEY)).toBe(false);
  });

  it('records what it did in the document settings, compactly, saved with the file', async () => {
    const { book, host } = setup();
    await host.markFindings('PL IV', [finding('D6', 'error', 'a'), finding('D5', 'info', 'b')]);
    const saved = JSON.parse(book.savedSettings.get(MARKS_KEY) ?? 'null');
    expect(saved).toEqual({
      version: 2,
      sheets: [{
        name: 'PL IV',
        fills: [['#00B050', 'Solid'], ['#FFFFFF', 'None']],
        marks: [['D6', '#FFC7CE', 0, 'n', expect.stringMatching(/^[0-9a-f]{8}$/)], ['D5', '#DDEBF7', 1]],
      }],
    });
  });

  it('re-marking first undoes the old marks, so a second run does not record our own colour as "previous"', async () => {
    const { host, sheet } = setup();
    await host.markFindings('PL IV', [finding('D5', 'error', 'a'), finding('D6', 'error', 'b')]);
    await host.markFindings('PL IV', [finding('D6', 'warning', 'b2')]);
    expect(sheet.fillAt('D5')).toBeNull(); // no longer a finding: unmarked
    expect(sheet.noteAt('D5')).toBeNull();
    expect(sheet.fillAt('D6')?.color).toBe('#FFEB9C');
    expect(sheet.noteAt('D6')).toContain('Cảnh báo SUBTOTAL_MISMATCH: b2');
    await host.clearMarks();
    expect(sheet.fillAt('D6')).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect(sheet.noteAt('D6')).toBeNull();
  });

  it('leaves a fill or a note the user changed after marking', async () => {
    const { host, sheet } = setup();
    await host.markFindings('PL IV', [finding('D5', 'error', 'a'), finding('D6', 'error', 'b')]);
    sheet.touch(4, 3).fill = { color: '#0070C0', pattern: 'Solid' };
    sheet.notes.get('5,3')!.content = 'Anh Minh: đã sửa, chờ duyệt';
    expect(await host.clearMarks()).toBe(2);
    expect(sheet.fillAt('D5')).toEqual({ color: '#0070C0', pattern: 'Solid' });
    expect(sheet.noteAt('D5')).toBeNull();
    expect(sheet.fillAt('D6')).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect(sheet.noteAt('D6')).toBe('Anh Minh: đã sửa, chờ duyệt');
  });

  it('uses comments, one per error or warning cell, where the host has no notes (below ExcelApi 1.18)', async () => {
    const { host, sheet } = setup('1.17');
    const before = look(sheet);
    await host.markFindings('PL IV', [finding('D5', 'error', 'a'), finding('D6', 'warning', 'b', 'SOURCE_MISSING'), finding('B4', 'info', 'c')]);
    expect(sheet.commentAt('D5')).toBe('[Ngân sách] Lỗi SUBTOTAL_MISMATCH: a');
    expect(sheet.commentAt('D6')).toBe('[Ngân sách] Cảnh báo SOURCE_MISSING: b');
    expect(sheet.commentAt('B4')).toBeNull();
    expect(sheet.notes.size).toBe(1); // the user's, untouched
    expect(await host.clearMarks()).toBe(3);
    expect(look(sheet)).toBe(before);
  });

  it('clears marks recorded by the previous release (one object per mark, comments)', async () => {
    const { book, host, sheet } = setup('1.17');
    book.addUserComment('PL IV', 'D5', '[Ngân sách] Tổng mục I sai'); // the comment that release added
    const ours = sheet.comments.at(-1)!.id;
    sheet.touch(4, 3).fill = { color: '#FFC7CE', pattern: 'Solid' };
    book.settings.set(MARKS_KEY, JSON.stringify({ version: 1, marks: [{ sheet: 'PL IV', address: 'D5', color: '#FFC7CE', previous: { color: '#FFFFFF', pattern: 'None' }, commentId: ours }] }));
    expect(await host.clearMarks()).toBe(1);
    expect(sheet.fillAt('D5')).toBeNull();
    expect(sheet.comments.map((c) => c.content)).toEqual(['Ghi chú của chị Lan', 'Số liệu từ Sở TTTT']);
  });

  it('marks noted in Microsoft 365 and cleared in an Excel without notes: fills go back, the notes stay recorded until a host can remove them', async () => {
    const { book, host, sheet } = setup();
    const before = look(sheet);
    await host.markFindings('PL IV', [finding('D5', 'error', 'a'), finding('D6', 'warning', 'b')]);
    book.excelApi = '1.17';
    expect(await host.clearMarks()).toBe(2);
    expect(sheet.fillAt('D5')).toBeNull();
    expect(sheet.fillAt('D6')).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect(sheet.noteAt('D5')).toContain('SUBTOTAL_MISMATCH');
    book.excelApi = '1.18';
    expect(await host.clearMarks()).toBe(2);
    expect(look(sheet)).toBe(before);
    expect(book.setting(MARKS_KEY)).toBeNull();
  });

  it('clearing with nothing marked does nothing and touches no workbook', async () => {
    const { book, host } = setup();
    const before = book.syncCount;
    expect(await host.clearMarks()).toBe(0);
    expect(book.syncCount).toBe(before);
  });
});

describe('marks at scale', () => {
  const many = (n: number): Finding[] => Array.from({ length: n }, (_, i) => finding(`H${i + 10}`, i % 3 ? 'warning' : 'error', `Ô H${i + 10}: mục "Nâng cấp hệ thống số ${i}" có tiền nhưng chưa ghi nguồn vốn. Ghi NSTW, NSĐP, ODA hoặc Khác.`, 'SOURCE_MISSING'));

  it('marks and clears 20,000 cells in requests under 5 MB', async () => {
    const { book, host, sheet } = setup();
    const before = look(sheet);
    expect(await host.markFindings('PL IV', many(20_000))).toBe(20_000);
    expect(sheet.notes.size).toBe(20_001);
    expect(await host.clearMarks()).toBe(20_000);
    expect(look(sheet)).toBe(before);
    expect(book.largestPayload().sent).toBeLessThan(5_000_000);
    expect(book.requests.every((r) => !r.failed)).toBe(true);
  });

  it('records what Excel confirmed before a request failed, so clearing still restores the sheet exactly', async () => {
    // A dry run on a copy counts the syncs; the real run then fails at its last one.
    const dry = setup();
    const start = dry.book.syncCount;
    await dry.host.markFindings('PL IV', many(3000));
    const last = dry.book.syncCount - start;
    expect(last).toBeGreaterThan(3); // the marks went in more than one request

    const { book, host, sheet } = setup();
    const before = look(sheet);
    const first = book.syncCount;
    book.fault = (sync) => (sync === first + last ? 'GeneralException' : null);
    await expect(host.markFindings('PL IV', many(3000))).rejects.toMatchObject({ kind: 'other' });
    book.fault = null;
    const recorded = JSON.parse(book.savedSettings.get(MARKS_KEY) ?? 'null');
    const count = recorded.sheets[0].marks.length;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(3000);
    expect(await host.clearMarks()).toBe(count);
    expect(look(sheet)).toBe(before);
  });
});
