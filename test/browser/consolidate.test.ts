// "Tổng hợp nhiều tệp" in the preview, in Chromium: the officer picks three units' workbooks and
// a broken file; the pane reads them with the one .xlsx reader in its worker, shows the totals,
// and writes the consolidation's sheets into the open (in-memory) workbook.
// The files are test/cli/consolidate-workbooks.ts's; every figure below is added up by hand from
// the rows listed there (triệu đồng):
//   An Giang 1.000 NSĐP + 2.000 NSTW = 3.000
//   Kiên Giang (in tỷ đồng) 1,5 + 1 NSĐP = 2,5 tỷ = 2.500
//   Cà Mau's systems form: IOC "Đầu tư" 2 tỷ + SOC "Thuê VNPT" 500 triệu = 2.500 (no source: Chưa rõ)
//   total 8.000 = NSĐP 3.500 + NSTW 2.000 + Chưa rõ 2.500
//   the LGSP of An Giang (1.000 triệu) and of Kiên Giang (1 tỷ) is one project sent twice.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { FakeWorkbook } from '../../src/preview/fake-office';
import { tempDir } from '../helpers/workbooks';
import { type UnitFiles, writeUnitFiles } from '../cli/consolidate-workbooks';
import { SCREENSHOTS, chromiumAvailable, inBook as inBookOf, openPreview, type PreviewSession } from './harness';

const run = chromiumAvailable() ? describe : describe.skip;

