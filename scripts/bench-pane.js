// The task pane's part of `npm run bench`: the real pane over the preview (dist/preview.html,
// the in-memory Excel) in Debian's Chromium at 350 px, on the same plan the CLI checks. It
// times the click on "Kiểm tra" until the findings are on screen, records every main-thread
// long task (PerformanceObserver 'longtask', > 50 ms) and counts DOM nodes; then the same for
// marking the findings, clearing the marks, writing "NS Tổng hợp" and switching the language.
// Not a test: numbers go to BENCHMARKS.md.
//
// The preview's in-memory Excel runs on the page's main thread, where real Excel does not: it
// carries out each request in a task of its own (src/preview/fake-office/proxy.ts) and notes
// when (RequestRecord.span), so a long task that is the stand-in's is told from the pane's.
//
// Run alone, `node scripts/bench-pane.js` builds the add-in, times the CLI on the plan and the
// pane, and rewrites only the pane section of BENCHMARKS.md. `--no-build` uses dist/ as it is;
// `--profile` also prints, per step, where the main thread spent its time (Chromium's sampling
// profiler through CDP, mapped back to src/ through the source maps).
'use strict';
// Functions passed to page.evaluate run in the browser, with its globals; URL and setTimeout are Node's too.
/* global window, document, performance, requestAnimationFrame, PerformanceObserver, MutationObserver, URL, setTimeout */
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.map': 'application/json' };
const PANE_ROWS = Number(process.env.BENCH_PANE_ROWS || 20000);
const REPS = Number(process.env.BENCH_REPS || 3);
const LONG_TASK_LIMIT = 250;

function serve(dir) {
  const server = http.createServer((req, res) => {
    const file = path.normalize(path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) })));
}

/** Runs `act` in the page and waits for `done`; returns its time and the long tasks meanwhile, split between the pane and the stand-in Excel. */
async function measure(page, act, done) {
  const start = await page.evaluate(() => performance.now());
  await act();
  await done();
  return page.evaluate((t0) => new Promise((resolve) => {
    // The frame that shows the result, then what the observer saw since the click.
    requestAnimationFrame(() => setTimeout(() => {
      const tasks = window.__longtasks.filter((t) => t.start + t.duration >= t0);
      // A task is the stand-in Excel's when most of it was the fake answering a request.
      const excelWork = window.ngansachPreview.book.requests.flatMap((r) => (r.span && r.span.end >= t0 ? [r.span] : []));
      const excelMs = (t) => excelWork.reduce((n, w) => n + Math.max(0, Math.min(w.end, t.start + t.duration) - Math.max(w.start, t.start)), 0);
      const paneTasks = tasks.filter((t) => excelMs(t) < t.duration / 2);
      const longest = (list) => list.reduce((m, t) => Math.max(m, t.duration), 0);
      const readPhase = window.__phases.find((p) => p.t >= t0 && p.phase === 'read');
      const afterRead = window.__phases.find((p) => p.t >= t0 && p.phase !== 'read');
      resolve({
        readMs: readPhase && afterRead ? afterRead.t - t0 : null,
        ms: performance.now() - t0,
        longestTaskMs: longest(tasks),
        longTasks: tasks.length,
        longestPaneTaskMs: longest(paneTasks),
        paneTasks,
        paneLongTasks: paneTasks.length,
        longestExcelTaskMs: longest(tasks.filter((t) => !paneTasks.includes(t))),
        excelWorkMs: excelWork.reduce((n, w) => n + (w.end - Math.max(w.start, t0)), 0),
        domNodes: document.getElementsByTagName('*').length,
      });
    }, 0));
  }), start);
}

/** Source maps of dist/, loaded once, to name the src/ function behind a profiled frame. */
function sourceMapper(dist) {
  const { SourceMapConsumer } = require('source-map');
  const maps = new Map();
  return (url, line, column) => {
    const file = path.basename(new URL(url).pathname);
    if (!maps.has(file)) {
      const map = path.join(dist, `${file}.map`);
      maps.set(file, fs.existsSync(map) ? new SourceMapConsumer(JSON.parse(fs.readFileSync(map, 'utf8'))) : null);
    }
    const consumer = maps.get(file);
    const at = consumer ? consumer.originalPositionFor({ line: line + 1, column }) : null;
    if (!at || !at.source) return `${file}:${line + 1}`;
    return `${at.source.replace(/^webpack:\/\/[^/]*\/(\.\/)?/, '')}:${at.line}${at.name ? ` ${at.name}` : ''}`;
  };
}

