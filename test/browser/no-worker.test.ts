// Where no Web Worker can start (an old host, a sandboxed frame), the pane runs the check on its
// own thread. The rules are then loaded on demand, as a script of their own, since they are no
// longer in the script every pane downloads: this opens the production preview with Worker
// taken away and checks the fixture plan (Phụ lục II) as an officer would. The expected total is
// the fixture's known total (fixtures/README.md), not the pane's output.
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, openPreview, type PreviewSession } from './harness';

const run = chromiumAvailable() ? describe : describe.skip;

run('task pane without a Web Worker (Chromium, preview build)', () => {
  let session: PreviewSession | undefined;
  let page: Page;
  let browser: Browser;
  const pageErrors: string[] = [];
  const scripts: string[] = [];

  beforeAll(async () => {
    session = await openPreview(async (p) => {
      await p.addInitScript(() => {
        // As in a host that has no workers at all.
        delete (window as unknown as { Worker?: unknown }).Worker;
      });
      p.on('pageerror', (error) => pageErrors.push(error.message));
      p.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
    });
    ({ page, browser } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('checks the plan on the page itself, loading the rules only then', async () => {
    expect(browser.isConnected()).toBe(true);
    const before = [...scripts];
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByTestId('table-total').first().waitFor({ timeout: 30000 });
    await expect(page.getByTestId('table-total').first().textContent()).resolves.toBe('189.270,5');
    // The worker's script was never asked for; a script with the rules was, after the click.
    expect(scripts.some((s) => s.endsWith('taskpane-worker.js'))).toBe(false);
    expect(scripts.slice(before.length).length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});
