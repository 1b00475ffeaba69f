// Excel's refusals reach the pane as plain Vietnamese with a kind it can act on.
import type { Finding } from '../../src/core/types';
import { toHostError } from '../../src/excel/errors';
import { HostError, type HostActivity } from '../../src/excel/host';
import { hostOver, planGrid } from './helpers';

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const F: Finding = { code: 'AMOUNT_UNREADABLE', severity: 'error', row: 7, cell: 'D7', message: 'Không đọc được số tiền', expected: null, actual: null, suggestion: null, related: [] };

describe('ExcelHost errors', () => {
  it('while the user types in a cell, a call waits, says so, and finishes once they leave the cell', async () => {
    const { book, host } = hostOver([planGrid()]);
    const activity: HostActivity[] = [];
    host.onActivity((a) => activity.push(a));
    book.editMode = true;
    const reading = host.readActiveSheet();
    // Excel holds the request (delayForCellEdit) and the host finds out why.
    await until(() => activity.some((a) => a.kind === 'waiting-for-cell-edit'));
    expect(activity).toContainEqual({ kind: 'waiting-for-cell-edit', operation: 'read' });
    book.editMode = false;
    await expect(reading).resolves.toMatchObject({ sheet: 'PL IV' });
    expect(activity).toContainEqual({ kind: 'resumed', operation: 'read' });
  });

  it('Excel\'s cell-edit refusal, where it still happens, is "busy" with the Enter/Esc message', () => {
    const refusal = Object.assign(new Error('Excel is in cell-editing mode.'), { code: 'InvalidOperationInCellEditMode' });
    // The words the pane shows for "busy" (one catalog: core/i18n/pane.ts).
    expect(toHostError(refusal)).toMatchObject({ kind: 'busy', message: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để kết thúc việc nhập ô, rồi bấm Thử lại.' });
  });

  it('a request Excel refuses as too large, even alone, is "too-large"', () => {
    for (const code of ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']) {
      expect(toHostError(Object.assign(new Error('too large'), { code }))).toMatchObject({ kind: 'too-large' });
    }
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