/** Self time by source line, and time by src/ folder (the innermost of our frames on the stack). */
function summarizeProfile(profile, mapFrame, t0, tasks) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const self = new Map();
  const owner = new Map();
  const where = (node) => {
    const f = node.callFrame;
    if (!f.url || !/^http/.test(f.url)) return null;
    return mapFrame(f.url, f.lineNumber, f.columnNumber);
  };
  const folderOf = (id) => {
    for (let n = byId.get(id); n; n = byId.get(parent.get(n.id))) {
      const w = where(n);
      const m = w && /^(src\/[a-z-]+(?:\/[a-z-]+)?)\//.exec(w);
      if (m) return m[1];
      if (w && /node_modules\/(react-dom|scheduler|react)\//.test(w)) return 'react';
    }
    return byId.get(id).callFrame.functionName || '(other)';
  };
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] || 0) / 1000;
    const node = byId.get(id);
    if (['(idle)', '(program)', '(garbage collector)'].includes(node.callFrame.functionName)) {
      const k = node.callFrame.functionName;
      owner.set(k, (owner.get(k) || 0) + dt);
      return;
    }
    const key = where(node) || node.callFrame.functionName || '(anonymous)';
    self.set(key, (self.get(key) || 0) + dt);
    const folder = folderOf(id);
    owner.set(folder, (owner.get(folder) || 0) + dt);
  });
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`);
  // The pane's long tasks (page times), each with what filled it: samples placed on the page's
  // clock from when profiling started (`t0`, performance.now() then).
  const inTask = tasks.map((t) => ({ t, lines: new Map() }));
  let at = t0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] || 0) / 1000;
    at += dt;
    const task = inTask.find(({ t }) => at >= t.start && at <= t.start + t.duration);
    if (!task) return;
    const node = byId.get(id);
    const key = `${folderOf(id)} · ${where(node) || node.callFrame.functionName}`;
    task.lines.set(key, (task.lines.get(key) || 0) + (profile.timeDeltas[i + 1] || 0) / 1000);
  });
  const busy = inTask.sort((a, b) => b.t.duration - a.t.duration).slice(0, 3).flatMap(({ t, lines }) => [`  pane task of ${t.duration.toFixed(0)} ms:`, ...top(lines, 8).map((l) => `  ${l}`)]);
  return ['  by folder (innermost of ours on the stack):', ...top(owner, 12), '  self time by line:', ...top(self, 25), ...busy].join('\n');
}

/** The middle of `times` with the extremes, in ms. */
function spread(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

/**
 * Measures the pane on `grid` (one sheet); null when Chromium or the build is missing. The check
 * is timed REPS times, each in a fresh page (a first check, as an officer's), and `options.cli`
 * (one CLI run on the same plan) is timed just before each, so both see the same load; the
 * other steps once, after the last check (unless `options.checkOnly`).
 */
async function benchPane(root, grid, options = {}) {
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(dist, 'preview.html'))) return null;
  const { chromium } = require('playwright-core');
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const mapFrame = options.profile ? sourceMapper(dist) : null;
  try {
    /** A fresh pane over the plan, and how to profile a step in it (with --profile). */
    const open = async () => {
      const page = await browser.newPage({ viewport: { width: 350, height: 900 }, locale: 'vi-VN' });
      let profiled = async (name, step) => step();
      if (options.profile) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        profiled = async (name, step) => {
          await cdp.send('Profiler.start');
          const t0 = await page.evaluate(() => performance.now());
          const result = await step();
          const { profile } = await cdp.send('Profiler.stop');
          process.stdout.write(`\n== profile: ${name} (${result.ms.toFixed(0)} ms)\n${summarizeProfile(profile, mapFrame, t0, result.paneTasks)}\n`);
          return result;
        };
      }
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
      return { page, profiled };
    };

    const checks = [];
    const cliTimes = [];
    const freshTimes = [];
    let last = null;
    for (let i = 0; i < REPS; i++) {
      if (options.cli) {
        const t0 = process.hrtime.bigint();
        await options.cli();
        cliTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      // The CLI as an officer runs it: a new process, its first check (cold, like the fresh page).
      if (options.cliFresh) freshTimes.push(options.cliFresh());
      if (last) await last.page.close();
      last = await open();
      const { page } = last;
      // Only the last check is profiled: the profiler slows what it watches.
      const timed = i === REPS - 1 ? last.profiled : async (name, step) => step();
      const run = await timed('check', () => measure(
        page,
        () => page.getByRole('button', { name: 'Kiểm tra', exact: true }).click(),
        () => page.locator('[data-testid="finding-group"]').first().waitFor({ timeout: 300000 }),
      ));
      run.findings = await page.evaluate(() => {
        const text = document.querySelector('[data-testid="findings-shown"]')?.textContent || '';
        return Number((/^([\d.]+)/.exec(text) || ['', '0'])[1].replace(/\./g, ''));
      });
      checks.push(run);
      process.stdout.write(`   check ${i + 1}/${REPS}: ${options.cli ? `CLI ${cliTimes[i].toFixed(0)} ms, ` : ''}${options.cliFresh ? `CLI in a new process ${freshTimes[i].toFixed(0)} ms, ` : ''}pane ${run.ms.toFixed(0)} ms (read ${run.readMs === null ? '—' : run.readMs.toFixed(0)} ms)\n`);
    }
    // The median run stands for the check; its time's spread, and the read's, beside it.
    const byTime = [...checks].sort((a, b) => a.ms - b.ms);
    const check = { ...byTime[Math.floor(byTime.length / 2)], times: spread(checks.map((c) => c.ms)) };
    const reads = checks.filter((c) => c.readMs !== null).map((c) => c.readMs);
    check.reads = reads.length ? spread(reads) : null;
    check.ratios = options.cli ? spread(checks.map((c, i) => c.ms / cliTimes[i])) : null;
    const cli = options.cli ? spread(cliTimes) : null;
    check.freshRatios = options.cliFresh ? spread(checks.map((c, i) => c.ms / freshTimes[i])) : null;
    const cliFresh = options.cliFresh ? spread(freshTimes) : null;
    // Comparing two builds needs only the check.
    if (options.checkOnly) return { cli, cliFresh, check };

    const { page, profiled } = last;
    const notice = (text) => () => page.getByTestId('notice').filter({ hasText: text }).waitFor({ timeout: 300000 });
    const mark = await profiled('mark', () => measure(page, () => page.getByRole('button', { name: 'Đánh dấu ô' }).click(), notice('Đã đánh dấu')));
    const clear = await profiled('clear', () => measure(page, () => page.getByRole('button', { name: 'Xóa đánh dấu' }).click(), notice('Đã xóa đánh dấu')));

    await page.getByRole('tab', { name: 'Tổng hợp' }).click();
    const summary = await profiled('summary', () => measure(
      page,
      () => page.getByRole('button', { name: 'Ghi sheet NS Tổng hợp' }).click(),
      notice('NS Tổng hợp'),
    ));
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();

    const language = await profiled('language', () => measure(
      page,
      () => page.getByRole('switch', { name: 'English' }).click(),
      // Done when the findings themselves are worded in English (re-worded in the worker).
      () => page.locator('[role="option"]', { hasText: 'Cell ' }).first().waitFor({ timeout: 300000 }),
    ));
    return { cli, cliFresh, check, mark, clear, summary, language };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The pane's section of BENCHMARKS.md: the preview in Chromium (350 px) beside the CLI on the same plan. */
function paneReport(r) {
  const out = ['', `## Task pane on a ${PANE_ROWS.toLocaleString('en')}-row plan (preview in Chromium, 350 px)`, ''];
  if (!r.pane) {
    out.push('Not measured: /usr/bin/chromium or the build is missing.');
    return out;
  }
  const { check, mark, clear, summary, language } = r.pane;
  // The CLI timed beside the pane, run for run, when the caller passed it; else timed before.
  const cli = r.pane.cli || r.paneCli;
  const ratio = check.ms / cli.median;
  // The target compares first checks: the pane's in a fresh page against the CLI's in a new process.
  const fresh = r.pane.cliFresh;
  const freshRatio = fresh ? check.ms / fresh.median : null;
  const ok = (good) => (good ? 'met' : '**not met**');
  const fmtT = (t) => `${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)})`;
  const tasks = (s) => `longest pane task ${s.longestPaneTaskMs.toFixed(0)} ms (${s.paneLongTasks} over 50 ms); Excel stand-in ${s.excelWorkMs.toFixed(0)} ms, its longest task ${s.longestExcelTaskMs.toFixed(0)} ms`;
  const limit = (s) => `≤ ${LONG_TASK_LIMIT} ms: ${ok(s.longestPaneTaskMs <= LONG_TASK_LIMIT)}`;
  out.push(
    'The same plan checked by the CLI from an .xlsx file and by the pane from the preview\'s in-memory Excel',
    '(the check runs in a Web Worker; findings grouped by code and virtualized). Long tasks are main-thread',
    'tasks over 50 ms seen by PerformanceObserver(\'longtask\') from the click until the result is painted.',
    'The preview\'s stand-in for Excel answers requests on the same thread, each in a task of its own; a long',
    'task mostly spent there is counted as the stand-in\'s (in Excel that work is in Excel\'s own process),',
    'every other one as the pane\'s.',
    `Machine load when measured (uptime): ${r.paneLoad || os.loadavg().map((l) => l.toFixed(2)).join(', ')}; ${os.cpus().length} cores, shared.`, '',
    '| what | figure | target |',
    '|---|---|---|',
    `| \`ngansach check --json\` on the file (median of ${REPS}${r.pane.cli ? ', each just before a pane run' : ''}) | ${fmtT(cli)} | |`,
    ...(fresh ? [`| \`ngansach check --json\` in a new process, its first check (median of ${REPS}, each just before a pane run; from the call to main() to its exit code, modules already loaded) | ${fmtT(fresh)} | |`] : []),
    `| pane: click "Kiểm tra" → findings on screen (read + check + show; median of ${REPS}, a fresh page each) | ${fmtT(check.times)}, ${check.findings.toLocaleString('en')} findings | ${fresh ? `≤ 2× CLI, first check against first check: ${freshRatio.toFixed(2)}× (run by run ${check.freshRatios.min.toFixed(2)}–${check.freshRatios.max.toFixed(2)}×), ${ok(freshRatio <= 2)}; against the CLI warm in process: ` : '≤ 2× CLI: '}${ratio.toFixed(2)}×${check.ratios ? ` (run by run ${check.ratios.min.toFixed(2)}–${check.ratios.max.toFixed(2)}×)` : ''}${fresh ? '' : `, ${ok(ratio <= 2)}`} |`,
    `| pane: of which reading the sheet through the in-memory Excel | ${check.reads ? fmtT(check.reads) : '—'} | |`,
    `| pane: main thread during the check | ${tasks(check)} | ${limit(check)} |`,
    `| pane: DOM nodes with the findings shown | ${check.domNodes.toLocaleString('en')} | < 4,000: ${ok(check.domNodes < 4000)} |`,
    `| pane: mark the findings' cells | ${mark.ms.toFixed(0)} ms; ${tasks(mark)} | ${limit(mark)} |`,
    `| pane: clear the marks | ${clear.ms.toFixed(0)} ms; ${tasks(clear)} | ${limit(clear)} |`,
    `| pane: write "NS Tổng hợp" (+ "NS Dữ liệu") | ${summary.ms.toFixed(0)} ms; ${tasks(summary)} | ${limit(summary)} |`,
    `| pane: switch to English (findings re-worded) | ${language.ms.toFixed(0)} ms; ${tasks(language)} | ${limit(language)} |`,
  );
  return out;
}

