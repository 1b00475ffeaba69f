// The pane on large and awkward workbooks, in Chromium over the preview: thousands of findings
// grouped and virtualized (few DOM nodes, keyboard to the last one), the check in a Web Worker,
// the totals-by-year table at 320 px, live re-check, and the message a too-old webview shows.
// Counts are worked out from the generated table: every item runs 2026-2027 in a 2021-2025 plan,
// so each one is one OUTSIDE_PERIOD finding, after the period.
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { Grid } from '../../src/core/grid';
import * as fs from 'fs';
import { FIXTURE_III } from '../helpers/fixtures';
import { bodyRow, planGrid } from '../helpers/grid';
import { SCREENSHOTS, chromiumAvailable, eventually, inBook, openPreview, type PreviewSession, type StaticServer } from './harness';

const ITEMS = 3000;

/** ITEMS items of 100 triệu đồng each, all in 2026-2027: 3.000 findings "after the period". */
function afterPeriodGrid(): Grid {
  const rows = Array.from({ length: ITEMS }, (_, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, '2026-2027', '100', 'NSĐP']);
  return planGrid(rows);
}

/** A table whose year × source table has all five sources: the widest the totals table gets. */
function fiveSourcesGrid(): Grid {
  return planGrid([
    ['1', 'Cổng dịch vụ công', '2021-2022', '180.354,5', 'NSĐP'],
    ['2', 'Trục LGSP', '2021', '8.916', 'NSTW'],
    ['3', 'Dự án ODA', '2022-2023', '120.000', 'ODA'],
    ['4', 'Xã hội hóa', '2023', '45.000,25', 'Khác (XHH)'],
    ['5', 'Chưa rõ nguồn', '2024', '1.234,5', 'Chưa xác định'],
  ]);
}

const run = chromiumAvailable() ? describe : describe.skip;

