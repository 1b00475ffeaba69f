// The fake must fail the way Excel fails, or adapter bugs would pass: reading what was not
// loaded, or before the sync, throws; cell-edit mode and protected sheets refuse.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   this file breaks those rules on purpose, to prove the fake catches at run time what the linter catches statically. */
import { fakeExcel, FakeOfficeError, FakeWorkbook, installFakeOffice } from '../../src/preview/fake-office';

function book(): FakeWorkbook {
  const b = new FakeWorkbook();
  const s = b.addSheet('PL II');
  s.touch(0, 0).value = 'STT';
  s.touch(1, 0).value = 42;
  return b;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FakeOfficeError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('fake Office.js load/sync semantics', () => {
  it('refuses to read a property that was never loaded', async () => {
    const code = await codeOf(fakeExcel(book()).run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('PL II').getRange('A1:A2');
      range.load('address');
      await ctx.sync();
      return range.values;
    }));
    expect(code).toBe('PropertyNotLoaded');
  });

  it('refuses to read a loaded property before the sync that carries the load', async () => {
    const code = await codeOf(fakeExcel(book()).run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('PL II').getRange('A1:A2');
      range.load('values');
      return range.values;
    }));
    expect(code).toBe('PropertyNotLoaded');
  });

  it('gives the loaded values after the sync', async () => {
    const values = await fakeExcel(book()).run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('PL II').getRange('A1:A2');
      range.load('values');
      await ctx.sync();
      return range.values;
    });
    expect(values).toEqual([['STT'], [42]]);
  });

  it('fails every sync with InvalidOperationInCellEditMode while a cell is being edited', async () => {
    const b = book();
    b.editMode = true;
    const code = await codeOf(fakeExcel(b).run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
    }));
    expect(code).toBe('InvalidOperationInCellEditMode');
  });

  it('refuses writes to a protected sheet with AccessDenied and leaves the cell alone', async () => {
    const b = book();
    b.sheet('PL II')!.protected = true;
    const code = await codeOf(fakeExcel(b).run(async (ctx) => {
      ctx.workbook.worksheets.getItem('PL II').getRange('A2').values = [[7]];
      await ctx.sync();
    }));
    expect(code).toBe('AccessDenied');
    expect(b.sheet('PL II')!.valueAt('A2')).toBe(42);
  });

  it('reports a missing sheet as ItemNotFound, and as a null object when asked OrNullObject', async () => {
    const b = book();
    expect(await codeOf(fakeExcel(b).run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Không có').load('name');
      await ctx.sync();
    }))).toBe('ItemNotFound');
    const isNull = await fakeExcel(b).run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItemOrNullObject('Không có');
      await ctx.sync();
      return s.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it('refuses a Decimal or other object written as a cell value', async () => {
    const code = await codeOf(fakeExcel(book()).run(async (ctx) => {
      ctx.workbook.worksheets.getItem('PL II').getRange('B1').values = [[{ toString: () => '1' }]];
      await ctx.sync();
    }));
    expect(code).toBe('InvalidArgument');
  });

  it('installs itself as the Excel and Office globals and puts the old ones back', async () => {
    const b = book();
    const g = globalThis as unknown as { Excel?: unknown; Office?: { context: { document: { settings: { set(k: string, v: unknown): void } } } } };
    const uninstall = installFakeOffice(b);
    try {
      g.Office?.context.document.settings.set('k', { a: 1 });
      expect(b.setting('k')).toEqual({ a: 1 });
      expect(g.Excel).toBeDefined();
    } finally {
      uninstall();
    }
    expect(g.Excel).toBeUndefined();
    expect(g.Office).toBeUndefined();
  });
});