/** Replaces the pane's section of BENCHMARKS.md (up to the next section) with `lines`. */
function replacePaneSection(file, lines) {
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf('\n## Task pane on a');
  if (start < 0) throw new Error(`${file} has no pane section; run npm run bench once`);
  const next = text.indexOf('\n## ', start + 1);
  const tail = text.slice(next < 0 ? text.length : next);
  // The line after the table (the CLI's exit) belongs to the section above it in bench.js's layout.
  const keep = /\n\nThe full check exited[^\n]*\n/.exec(text.slice(start, next < 0 ? undefined : next));
  fs.writeFileSync(file, text.slice(0, start) + lines.join('\n') + (keep ? keep[0] : '\n') + tail);
}

async function main() {
  const root = path.resolve(__dirname, '..');
  const { spawnSync } = require('child_process');
  const profile = process.argv.includes('--profile');
  if (!process.argv.includes('--no-build')) {
    process.stdout.write('== build the add-in (webpack --mode production)\n');
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('webpack build failed');
  }
  const { writePlanWorkbook, planGrid } = require('./bench');
  const { main: cli } = require(path.join(root, 'build', 'cli', 'main.js'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ngansach-bench-pane-'));
  const results = {};
  try {
    const file = path.join(work, `plan-${PANE_ROWS}.xlsx`);
    await writePlanWorkbook(file, PANE_ROWS);
    const sink = { out: () => undefined, err: () => undefined, stdinLines: async function* () {} };
    // Warm: the first CLI run loads its modules, which no later one does.
    await cli(['check', file, '--json'], sink);
    results.paneLoad = spawnSync('uptime', { encoding: 'utf8' }).stdout.trim().replace(/^.*load average:\s*/, 'load average ');
    const { runCli } = require('./bench');
    results.pane = await benchPane(root, planGrid(PANE_ROWS), { profile, cli: () => cli(['check', file, '--json'], sink), cliFresh: () => runCli(['check', file, '--json']).ms });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const lines = paneReport(results);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!profile) replacePaneSection(path.join(root, 'BENCHMARKS.md'), lines);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`bench-pane failed: ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  });
}

module.exports = { benchPane, paneReport };
