// The fake must fail the way Excel fails, or adapter bugs would pass: reading what was not
// loaded, or before the sync, throws; cell-edit mode and protected sheets refuse.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   this file breaks those rules on purpose, to prove the fake catches at run time what the linter catches statically. */
import type { RangeApi, WorksheetChangedApi } from '../../src/excel/office-api';
import { fakeExcel, fakeOffice, FakeOfficeError, FakeWorkbook, installFakeOffice } from '../../src/preview/fake-office';
import { PAYLOAD_LIMIT } from '../../src/preview/fake-office/payload';
import { cellPropertiesPicker, fullCellProperties, linePropertiesPicker, pick } from '../../src/preview/fake-office/cell-properties';
import { emptyCell, type FakeCell } from '../../src/preview/fake-office/state';
import { seeded } from './helpers';

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

describe('fake Office.js: the 5 MB request limit of Excel on the web', () => {
  it('refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and runs none of it', async () => {
    const b = book();
    // 60,000 cells of 100 ASCII characters: 6 MB of values, plus JSON quotes and commas.
    const rows = Array.from({ length: 6000 }, () => Array.from({ length: 10 }, () => 'x'.repeat(100)));
    const code = await codeOf(fakeExcel(b).run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('PL II');
      sheet.getRange('C1').values = [['trước']];
      sheet.getRangeByIndexes(0, 3, 6000, 10).values = rows;
      await ctx.sync();
    }));
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(b.sheet('PL II')!.valueAt('C1')).toBe('');
    expect(b.sheet('PL II')!.valueAt('D1')).toBe('');
    expect(b.requests.at(-1)).toMatchObject({ failed: true });
    expect(b.requests.at(-1)!.sent).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it('weighs text in UTF-8 bytes, as JSON carries it, not in characters', async () => {
    const b = book();
    // 1,700,000 characters, each 3 bytes in UTF-8 ("ố" is U+1ED1): 5.1 MB, though under 5 million characters.
    const code = await codeOf(fakeExcel(b).run(async (ctx) => {
      ctx.workbook.worksheets.getItem('PL II').getRangeByIndexes(0, 2, 100, 1).values = Array.from({ length: 100 }, () => ['ố'.repeat(17_000)]);
      await ctx.sync();
    }));
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
  });

  it('refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded and delivers nothing', async () => {
    const b = book();
    const s = b.sheet('PL II')!;
    for (let r = 0; r < 3000; r++) s.touch(r, 1).value = 'Nâng cấp hệ thống '.repeat(60); // ~1.2 kB each, values and formulas both
    let range: RangeApi | null = null;
    const code = await codeOf(fakeExcel(b).run(async (ctx) => {
      range = ctx.workbook.worksheets.getItem('PL II').getRange('B1:B3000');
      range.load('values, formulas');
      await ctx.sync();
    }));
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
    expect(() => range!.values).toThrow(FakeOfficeError);
  });

  it('lets a request of just under 5 MB through', async () => {
    const b = book();
    const rows = Array.from({ length: 4000 }, () => Array.from({ length: 10 }, () => 'x'.repeat(100)));
    await fakeExcel(b).run(async (ctx) => {
      ctx.workbook.worksheets.getItem('PL II').getRangeByIndexes(0, 3, 4000, 10).values = rows;
      await ctx.sync();
    });
    expect(b.sheet('PL II')!.valueAt('M4000')).toBe('x'.repeat(100));
    expect(b.largestPayload().sent).toBeGreaterThan(4_000_000);
  });
});

