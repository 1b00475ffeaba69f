// The ribbon command opens the pane and always releases the button.
import { FakeWorkbook, installFakeOffice } from '../../src/preview/fake-office';

describe('ribbon command showTaskpane', () => {
  it('registers with Office and opens the task pane, completing the event', async () => {
    const book = new FakeWorkbook();
    book.addSheet('PL IV');
    const uninstall = installFakeOffice(book);
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('../../src/commands/commands');
      });
      await new Promise((resolve) => setTimeout(resolve, 0)); // Office.onReady resolves asynchronously
      const action = book.actions.get('showTaskpane');
      expect(action).toBeDefined();
      const completed = jest.fn();
      action?.({ completed });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(book.taskpaneShown).toBe(true);
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      uninstall();
    }
  });
});
