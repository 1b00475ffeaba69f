// The task pane in a real browser: the production preview build (the real pane and the real
// Office.js adapter over the in-memory fake holding the fixture plan, Phụ lục II) driven
// through Chromium like an officer would, asserting what the pane shows and what it wrote.
// Expected figures are the fixture's known totals (fixtures/README.md), not the pane's output.
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import DecimalBase from 'decimal.js';
import type { FakeWorkbook } from '../../src/preview/fake-office';
import { SCREENSHOTS, chromiumAvailable, eventually, inBook as inBookOf, openPreview, type PreviewSession, type StaticServer } from './harness';

const SHEET = 'PL II';

const run = chromiumAvailable() ? describe : describe.skip;

run('task pane in Chromium (preview over the fake Office.js)', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const outsideRequests: string[] = [];

  /** Saves a screenshot, after checking nothing pushes the pane wider than the task pane. */
  const shot = async (name: string) => {
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(350);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
  };
  /** Reads the fake workbook inside the page. */
  const inBook = <T,>(fn: (book: FakeWorkbook, arg: string) => T, arg = ''): Promise<T> => inBookOf(page, fn, arg);
  /** Waits for the pane's message bar to say this (a previous message may still be showing). */
  const noticeSays = (text: string | RegExp) => page.getByTestId('notice').filter({ hasText: text }).waitFor();

  let session: PreviewSession | undefined;
  beforeAll(async () => {
    session = await openPreview(async (p, s) => {
      // Offline and private: the preview must not reach anything but its own files.
      await p.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(s.origin) || url.startsWith('data:')) return route.continue();
        outsideRequests.push(url);
        return route.abort();
      });
      p.on('pageerror', (error) => pageErrors.push(error.message));
      p.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
    });
    ({ server, browser, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens in Vietnamese with the three tabs', async () => {
    for (const name of ['Kiểm tra', 'Tổng hợp', 'Thuê hay Đầu tư']) {
      await expect(page.getByRole('tab', { name }).isVisible()).resolves.toBe(true);
    }
    await shot('01-open');
  });

  it('checks the active sheet: the table total is the plan total and findings are grouped by kind', async () => {
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByTestId('table-total').first().waitFor();
    await expect(page.getByTestId('table-total').first().textContent()).resolves.toBe('189.270,5');
    // "2015 - 2016" and other carried-over items fall before the 2016-2020 period.
    const outside = page.locator('[data-testid="finding-group"][data-code="OUTSIDE_PERIOD"]');
    await expect(outside.locator('button').textContent()).resolves.toMatch(/\d+ mục có năm ngoài giai đoạn/);
    // Errors come first, then warnings, then notes.
    const severities = await page.getByTestId('finding-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    const rank = severities.map((s) => ['error', 'warning', 'info'].indexOf(s ?? ''));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
    await shot('02-checked');
  });

  it('clicking a finding selects its cell in the workbook', async () => {
    // Groups open on a click; the first one (table-wide here) opened by itself.
    await page.locator('[data-testid="finding-group"][data-code="OUTSIDE_PERIOD"] button').click();
    const item = page.locator('[role="option"][data-cell]').first();
    const cell = await item.getAttribute('data-cell');
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    await item.click();
    await eventually(() => inBook((book) => book.selection), { sheet: SHEET, address: cell });
  });

  it('marks the findings\' cells, then clears exactly those marks', async () => {
    const cells = [...new Set(await page.locator('[role="option"][data-cell]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell') ?? '')))];
    expect(cells.length).toBeGreaterThan(0);
    const fills = (list: string) =>
      inBook((book, arg) => JSON.stringify(JSON.parse(arg).map((a: string) => book.sheet('PL II')?.fillAt(a) ?? null)), list);
    const before = await fills(JSON.stringify(cells));
    const notes = () => inBook((book) => book.sheet('PL II')?.comments.length ?? -1);
    const notesBefore = await notes();

    // Every progress line the pane shows meanwhile (marking a large sheet takes seconds).
    const watchProgress = () => page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const line = document.querySelector('[data-testid="progress"]')?.textContent ?? '';
        if (line && seen[seen.length - 1] !== line) seen.push(line);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const progressSeen = () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);

    await watchProgress();
    await page.getByRole('button', { name: 'Đánh dấu ô' }).click();
    await noticeSays(/Đã đánh dấu \d+ ô/);
    expect(await progressSeen()).toContain('Đang đánh dấu ô…');
    const marked = await fills(JSON.stringify(cells));
    expect(marked).not.toEqual(before);
    await shot('03-marked');

    await watchProgress();
    await page.getByRole('button', { name: 'Xóa đánh dấu' }).click();
    await noticeSays(/Đã xóa đánh dấu ở \d+ ô/);
    expect(await progressSeen()).toContain('Đang xóa đánh dấu…');
    expect(await fills(JSON.stringify(cells))).toEqual(before);
    expect(await notes()).toBe(notesBefore);
  });

  it('writes the findings sheet "NS Kiểm tra"', async () => {
    await page.getByRole('button', { name: 'Ghi sheet NS Kiểm tra' }).click();
    await noticeSays('NS Kiểm tra');
    await expect(inBook((book) => book.sheetNames())).resolves.toContain('NS Kiểm tra');
    // The user's sheet is untouched: its grand total is still where it was.
    await expect(inBook((book) => book.sheet('PL II')?.valueAt('G6'))).resolves.toBe(168686.5);
  });

  it('Tổng hợp shows the totals by source and writes "NS Tổng hợp"', async () => {
    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    await expect(page.getByTestId('summary-total').textContent()).resolves.toBe('189.270,5');
    await expect(page.getByTestId('source-NSĐP').textContent()).resolves.toBe('180.354,5');
    await expect(page.getByTestId('source-NSTW').textContent()).resolves.toBe('8.916');
    await expect(page.locator('[data-testid="summary-chart"] rect').count()).resolves.toBeGreaterThan(0);
    await shot('04-summary');

    await page.getByRole('button', { name: 'Ghi sheet NS Tổng hợp' }).click();
    await noticeSays('NS Tổng hợp');
    const names = await inBook((book) => book.sheetNames());
    expect(names).toEqual(expect.arrayContaining(['NS Tổng hợp', 'NS Dữ liệu']));
    // Live totals: the summary's figures are SUMIFS formulas over the data sheet.
    const formulas = await inBook((book) => Object.values(book.sheet('NS Tổng hợp')?.contents() ?? {}).filter((v) => typeof v === 'string' && v.startsWith('=')));
    expect(formulas.some((f) => /SUMIFS\('NS Dữ liệu'!/.test(String(f)))).toBe(true);
  });

  it('Thuê hay Đầu tư computes the example scenario and writes "NS Phương án"', async () => {
    await page.getByRole('tab', { name: 'Thuê hay Đầu tư' }).click();
    await page.getByRole('button', { name: 'Tính', exact: true }).click();
    await page.getByTestId('scenario-result').waitFor();

    // TT 12/2020, paid at period end, from the form's defaults: T_đ 12.000, N 5,5 %, k 4,
    // 5 years, VAT 10 %, S = straight-line residual of 12.000 over 8 years after 5 = 4.500.
    const D = DecimalBase.clone({ precision: 40 });
    const r = new D('0.055').div(4);
    const growth = r.plus(1).pow(20);
    const gdv = new D(12000).times(r).times(growth).minus(new D(4500).times(r)).div(growth.minus(1)).times('1.1');
    const shown = gdv.toDecimalPlaces(3).toFixed().replace('.', ',');
    await expect(page.getByTestId('period-payment').textContent()).resolves.toBe(shown);
    await expect(page.getByTestId('cheaper').textContent()).resolves.toMatch(/^(Đầu tư rẻ hơn|Thuê rẻ hơn|Hai phương án bằng nhau)$/);
    await expect(page.locator('[data-testid="cashflow-chart"] rect').count()).resolves.toBeGreaterThan(0);
    await shot('05-scenario');
    await page.getByTestId('scenario-result').screenshot({ path: path.join(SCREENSHOTS, '05b-scenario-result.png'), animations: 'disabled' });

    await page.getByRole('button', { name: 'Ghi sheet NS Phương án' }).click();
    await noticeSays('NS Phương án');
    await expect(inBook((book) => book.sheetNames())).resolves.toContain('NS Phương án');
    const leaseFormulas = await inBook((book) => Object.values(book.sheet('NS Phương án')?.contents() ?? {}).filter((v) => typeof v === 'string' && /PMT\(/i.test(v)));
    expect(leaseFormulas.length).toBeGreaterThan(0);
  });

  it('a field that is not a number is named under the field, without computing', async () => {
    const field = page.locator('input[name="discountRate"]');
    await field.fill('bảy');
    await page.getByRole('button', { name: 'Tính', exact: true }).click();
    await expect(page.getByTestId('scenario-errors').textContent()).resolves.toContain('Kiểm tra lại');
    await field.fill('7');
    await page.getByRole('button', { name: 'Tính', exact: true }).click();
    await expect(page.getByTestId('scenario-errors').count()).resolves.toBe(0);
  });

  it('saves the settings into the workbook\'s document settings', async () => {
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Cài đặt (lưu trong tệp)' }).click();
    await page.getByLabel('Giai đoạn từ năm').fill('2016');
    await page.getByLabel('đến năm').fill('2020');
    await page.getByLabel('Tỷ lệ tối thiểu cho an toàn thông tin (%)').fill('12,5');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await noticeSays('Đã lưu cài đặt');
    const saved = await inBook((book) => [...book.savedSettings.values()].join(' '));
    expect(saved).toContain('2016');
    expect(saved).toContain('0.125');
    await shot('06-settings');
    await page.getByRole('button', { name: 'Cài đặt (lưu trong tệp)' }).click();
  });

  it('Excel in cell-edit mode: the check waits for the user to leave the cell, then finishes', async () => {
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await inBook((book) => { book.editMode = true; return null; });
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    // The adapter asks Excel to hold the request (delayForCellEdit) instead of failing it, and
    // the pane says what it is waiting for.
    const working = page.getByTestId('waiting-cell-edit');
    await working.waitFor();
    await expect(working.textContent()).resolves.toContain('Excel đang chờ bạn sửa xong ô');
    await new Promise((r) => setTimeout(r, 1500));
    await expect(working.isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-testid="notice"]').count()).resolves.toBe(0);
    await shot('07-busy');

    await inBook((book) => { book.editMode = false; return null; });
    await working.waitFor({ state: 'detached' });
    await expect(page.locator('[data-testid="notice"]').count()).resolves.toBe(0);
    await expect(page.getByTestId('table-total').first().textContent()).resolves.toBe('189.270,5');
  });

  it('switches to English', async () => {
    await page.getByRole('switch', { name: 'English' }).click();
    await expect(page.getByRole('tab', { name: 'Lease or invest' }).isVisible()).resolves.toBe(true);
    await shot('08-english');
    await page.getByRole('switch', { name: 'English' }).click();
  });

  it('taskpane.html outside Excel (office.js unreachable) explains itself and links to the preview', async () => {
    const plain = await browser.newPage({ viewport: { width: 350, height: 600 } });
    const cdn: string[] = [];
    await plain.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin)) return route.continue();
      cdn.push(url);
      return route.abort();
    });
    await plain.goto(`${server.origin}/taskpane.html`);
    await plain.getByText('Trang này chạy bên trong Excel').waitFor();
    await expect(plain.getByRole('link', { name: 'Mở bản chạy thử' }).getAttribute('href')).resolves.toBe('preview.html');
    // The real page asks Microsoft's CDN for office.js, and nothing else.
    expect(cdn.every((url) => url.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
    await plain.screenshot({ path: path.join(SCREENSHOTS, '09-no-office.png') });
    await plain.close();
  });

  it('made no request outside the page and raised no error in it', () => {
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
