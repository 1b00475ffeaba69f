// A survey's money a year that no year takes, in the pane's "Tổng hợp" tab as the CLI says it
// (summary `ratesWithoutYears`): the preview in Chromium over a survey opened as grids. By hand:
// 3.000 invested (the total), 200 + 600 a year left out of it. A survey states no year: the tab
// shows no empty chart or table by year. Two such surveys consolidated in the pane say theirs
// in one unit.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, chromiumAvailable, openPreview, type PreviewSession } from './harness';
import { writeSheets } from '../helpers/sheets';
import { tempDir } from '../helpers/workbooks';

const run = chromiumAvailable() ? describe : describe.skip;

const SURVEY = {
  sheet: 'Khảo sát', top: 1, left: 1,
  values: [
    ['BIỂU KHẢO SÁT HIỆN TRẠNG HỆ THỐNG THÔNG TIN', null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null],
    ['STT', 'Tỉnh/thành phố', 'Tên hệ thống', 'Kinh phí đầu tư', 'Kinh phí thuê hằng năm'],
    ['1', 'An Giang', 'Cổng dịch vụ công', 3000, 200],
    [null, null, 'Hệ thống quản lý văn bản', null, 600],
  ],
};

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
    await page.evaluate(([g]) => (window as unknown as { ngansachPreview: { openGrids(g: unknown, s: string): void } }).ngansachPreview.openGrids(g, 'khao-sat.xlsx'), [[SURVEY]] as const);
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
    const survey = (province: string, unit: string, rows: (string | number | null)[][]) => ({
      name: 'Khảo sát',
      rows: [[`BIỂU KHẢO SÁT HIỆN TRẠNG HỆ THỐNG THÔNG TIN TỈNH ${province}`], [`Đơn vị tính: ${unit}`], ['STT', 'Tên hệ thống', 'Kinh phí đầu tư', 'Kinh phí thuê hằng năm'], ...rows],
    });
    const a = tmp.file('an-giang.xlsx');
    const b = tmp.file('bac-ninh.xlsx');
    await writeSheets(a, [survey('AN GIANG', 'triệu đồng', [['1', 'Cổng dịch vụ công', 3000, 200], ['2', 'Hệ thống quản lý văn bản', null, 600]])]);
    await writeSheets(b, [survey('BẮC NINH', 'đồng', [['1', 'Cổng dịch vụ công', 5000000000, null], ['2', 'Trung tâm dữ liệu', null, 500000000]])]);
    await page.getByRole('tab', { name: 'Nhiều tệp' }).click();
    await page.getByTestId('consolidate-files').setInputFiles([a, b].map((f) => ({ name: path.basename(f), mimeType: 'application/octet-stream', buffer: fs.readFileSync(f) })));
    await page.getByTestId('consolidate-total').waitFor();
    await expect(page.getByTestId('consolidate-total').textContent()).resolves.toBe('8.000');
    await expect(page.getByTestId('consolidate-rates').textContent()).resolves.toBe('Chưa cộng vào tổng (không rõ số năm): 1.300 triệu đồng/năm (an-giang.xlsx, bac-ninh.xlsx)');
    await page.screenshot({ path: path.join(SCREENSHOTS, '31-consolidate-rates.png'), fullPage: true, animations: 'disabled' });
    tmp.cleanup();
  });
});
