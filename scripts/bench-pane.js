// The task pane's part of `npm run bench`: the real pane over the preview (dist/preview.html,
// the in-memory Excel) in Debian's Chromium at 350 px, on the same plan the CLI checks. It
// times the click on "Kiểm tra" until the findings are on screen, records every main-thread
// long task (PerformanceObserver 'longtask', > 50 ms) and counts DOM nodes; then the same for
// writing "NS Tổng hợp" and for switching the language. Not a test: numbers go to BENCHMARKS.md.
'use strict';
// Functions passed to page.evaluate run in the browser, with its globals; URL and setTimeout are Node's too.
/* global window, document, performance, requestAnimationFrame, PerformanceObserver, MutationObserver, URL, setTimeout */
const fs = require('fs');
const http = require('http');
const path = require('path');

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png' };

function serve(dir) {
  const server = http.createServer((req, res) => {
    const file = path.normalize(path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) })));
}

/** Runs `act` in the page and waits for `done`; returns its time and the longest main-thread task meanwhile. */
async function measure(page, act, done) {
  const start = await page.evaluate(() => performance.now());
  await act();
  await done();
  return page.evaluate((t0) => new Promise((resolve) => {
    // The frame that shows the result, then what the observer saw since the click.
    requestAnimationFrame(() => setTimeout(() => {
      const tasks = window.__longtasks.filter((t) => t.start + t.duration >= t0);
      // Tasks that started before the pane moved past reading the sheet: the fake Excel's work.
      const afterRead = window.__phases.find((p) => p.t >= t0 && p.phase !== 'read');
      const paneTasks = afterRead ? tasks.filter((t) => t.start >= afterRead.t) : tasks;
      resolve({
        readMs: afterRead ? afterRead.t - t0 : null,
        longestPaneTaskMs: paneTasks.reduce((m, t) => Math.max(m, t.duration), 0),
        ms: performance.now() - t0,
        longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
        longTasks: tasks.length,
        domNodes: document.getElementsByTagName('*').length,
      });
    }, 0));
  }), start);
}

/** Measures the pane on `grid` (one sheet); null when Chromium or the build is missing. */
async function benchPane(root, grid) {
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(dist, 'preview.html'))) return null;
  const { chromium } = require('playwright-core');
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 350, height: 900 }, locale: 'vi-VN' });
    await page.goto(`${server.origin}/preview.html`);
    await page.evaluate(() => {
      // When the pane's progress line enters each phase (read, check, write), to tell the
      // in-memory Excel's share (reading through the fake Office.js) from the pane's own.
      window.__phases = [];
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid="progress"]');
        const phase = el ? el.getAttribute('data-phase') : null;
        const last = window.__phases[window.__phases.length - 1];
        if (phase && (!last || last.phase !== phase)) window.__phases.push({ phase, t: performance.now() });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-phase'] });
      window.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
    });
    await page.evaluate(([g]) => window.ngansachPreview.openGrids([g], 'bench.xlsx'), [grid]);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).waitFor();

    const check = await measure(
      page,
      () => page.getByRole('button', { name: 'Kiểm tra', exact: true }).click(),
      () => page.locator('[data-testid="finding-group"]').first().waitFor({ timeout: 300000 }),
    );
    check.findings = await page.evaluate(() => {
      const text = document.querySelector('[data-testid="findings-shown"]')?.textContent || '';
      return Number((/^([\d.]+)/.exec(text) || ['', '0'])[1].replace(/\./g, ''));
    });

    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const summary = await measure(
      page,
      () => page.getByRole('button', { name: 'Ghi sheet NS Tổng hợp' }).click(),
      () => page.getByTestId('notice').filter({ hasText: 'NS Tổng hợp' }).waitFor({ timeout: 300000 }),
    );
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();

    const language = await measure(
      page,
      () => page.getByRole('switch', { name: 'English' }).click(),
      // Done when the findings themselves are worded in English (re-worded in the worker).
      () => page.locator('[role="option"]', { hasText: 'Cell ' }).first().waitFor({ timeout: 300000 }),
    );
    return { check, summary, language };
  } finally {
    await browser.close();
    await server.close();
  }
}

module.exports = { benchPane };