run('task pane: Tổng hợp nhiều tệp (preview in Chromium)', () => {
  const tmp = tempDir('ngansach-pane-consolidate-');
  let files: UnitFiles;
  let session: PreviewSession | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  const inBook = <T,>(fn: (book: FakeWorkbook, arg: string) => T, arg = ''): Promise<T> => inBookOf(page, fn, arg);

  beforeAll(async () => {
    files = await writeUnitFiles(tmp.dir);
    session = await openPreview((p) => {
      p.on('pageerror', (error) => pageErrors.push(error.message));
      p.on('console', (message) => {
        // The browser's own request for a tab icon is not the pane's.
        if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) pageErrors.push(message.text());
      });
    });
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
    tmp.cleanup();
  });

  const shot = async (name: string) => {
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(350);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
  };

  it('reads the picked files, shows the totals worked out by hand and says which file it could not use', async () => {
    await page.getByRole('tab', { name: 'Nhiều tệp' }).click();
    const picked = [files.anGiang, files.kienGiang, files.caMauForm, files.broken];
    await page.getByTestId('consolidate-files').setInputFiles(picked.map((f) => ({ name: path.basename(f), mimeType: 'application/octet-stream', buffer: fs.readFileSync(f) })));
    await page.getByTestId('consolidate-total').waitFor();

    await expect(page.getByTestId('consolidate-head').textContent()).resolves.toBe('4 tệp: 3 tệp dùng được, 1 tệp bỏ qua. Mọi số tiền đã đổi về triệu đồng.');
    await expect(page.getByTestId('consolidate-total').textContent()).resolves.toBe('8.000');
    await expect(page.getByTestId('consolidate-source-NSĐP').textContent()).resolves.toBe('3.500');
    await expect(page.getByTestId('consolidate-source-NSTW').textContent()).resolves.toBe('2.000');
    await expect(page.getByTestId('consolidate-source-Chưa rõ').textContent()).resolves.toBe('2.500');
    const unitTotal = (unit: string) => page.locator(`[data-testid="consolidate-units"] [data-unit="${unit}"] td`).nth(1).textContent();
    await expect(unitTotal('An Giang')).resolves.toBe('3.000');
    await expect(unitTotal('Kiên Giang')).resolves.toBe('2.500');
    await expect(unitTotal('Cà Mau')).resolves.toBe('2.500');
    // Cà Mau's form: IOC invested, SOC and LGSP leased.
    await expect(page.locator('[data-testid="consolidate-systems"] [data-system="IOC"]').textContent()).resolves.toBe('IOC (điều hành thông minh): 1 đơn vị — 1 tự đầu tư');
    await expect(page.locator('[data-testid="consolidate-systems"] [data-system="SOC"]').textContent()).resolves.toBe('SOC (giám sát an toàn thông tin): 1 đơn vị — 1 thuê');
    await expect(page.getByTestId('consolidate-duplicates').textContent()).resolves.toMatch(/"Xây dựng Nền tảng LGSP" \(1\.000 triệu đồng\): .*an-giang\.xlsx.*kien-giang\.xlsx/);
    await expect(page.getByTestId('consolidate-skipped').textContent()).resolves.toMatch(/^hong\.xlsx: /);
    await expect(page.locator('[data-testid="consolidate-file-list"] > li').count()).resolves.toBe(3);
    await shot('20-consolidated');
  });

  it('groups by the provinces of 2025: An Giang and Kiên Giang become one An Giang of 5.500', async () => {
    // Nghị quyết 202/2025/QH15: Kiên Giang joins An Giang; Cà Mau takes in Bạc Liêu (no file here).
    await page.getByRole('checkbox', { name: /Gộp theo 34 tỉnh/ }).click();
    await page.locator('[data-testid="consolidate-units"] [data-unit="An Giang"] td').nth(1).filter({ hasText: '5.500' }).waitFor();
    await expect(page.locator('[data-testid="consolidate-units"] [data-unit]').count()).resolves.toBe(2);
    await expect(page.getByTestId('consolidate-total').textContent()).resolves.toBe('8.000');
    await page.getByRole('checkbox', { name: /Gộp theo 34 tỉnh/ }).click();
    await page.locator('[data-testid="consolidate-units"] [data-unit="An Giang"] td').nth(1).filter({ hasText: '3.000' }).waitFor();
    await expect(page.locator('[data-testid="consolidate-units"] [data-unit]').count()).resolves.toBe(3);
  });

  it('writes the unit sheets, NS Hệ thống and NS Tổng hợp into the workbook, never over a user\'s sheet', async () => {
    const before = await inBook((book) => book.sheetNames());
    await page.getByRole('button', { name: /Ghi vào sổ tính/ }).click();
    await page.getByTestId('notice').filter({ hasText: 'Đã ghi 5 trang' }).waitFor();
    const names = await inBook((book) => book.sheetNames());
    expect(names).toEqual([...before, 'NS ĐV An Giang', 'NS ĐV Cà Mau', 'NS ĐV Kiên Giang', 'NS Hệ thống', 'NS Tổng hợp']);

    // The unit sheets hold each row's amount in triệu đồng (column I); together, the hand total.
    const columnI = (sheet: string) => inBook((book, name) => Object.entries(book.sheet(name)?.contents() ?? {})
      .filter(([a, v]) => /^I\d+$/.test(a) && Number(a.slice(1)) >= 4 && typeof v === 'number').map(([, v]) => v as number), sheet);
    await expect(columnI('NS ĐV Kiên Giang')).resolves.toEqual([1500, 1000]);
    const all = [...await columnI('NS ĐV An Giang'), ...await columnI('NS ĐV Kiên Giang'), ...await columnI('NS ĐV Cà Mau')];
    expect(all.reduce((a, b) => a + b, 0)).toBe(8000);
    // NS Tổng hợp adds them up live: Kiên Giang's total is a SUMIFS over its own sheet.
    const summary = await inBook((book) => book.sheet('NS Tổng hợp')?.contents() ?? {});
    const row = Object.entries(summary).find(([a, v]) => a.startsWith('A') && v === 'Kiên Giang')?.[0].slice(1);
    expect(String(summary[`B${row}`])).toMatch(/^=SUM.*'NS ĐV Kiên Giang'!\$I\$4:\$I\$5/);
    await shot('21-consolidation-written');
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
