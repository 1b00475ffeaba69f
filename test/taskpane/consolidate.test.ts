// "Tổng hợp nhiều tệp" without a browser: WorkerChecker runs the consolidation inline where no
// Worker exists (as in Node), reading the bytes with the browser door of the one reader
// (DecompressionStream, which Node has too). Files and figures: test/cli/consolidate-workbooks.ts,
// added up by hand there (triệu đồng): An Giang 3.000; Kiên Giang 2,5 tỷ = 2.500.
import * as fs from 'fs';
import * as path from 'path';
import { Decimal } from '../../src/core/decimal';
import { WorkerChecker } from '../../src/taskpane/check/client';
import { tempDir } from '../helpers/workbooks';
import { type UnitFiles, writeUnitFiles } from '../cli/consolidate-workbooks';

const tmp = tempDir('ngansach-pane-consolidate-');
let u: UnitFiles;
beforeAll(async () => {
  u = await writeUnitFiles(tmp.dir);
});
afterAll(() => tmp.cleanup());

const picked = (...files: string[]) => files.map((f) => ({ name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(f)) }));

describe('WorkerChecker.consolidate (inline)', () => {
  it('reads each file, reports progress per file, and consolidates what it could use', async () => {
    const checker = new WorkerChecker();
    const progress: string[] = [];
    const r = await checker.consolidate(picked(u.anGiang, u.kienGiang, u.broken), { provinces: null, lang: 'vi' }, (phase, done, total) => progress.push(`${phase} ${done}/${total}`));
    expect(progress).toEqual(['read 0/3', 'read 1/3', 'read 2/3', 'read 3/3', 'check 0/1']);
    expect(r.total.total).toBe('5500');
    expect(Object.fromEntries(Object.entries(r.byUnit).map(([k, v]) => [k, v.total]))).toEqual({ 'An Giang': '3000', 'Kiên Giang': '2500' });
    expect(r.files.find((f) => f.file === 'hong.xlsx')?.reason).toMatch(/^hong\.xlsx: /);
    // The worker posts this: it must survive structured clone as it is.
    expect(structuredClone(r)).toEqual(r);
  });

  it('groups again and re-words in English from the files it already holds', async () => {
    const checker = new WorkerChecker();
    await checker.consolidate(picked(u.anGiang, u.kienGiang), { provinces: null, lang: 'vi' });
    const grouped = await checker.consolidate(null, { provinces: '2025', lang: 'vi' });
    // Nghị quyết 202/2025/QH15: Kiên Giang joins An Giang.
    expect(Object.keys(grouped.byUnit)).toEqual(['An Giang']);
    expect(grouped.byUnit['An Giang'].total).toBe('5500');
    const en = await checker.consolidate(null, { provinces: null, lang: 'en' });
    expect(en.findings.find((f) => f.code === 'DUPLICATE_ITEM')?.message).toMatch(/^Cell /);
  });

  it('gives the sheets to write in an order whose formulas never name a sheet not yet written', async () => {
    const checker = new WorkerChecker();
    await checker.consolidate(picked(u.anGiang, u.kienGiang), { provinces: null, lang: 'vi' });
    const plans = await checker.consolidationPlans('vi');
    expect(plans.map((p) => p.name)).toEqual(['NS ĐV An Giang', 'NS ĐV Kiên Giang', 'NS Hệ thống', 'NS Tổng hợp']);
    const summary = plans[3];
    expect(summary.cells.some((c) => c.formula?.includes("'NS ĐV Kiên Giang'!"))).toBe(true);
    expect(summary.cells.some((c) => Decimal.isDecimal(c.value))).toBe(true);
  });
});
