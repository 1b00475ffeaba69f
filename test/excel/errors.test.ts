// Excel's refusals reach the pane as plain Vietnamese with a kind it can act on.
import type { Finding } from '../../src/core/types';
import { HostError } from '../../src/excel/host';
import { hostOver, planGrid } from './helpers';

const F: Finding = { code: 'AMOUNT_UNREADABLE', severity: 'error', row: 7, cell: 'D7', message: 'Không đọc được số tiền', expected: null, actual: null, suggestion: null, related: [] };

describe('ExcelHost errors', () => {
  it('cell-edit mode is "busy" with the Enter/Esc message, and succeeds once the user leaves the cell', async () => {
    const { book, host } = hostOver([planGrid()]);
    book.editMode = true;
    const error = await host.readActiveSheet().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ kind: 'busy', message: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc rồi thử lại.' });
    book.editMode = false;
    await expect(host.readActiveSheet()).resolves.toMatchObject({ sheet: 'PL IV' });
  });

  it('marking a protected sheet is "protected" and changes nothing', async () => {
    const { book, host } = hostOver([planGrid()]);
    const sheet = book.sheet('PL IV')!;
    sheet.protected = true;
    await expect(host.markFindings('PL IV', [F])).rejects.toMatchObject({ kind: 'protected' });
    expect(sheet.fillAt('D7')).toBeNull();
    expect(sheet.comments).toHaveLength(0);
    expect(book.setting('ngansach.marks')).toBeNull();
  });

  it('a write Excel refuses with AccessDenied is "protected" too', async () => {
    const { book, host } = hostOver([planGrid()]);
    await host.markFindings('PL IV', [F]);
    book.sheet('PL IV')!.protected = true;
    const error = await host.clearMarks().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'protected' });
    expect((error as HostError).message).toMatch(/bảo vệ/);
    // The record is kept, so clearing works once the sheet is unprotected.
    book.sheet('PL IV')!.protected = false;
    expect(await host.clearMarks()).toBe(1);
  });

  it('a sheet that is gone is "not-found"', async () => {
    const { host } = hostOver([planGrid()]);
    await expect(host.selectCell('Đã xóa', 'A1')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('a bug in our own code is not disguised as an Excel error', async () => {
    const { host } = hostOver([planGrid()]);
    await expect(host.markFindings('PL IV', [{ ...F, cell: 'not a cell' }])).rejects.not.toBeInstanceOf(HostError);
  });
});