run('the pane at scale (preview in Chromium)', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const workers: string[] = [];
  const pageErrors: string[] = [];

  const openGrids = (grids: Grid[], source: string) =>
    page.evaluate(([g, s]) => (window as unknown as { ngansachPreview: { openGrids(g: unknown, s: string): void } }).ngansachPreview.openGrids(g, s), [grids, source] as const);
  const check = async () => {
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByTestId('table-total').first().waitFor();
  };

  let session: PreviewSession | undefined;
  beforeAll(async () => {
    session = await openPreview((p) => {
      p.on('worker', (worker) => workers.push(worker.url()));
      p.on('pageerror', (error) => pageErrors.push(error.message));
    });
    ({ server, browser, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('groups 3.000 findings of one kind under one counted heading, worded as after the period', async () => {
    await openGrids([afterPeriodGrid()], 'lon.xlsx');
    await expect(page.getByTestId('preview-source').textContent()).resolves.toContain('lon.xlsx');
    await check();
    // 3.000 items × 100 = 300.000.
    await expect(page.getByTestId('table-total').textContent()).resolves.toBe('300.000');
    const group = page.locator('[data-testid="finding-group"][data-code="OUTSIDE_PERIOD"]');
    await expect(group.locator('button').first().textContent()).resolves.toContain('3.000 mục có năm ngoài giai đoạn');
    await group.locator('button').first().click();
    const first = group.locator('[role="option"]').first();
    await expect(first.textContent()).resolves.toContain('sau giai đoạn 2021-2025');
    await expect(first.textContent()).resolves.not.toContain('trước giai đoạn');
    await page.screenshot({ path: path.join(SCREENSHOTS, '10-grouped.png'), animations: 'disabled' });
  });

  it('renders only the findings in view, and few DOM nodes in all', async () => {
    const list = page.locator('[data-testid="finding-group"][data-code="OUTSIDE_PERIOD"] [role="listbox"]');
    const options = list.locator('[role="option"]');
    expect(await options.count()).toBeLessThan(30);
    await expect(options.first().getAttribute('aria-setsize')).resolves.toBe(String(ITEMS));
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(nodes).toBeLessThan(4000);
    // Scrolled to the end, the last finding is there and names the last item's cell.
    await list.evaluate((el) => { el.scrollTop = el.scrollHeight; el.dispatchEvent(new Event('scroll')); });
    await expect(options.last().getAttribute('data-cell')).resolves.toBe(`C${bodyRow(ITEMS - 1)}`);
    expect(await options.count()).toBeLessThan(30);
  });

  it('walks the list with the keyboard: End, then Enter selects the last finding\'s cell', async () => {
    const list = page.locator('[data-testid="finding-group"][data-code="OUTSIDE_PERIOD"] [role="listbox"]');
    await list.focus();
    await page.keyboard.press('Home');
    await expect(list.getAttribute('aria-activedescendant')).resolves.toBe('findings-OUTSIDE_PERIOD-0');
    await page.keyboard.press('End');
    await expect(list.getAttribute('aria-activedescendant')).resolves.toBe(`findings-OUTSIDE_PERIOD-${ITEMS - 1}`);
    await page.keyboard.press('Enter');
    await eventually(() => inBook(page, (book) => book.selection), { sheet: 'PL IV', address: `C${bodyRow(ITEMS - 1)}` });
  });

  it('filters by severity and by column', async () => {
    const shown = () => page.getByTestId('findings-shown').textContent();
    await page.getByTestId('filter-info').click();
    await expect(shown()).resolves.toMatch(/^Đang hiện [\d.]+ trên [\d.]+ phát hiện/);
    await expect(page.locator('[data-testid="finding-group"][data-code="OUTSIDE_PERIOD"]').count()).resolves.toBe(0);
    await page.getByTestId('filter-info').click();
    await page.getByTestId('filter-area').selectOption('col:C');
    // Column C holds the times: exactly the 3.000 OUTSIDE_PERIOD findings.
    await expect(page.locator('[data-testid="finding-group"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).resolves.toEqual(['OUTSIDE_PERIOD']);
    await page.getByTestId('filter-area').selectOption('all');
  });

  it('checks in a Web Worker', () => {
    expect(workers.some((url) => url.endsWith('/taskpane-worker.js'))).toBe(true);
  });

  it('lays out the totals by year at 320 px without overlap, the "Cộng" column in view', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    await openGrids([fiveSourcesGrid()], 'nam-nguon.xlsx');
    await check();
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const table = page.getByTestId('by-year');
    await table.waitFor();
    const boxes = await table.locator('tr').first().locator('th').evaluateAll((cells) => cells.map((c) => {
      const r = c.getBoundingClientRect();
      return { left: r.left, right: r.right, fits: c.scrollWidth <= c.clientWidth + 1 };
    }));
    expect(boxes.length).toBe(7); // year, total, five sources
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).toBeGreaterThanOrEqual(boxes[i - 1].right - 0.5);
    const cells = await table.locator('td').evaluateAll((els) => els.map((c) => c.scrollWidth <= c.clientWidth + 1));
    expect(cells.every(Boolean)).toBe(true);
    expect(boxes.every((b) => b.fits)).toBe(true);
    // The year's total sits inside the visible width of the pane.
    const sum = await page.getByTestId('by-year-sum').boundingBox();
    expect(sum && sum.x + sum.width).toBeLessThanOrEqual(320);
    await expect(page.getByTestId('by-year-sum').textContent()).resolves.toBe('Cộng');
    // 2021: 90.177,25 (half of 180.354,5) + 8.916 = 99.093,25.
    await expect(table.locator('tbody tr').first().locator('td').nth(1).textContent()).resolves.toBe('99.093,25');
    await page.screenshot({ path: path.join(SCREENSHOTS, '11-totals-320.png'), fullPage: true, animations: 'disabled' });
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.setViewportSize({ width: 350, height: 900 });
  });

  it('re-checks after an edit inside the checked table where the host can watch cells, and offers no switch where it cannot', async () => {
    await openGrids([planGrid([
      ['I', 'Dự án', '', '1.000', ''],
      ['1', 'Cổng dịch vụ công', '2021-2022', '600', 'NSĐP'],
      ['2', 'LGSP', '2021', '300', 'NSĐP'],
    ], { bold: [0] })], 'sua.xlsx');
    await check();
    const live = page.getByTestId('live-switch');
    // Whether this build's Excel (the fake, as the adapter's helper made it) raises change events.
    const canWatch = await page.evaluate(async () => {
      const excel = (window as unknown as { Excel: { run<T>(f: (c: { workbook: { worksheets: { getItem(n: string): object } } }) => Promise<T>): Promise<T> } }).Excel;
      return excel.run(async (context) => 'onChanged' in context.workbook.worksheets.getItem('PL IV'));
    });
    if (!canWatch) {
      // No change events: no switch that would do nothing.
      await expect(live.count()).resolves.toBe(0);
      return;
    }
    await expect(live.count()).resolves.toBe(1);
    const mismatch = page.locator('[data-testid="finding-group"][data-code="SUBTOTAL_MISMATCH"]');
    await mismatch.waitFor();
    // Fix the section total as an officer typing 900 would: a user's edit, which raises
    // worksheet.onChanged with source Local (the add-in's own writes are not re-checked).
    await page.evaluate((cell) => {
      const preview = (window as unknown as { ngansachPreview: { book: { editCell(sheet: string, address: string, value: number): void } } }).ngansachPreview;
      preview.book.editCell('PL IV', cell, 900);
    }, `D${bodyRow(0)}`);
    await mismatch.waitFor({ state: 'detached', timeout: 10000 });
    await page.getByTestId('notice').filter({ hasText: 'Đã kiểm tra lại sau khi sửa' }).waitFor();
  });

  it('taskpane.html says the engine is too old when the bundle cannot run', async () => {
    const old = await browser.newPage({ viewport: { width: 350, height: 400 } });
    await old.route('**/*', (route) => {
      const url = route.request().url();
      // What EdgeHTML makes of syntax it cannot parse: the script never runs.
      if (url.endsWith('/taskpane.js')) return route.fulfill({ contentType: 'text/javascript', body: 'const x = {...y' });
      if (url.startsWith(server.origin)) return route.continue();
      return route.abort();
    });
    await old.goto(`${server.origin}/taskpane.html`);
    await old.getByText('Phiên bản Excel này quá cũ để chạy Ngân sách CNTT').waitFor();
    await expect(old.getByRole('alert').textContent()).resolves.toContain('This version of Excel is too old');
    await old.screenshot({ path: path.join(SCREENSHOTS, '12-old-engine.png') });
    await old.close();
  });

  it('shows amounts as exactly as the CLI prints them (12,34567, not 12,346)', async () => {
    await openGrids([planGrid([['1', 'Phần mềm', '2021', '12,34567', 'NSĐP']])], 'le.xlsx');
    await check();
    await expect(page.getByTestId('table-total').textContent()).resolves.toBe('12,34567');
  });

  it('"Mở tệp Excel" says in one line why a file cannot be opened, and keeps the open workbook', async () => {
    const input = page.getByLabel('Mở tệp Excel');
    await expect(input.getAttribute('accept')).resolves.toBe('.xlsx');
    const before = await page.getByTestId('preview-source').textContent();
    await input.setInputFiles({ name: 'hong.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
    await expect(page.getByTestId('preview-status').textContent()).resolves.toMatch(/^Không mở được hong\.xlsx: ./);
    await expect(page.getByTestId('preview-source').textContent()).resolves.toBe(before);
  });

  it('"Mở tệp Excel" opens a real workbook with the one .xlsx reader, and the pane checks it', async () => {
    // Phụ lục III of the Khánh Hòa plan: 17 security items, 87.751 triệu đồng (test/fixtures/README.md).
    const input = page.getByLabel('Mở tệp Excel');
    await input.setInputFiles({ name: 'ke-hoach-2016-2020-phu-luc-iii.xlsx', mimeType: 'application/octet-stream', buffer: fs.readFileSync(FIXTURE_III) });
    await page.getByTestId('preview-source').filter({ hasText: 'phu-luc-iii' }).waitFor();
    await check();
    await expect(page.getByTestId('table-total').first().textContent()).resolves.toBe('87.751');
    await page.screenshot({ path: path.join(SCREENSHOTS, '13-opened-file.png'), fullPage: true, animations: 'disabled' });
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
