// The ribbon: "Kiểm tra nhanh" checks the active sheet and leaves the result in the workbook
// (marks, "NS Kiểm tra", the first finding selected); "showTaskpane" opens the pane. Both always
// release the button.
import { planGrid, bodyRow } from '../helpers/grid';
import { FakeWorkbook, fakeWorkbookFromGrids, installFakeOffice } from '../../src/preview/fake-office';

type Action = (event: { completed: () => void }) => void;

async function loadCommands(book: FakeWorkbook): Promise<() => void> {
  const uninstall = installFakeOffice(book);
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../src/commands/commands');
  });
  await new Promise((resolve) => setTimeout(resolve, 0)); // Office.onReady resolves asynchronously
  return uninstall;
}

/** Runs a ribbon action and waits until it calls completed(). */
function press(book: FakeWorkbook, id: string): Promise<void> {
  const action = book.actions.get(id) as Action | undefined;
  if (!action) throw new Error(`no action ${id}`);
  return new Promise<void>((resolve) => action({ completed: resolve }));
}

describe('ribbon commands', () => {
  it('showTaskpane opens the task pane, completing the event', async () => {
    const book = new FakeWorkbook();
    book.addSheet('PL IV');
    const uninstall = await loadCommands(book);
    try {
      await press(book, 'showTaskpane');
      expect(book.taskpaneShown).toBe(true);
    } finally {
      uninstall();
    }
  });

  it('quickCheck marks the findings, writes "NS Kiểm tra" and selects the first finding', async () => {
    // Section I states 1.000 but its items add up to 600 + 300 = 900: SUBTOTAL_MISMATCH at D of the section row.
    const grid = planGrid([
      ['I', 'Dự án', '', '1.000', ''],
      ['1', 'Cổng dịch vụ công', '2021-2022', '600', 'NSĐP'],
      ['2', 'LGSP', '2021', '300', 'NSĐP'],
    ], { bold: [0] });
    const book = fakeWorkbookFromGrids([grid]);
    const uninstall = await loadCommands(book);
    try {
      await press(book, 'quickCheck');
      const cell = `D${bodyRow(0)}`;
      expect(book.sheetNames()).toContain('NS Kiểm tra');
      expect(book.sheet('PL IV')?.fillAt(cell)).not.toBeNull();
      expect(book.selection).toEqual({ sheet: 'PL IV', address: cell });
      // The user's cell keeps what was typed.
      expect(book.sheet('PL IV')?.valueAt(cell)).toBe('1.000');
    } finally {
      uninstall();
    }
  });

  it('quickCheck started while Excel is editing a cell waits for the edit to end, then finishes', async () => {
    // The adapter runs with delayForCellEdit: Excel holds the request instead of failing it, so
    // the button neither fails nor writes while the user types, and completes once they leave the cell.
    const book = fakeWorkbookFromGrids([planGrid([['1', 'LGSP', '2021', '300', 'NSĐP']])]);
    book.editMode = true;
    const uninstall = await loadCommands(book);
    try {
      let done = false;
      const pressed = press(book, 'quickCheck').then(() => { done = true; });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(done).toBe(false);
      expect(book.sheetNames()).toEqual(['PL IV']);
      book.editMode = false;
      await pressed;
      expect(book.sheetNames()).toContain('NS Kiểm tra');
    } finally {
      uninstall();
    }
  });
});
