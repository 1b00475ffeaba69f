// A survey's money a year that no year takes, in the pane's "Tổng hợp" tab as the CLI says it
// (summary `ratesWithoutYears`): the preview in Chromium over a survey opened as grids. By hand:
// 3.000 invested (the total), 200 + 600 a year left out of it. A survey states no year: the tab
// shows no empty chart or table by year. Two such surveys consolidated in the pane say theirs
// in one unit.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, chromiumAvailable, openPreview, type PreviewSession } from './harness';
import { LEASE_SURVEY, LEASE_SURVEYS } from '../helpers/layouts';
import { gridOf, writeSheets } from '../helpers/sheets';
import { tempDir } from '../helpers/workbooks';

const run = chromiumAvailable() ? describe : describe.skip;

run('the pane says the money a year it leaves out of a survey\'s total', () => {
  let session: PreviewSession | undefined;
  let page: Page;
  beforeAll(async () => {
    session = await openPreview();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('under the totals of the "Tổng hợp" tab', async () => {
    await page.evaluate(([g]) => (window as unknown as { ngansachPreview: { openGrids(g: unknown, s: string): void } }).ngansachPreview.openGrids(g, 'khao-sat.xlsx'), [[gridOf(LEASE_SURVEY)]] as const);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByTestId('table-total').first().waitFor();
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await page.getByTestId('summary-total').waitFor();
    await expect(page.getByTestId('summary-total').textContent()).resolves.toBe('3.000');
    await expect(page.getByTestId('rates-without-years').textContent()).resolves.toBe('Chưa cộng vào tổng (không rõ số năm): 800 triệu đồng/năm (E4, E5)');
    // A survey states no year: no empty chart or table by year, a line saying so.
    await expect(page.getByTestId('no-years').textContent()).resolves.toBe('Bảng không ghi năm nào: không có tổng theo năm.');
    await expect(page.getByTestId('summary-chart').count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, '30-rates-without-years.png'), fullPage: true, animations: 'disabled' });
  });

  it('under the totals by year of the "Nhiều tệp" tab, in one unit, with the files', async () => {
    // An Giang 200 + 600 triệu a year; Bắc Ninh 500.000.000 đồng = 500 triệu a year: 1.300 triệu a year.
    // Invested: 3.000 + 5.000 = 8.000 triệu.
    const tmp = tempDir();
    const a = tmp.file('an-giang.xlsx');
    const b = tmp.file('bac-ninh.xlsx');
    await writeSheets(a, [LEASE_SURVEYS.anGiang]);
    await writeSheets(b, [LEASE_SURVEYS.bacNinh]);
    await page.getByRole('tab', { name: 'Nhiều tệp' }).click();
    await page.getByTestId('consolidate-files').setInputFiles([a, b].map((f) => ({ name: path.basename(f), mimeType: 'application/octet-stream', buffer: fs.readFileSync(f) })));
    await page.getByTestId('consolidate-total').waitFor();
    await expect(page.getByTestId('consolidate-total').textContent()).resolves.toBe('8.000');
    await expect(page.getByTestId('consolidate-rates').textContent()).resolves.toBe('Chưa cộng vào tổng (không rõ số năm): 1.300 triệu đồng/năm (an-giang.xlsx, bac-ninh.xlsx)');
    await page.screenshot({ path: path.join(SCREENSHOTS, '31-consolidate-rates.png'), fullPage: true, animations: 'disabled' });
    tmp.cleanup();
  });
});
