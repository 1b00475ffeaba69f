// A 50.000-row plan, generated on the fly: it must read and check in one go, with totals that a
// separate, independent sum of the generated amounts confirms.
import { Decimal } from '../../src/core/decimal';
import { readWorkbookFile } from '../../src/xlsx/node';
import { largePlanRows, tempDir, writePlanWorkbook } from '../helpers/workbooks';
import { run } from './run';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const N = 50000;

describe('a 50.000-row workbook', () => {
  const rows = largePlanRows(N);
  const file = tmp.file('big.xlsx');
  beforeAll(async () => {
    await writePlanWorkbook(file, rows);
  }, 120000);

  it('reads into one grid of exactly the used rows', async () => {
    const [grid] = (await readWorkbookFile(file)).grids;
    // titles (3) + unit line + gap + header + sections + items + total
    expect(grid.values.length).toBe(6 + rows.length);
  });

  it('checks end to end, and the total is the sum of the generated amounts', async () => {
    // Independent of the core: the generator's amounts, text ones as the officer wrote them.
    let expected = new Decimal(0);
    for (const r of rows) {
      if (!r.stt || /^[IVXLCDM]+$/.test(r.stt)) continue;
      if (typeof r.amount === 'number') expected = expected.plus(new Decimal(String(r.amount)));
      else if (r.amount === '3.000 (600/năm)') expected = expected.plus(3000);
      else if (r.amount === '1.000') expected = expected.plus(1000);
    }
    const started = Date.now();
    const r = await run(['check', file, '--json']);
    const seconds = (Date.now() - started) / 1000;
    expect(r.err).toBe('');
    expect([0, 1]).toContain(r.code);
    const json = JSON.parse(r.out) as { tables: { rows: { kind: string }[]; summary: { total: string } }[] };
    expect(json.tables).toHaveLength(1);
    expect(json.tables[0].rows.filter((x) => x.kind === 'item')).toHaveLength(N);
    expect(json.tables[0].summary.total).toBe(expected.toFixed());
    // Not a benchmark (see npm run bench), only a guard against something quadratic.
    expect(seconds).toBeLessThan(90);
  });
});