describe('fake Office.js: cell-edit mode, requirement sets, merged areas, notes, change events', () => {
  it('holds a request sent with delayForCellEdit until the user leaves the cell', async () => {
    const b = book();
    b.editMode = true;
    let done = false;
    const run = fakeExcel(b).run({ delayForCellEdit: true }, async (ctx) => {
      const s = ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      done = true;
      return s.name;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    b.editMode = false;
    await expect(run).resolves.toBe('PL II');
  });

  it('answers ApiNotFound for notes on a host below ExcelApi 1.18, as Excel 2021 would', async () => {
    const b = book();
    b.excelApi = '1.17';
    const code = await codeOf(fakeExcel(b).run(async (ctx) => {
      ctx.workbook.worksheets.getItem('PL II').notes.add('B2', 'x');
      await ctx.sync();
    }));
    expect(code).toBe('ApiNotFound');
    expect(fakeOffice(b).context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(false);
    expect(fakeOffice(b).context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
  });

  it('gives merged areas whose top-left cell is in the range, whole, and fails past 512', async () => {
    const b = book();
    b.sheet('PL II')!.merges.push('A1:C1', 'B3:B6', 'A8:B9');
    const address = await fakeExcel(b).run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem('PL II').getRange('A2:C8').getMergedAreasOrNullObject().load('address');
      await ctx.sync();
      return areas.address;
    });
    // A1:C1 starts above the range: not given, as in Excel (office-js issue 3611).
    expect(address).toBe("'PL II'!B3:B6,'PL II'!A8:B9");
    for (let r = 20; r < 20 + 513; r++) b.sheet('PL II')!.merges.push(`A${r}:B${r}`);
    const code = await codeOf(fakeExcel(b).run(async (ctx) => {
      ctx.workbook.worksheets.getItem('PL II').getRange('A1:C600').getMergedAreasOrNullObject().load('address');
      await ctx.sync();
    }));
    expect(code).toBe('GeneralException');
  });

  it('tells change handlers about a user edit, and about the add-in\'s own writes as ThisLocalAddin', async () => {
    const b = book();
    const seen: WorksheetChangedApi[] = [];
    const excel = fakeExcel(b);
    const registration = await excel.run(async (ctx) => {
      const added = ctx.workbook.worksheets.getItem('PL II').onChanged.add(async (e) => {
        seen.push(e);
      });
      await ctx.sync();
      return added;
    });
    b.editCell('PL II', 'B2', 7);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('PL II').getRange('C1:C2').values = [[1], [2]];
      await ctx.sync();
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([
      { address: 'B2', changeType: 'RangeEdited', source: 'Local', triggerSource: 'Unknown' },
      { address: 'C1:C2', changeType: 'RangeEdited', source: 'Local', triggerSource: 'ThisLocalAddin' },
    ]);
    // Removed in a context of its own, the handler stays: Office.js requires the context it was added in.
    await excel.run(async (ctx) => {
      registration.remove();
      await ctx.sync();
    });
    b.editCell('PL II', 'B2', 8);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveLength(3);
    await excel.run(registration.context, async (ctx) => {
      await ctx.sync();
    });
    b.editCell('PL II', 'B2', 9);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveLength(3);
  });
});

describe('fake Office.js: getCellProperties answers only what was asked', () => {
  // The answer is built straight from the load options; the old way built every property of
  // every cell and trimmed it (pick over fullCellProperties). Both must give the same trees.
  it('gives, for any cell and any load options, the full properties trimmed to the options', () => {
    const rnd = seeded(20261130);
    const cells: (FakeCell | undefined)[] = [undefined];
    for (let i = 0; i < 300; i++) {
      cells.push({
        ...emptyCell(),
        bold: rnd.int(2) === 1,
        italic: rnd.int(2) === 1,
        wrap: rnd.int(2) === 1,
        align: rnd.pick([null, 'Center', 'Left']),
        fill: rnd.pick([null, { color: '#FFFF00', pattern: 'Solid' }, { color: '#C00000', pattern: 'Gray50' }]),
        hyperlink: rnd.pick([null, null, "'PL IV'!C7"]),
      });
    }
    const leaf = (): unknown => rnd.pick<unknown>([true, true, false, undefined, {}, { documentReference: true }, { bold: true }]);
    const options = (): object => {
      const o: Record<string, unknown> = {};
      for (const key of ['address', 'hidden', 'format', 'hyperlink', 'style']) {
        if (rnd.int(3) === 0) continue;
        if (key !== 'format' || rnd.int(3) === 0) o[key] = leaf();
        else {
          const format: Record<string, unknown> = {};
          if (rnd.int(2)) format.font = rnd.pick<unknown>([true, { bold: true }, { italic: true, bold: true }, { color: true }, {}]);
          if (rnd.int(2)) format.fill = rnd.pick<unknown>([true, { color: true }, { pattern: true, color: true }]);
          if (rnd.int(2)) format.wrapText = leaf();
          if (rnd.int(2)) format.horizontalAlignment = leaf();
          o.format = format;
        }
      }
      return o;
    };
    let compared = 0;
    for (let i = 0; i < 400; i++) {
      const asked = options();
      const answer = cellPropertiesPicker(asked);
      for (let k = 0; k < 20; k++) {
        const cell = rnd.pick(cells);
        const hidden = rnd.int(2) === 1;
        const address = `'PL IV'!B${k + 1}`;
        // As the response carries them: same keys, same order, same values.
        expect(JSON.stringify(answer({ cell, address: () => address, hidden }))).toBe(JSON.stringify(pick(fullCellProperties(cell, address, hidden), asked)));
        compared++;
      }
    }
    expect(compared).toBe(8000);
  });

  it('answers each cell of a block with its own address, hidden flag and bold', async () => {
    // The answer for a cell is built from a source the range points at each cell in turn: every
    // cell must still come back with its own address and row, not the last cell's.
    const b = new FakeWorkbook();
    const s = b.addSheet('PL IV');
    s.touch(1, 1).bold = true; // B2
    s.touch(2, 2).value = 'x'; // C3, not bold
    s.hiddenRows.add(2); // row 3
    const props = await fakeExcel(b).run(async (ctx) => {
      const answer = ctx.workbook.worksheets.getItem('PL IV').getRange('B2:C3').getCellProperties({ address: true, hidden: true, format: { font: { bold: true } } });
      await ctx.sync();
      return answer.value;
    });
    expect(props).toEqual([
      [{ address: "'PL IV'!B2", hidden: false, format: { font: { bold: true } } }, { address: "'PL IV'!C2", hidden: false, format: { font: { bold: false } } }],
      [{ address: "'PL IV'!B3", hidden: true, format: { font: { bold: false } } }, { address: "'PL IV'!C3", hidden: true, format: { font: { bold: false } } }],
    ]);
  });

  it('gives, for any row and any load options, the row properties trimmed to the options', () => {
    const rnd = seeded(5);
    const leaf = (): unknown => rnd.pick<unknown>([true, true, false, undefined, {}, { bold: true }]);
    for (let i = 0; i < 2000; i++) {
      const asked: Record<string, unknown> = {};
      for (const key of ['rowIndex', 'rowHidden', 'address', 'format', 'rowHeight']) if (rnd.int(3)) asked[key] = leaf();
      const row = rnd.int(100_000);
      const hidden = rnd.int(2) === 1;
      const address = `'PL IV'!${row + 1}:${row + 1}`;
      // The full row as getRowProperties built it before, trimmed by pick.
      const before = pick({ rowIndex: row, rowHidden: hidden, address }, asked);
      expect(JSON.stringify(linePropertiesPicker('row', asked)({ index: row, hidden, address: () => address }))).toBe(JSON.stringify(before));
    }
  });
});
