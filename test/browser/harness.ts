// What the browser tests need around the page: the built preview served from dist/ by a tiny
// static server on a random local port, and Debian's Chromium driven by playwright-core.
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { spawnSync } from 'child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FakeWorkbook } from '../../src/preview/fake-office';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * `npm test` builds dist/ before jest runs; run alone (`npx jest test/browser`), the test builds
 * it once if the preview page is missing, so it never tests nothing.
 */
export function ensureBuilt(): void {
  if (fs.existsSync(path.join(DIST, 'preview.html')) && fs.existsSync(path.join(DIST, 'preview.js'))) return;
  const webpack = path.join(ROOT, 'node_modules', '.bin', 'webpack');
  const r = spawnSync(webpack, ['--mode', 'production'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`webpack build failed:\n${r.stdout}\n${r.stderr}`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export function serveStatic(dir: string): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.normalize(path.join(dir, urlPath));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** Chromium present → true; missing → fail in CI, else skip with a loud warning. */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: the browser tests must run in CI (apt-get install chromium)`);
  console.warn(`\n!!! ${CHROMIUM} is missing: SKIPPING the task pane browser tests (apt-get install chromium)\n`);
  return false;
}

/** Polls until `read` gives `expected` (the pane's actions are asynchronous), then asserts. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  expect(last).toEqual(expected);
}

interface PreviewWindow {
  ngansachPreview: { book: FakeWorkbook };
}

/** Runs `fn` on the preview's fake workbook inside the page (fn is sent as source text). */
export function inBook<T>(page: Page, fn: (book: FakeWorkbook, arg: string) => T, arg = ''): Promise<T> {
  return page.evaluate(
    ([source, a]) => {
      const book = (window as unknown as PreviewWindow).ngansachPreview.book;
      return (new Function('book', 'arg', `return (${source})(book, arg);`) as (b: FakeWorkbook, x: string) => T)(book, a);
    },
    [fn.toString(), arg] as const,
  );
}

export interface PreviewSession {
  server: StaticServer;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/**
 * The built preview served and open in Chromium at the task pane's width (350 px), in
 * Vietnamese. `before` runs before the page loads (routes, listeners for workers and errors).
 */
export async function openPreview(before?: (page: Page, server: StaticServer) => Promise<void> | void): Promise<PreviewSession> {
  ensureBuilt();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 350, height: 900 }, locale: 'vi-VN' });
  await before?.(page, server);
  await page.goto(`${server.origin}/preview.html`);
  return {
    server, browser, page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
