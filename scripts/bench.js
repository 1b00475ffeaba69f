#!/usr/bin/env node
// `npm run bench`: how fast and how big, on this machine, written to BENCHMARKS.md.
// Not a test: numbers vary by machine. Runs the compiled CLI build (build/), so no ts-node.
//   1. a 50.000-row plan workbook: bare ExcelJS readFile vs the .xlsx reader alone (src/xlsx)
//      vs the full `ngansach check` (read + check + JSON), in this process, median of repetitions;
//   1b. a 100.000-row plan: `ngansach check` vs `ngansach check --out`, each in a fresh process
//      (time and that process's peak RSS);
//   2. the core check of 10k and 100k rows already in memory (a Grid built here), and of a
//      100k-row multi-year form beside the reader on the same form written as a workbook;
//   3. the money / time / source / mode readers over 1 million mixed cells (ms per 100k);
//   4. memory: peak RSS and heap used;
//   5. slots other parts fill: requests per check (Excel adapter), task pane bundle size (dist/);
//   6. the task pane over the preview on a 20,000-row plan in Chromium, against the CLI on the
//      same plan as a file (scripts/bench-pane.js): click to findings, longest main-thread task,
//      DOM nodes; also writing "NS Tổng hợp" and switching the language;
//   7. consolidate: 500 unit files of 200 rows against the sum of single checks, its memory and
//      --out's (BENCH_ONLY=consolidate runs this section alone and updates only its part).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const root = path.resolve(__dirname, '..');
const build = (p) => path.join(root, 'build', p);
const REPS = Number(process.env.BENCH_REPS || 3);
const ROWS = Number(process.env.BENCH_ROWS || 50000);
const OUT_ROWS = Number(process.env.BENCH_OUT_ROWS || 100000);
const OUT_REPS = Number(process.env.BENCH_OUT_REPS || 2);
const SIDE_REPS = Number(process.env.BENCH_SIDE_REPS || 5);

/**
 * In a fresh Node process: `load` (modules required), then `run`, an expression giving a promise of
 * the result's fields, timed from its start; returns those fields with `ms` and the process's peak RSS.
 */
function runFresh(load, run, what) {
  const script = `${load}
    const t0 = process.hrtime.bigint();
    (${run}).then((fields) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      process.stdout.write(JSON.stringify({ ...fields, ms: Math.round(ms), rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
    });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${what} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** `ngansach ARGS` in a fresh Node process: wall time and the process's own peak RSS. */
function runCli(args) {
  return runFresh(
    `const { main } = require(${JSON.stringify(build('cli/main.js'))});`,
    `main(${JSON.stringify(args)}, { out: () => undefined, err: () => undefined, stdinLines: async function* () {} }).then((code) => ({ code }))`,
    `ngansach ${args.join(' ')}`,
  );
}
const PANE_ROWS = Number(process.env.BENCH_PANE_ROWS || 20000);

function log(text) {
  process.stdout.write(text + '\n');
}

function compile() {
  log('== build (tsc -p tsconfig.bench.json: core, cli, Excel adapter, fake Office.js)');
  // tsc emits even when some other module is mid-edit; what the bench needs must exist.
  spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.bench.json'], { cwd: root, stdio: 'inherit' });
  for (const f of ['cli/main.js', 'xlsx/node.js', 'core/check.js']) {
    if (!fs.existsSync(build(f))) throw new Error(`build/${f} missing after tsc: fix the build first`);
  }
}

/** The production add-in build (dist/), so the pane and bundle figures are of this code. */
function buildAddin() {
  log('== build the add-in (webpack --mode production)');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('webpack build failed');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function stats(times) {
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times };
}

/** `warmup` untimed runs (the JIT settles), then `reps` timed ones. */
async function timeIt(reps, fn, warmup = 1) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return stats(times);
}

/**
 * Several jobs measured side by side: `warmup` untimed rounds, then `reps` rounds in which each
 * job runs once in turn, so a change in the machine's load falls on all of them alike.
 */
async function timeSideBySide(reps, jobs, warmup = 2) {
  const names = Object.keys(jobs);
  for (let i = 0; i < warmup; i++) for (const n of names) await jobs[n]();
  const times = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < reps; i++) {
    for (const n of names) {
      const t0 = process.hrtime.bigint();
      await jobs[n]();
      times[n].push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  return Object.fromEntries(names.map((n) => [n, stats(times[n])]));
}

/** A bare ExcelJS read of FILE in a fresh Node process, timed as runCli times ours: module loaded, first read. */
function runExcelJSFresh(file) {
  return runFresh(
    `const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});`,
    `new ExcelJS.Workbook().xlsx.readFile(${JSON.stringify(file)}).then(() => ({}))`,
    'ExcelJS read',
  ).ms;
}

function mb(bytes) {
  return (bytes / 1048576).toFixed(0);
}

// ------------------------------------------------------------------ test data
const TIMES = ['2021-2023', 'Hàng năm', '2022', '2021, 2023', '2024 - 2025', 'Thực hiện 02 năm/lần'];
const SOURCES = ['NSĐP (Vốn đầu tư)', 'NSTW', 'NSDP', 'Nguồn chi thường xuyên ngân sách tỉnh', '- NSĐP (Vốn đầu tư): 400; - Khác (XHH): 600'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function roman(k) {
  if (k <= 10) return ROMAN[k - 1];
  const table = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  let x = k;
  for (const [v, r] of table) while (x >= v) { s += r; x -= v; }
  return s;
}

/** The rows of a plan table (as the sheet holds them): sections every 1.000 items, mixed amounts; `tag` after each name. */
function planRows(n, tag = '') {
  const rows = [];
  let section = 0;
  for (let i = 0; i < n; i++) {
    if (i % 1000 === 0) rows.push({ bold: true, cells: [roman(++section), `Nhóm ${section}`, null, null, null, null] });
    const k = i % 10;
    const amount = k === 3 ? '3.000 (600/năm)' : k === 7 ? '1.000' : k === 9 ? 1000 : 100 + (i % 97) + (k === 5 ? 0.5 : 0);
    rows.push({ bold: false, cells: [String((i % 1000) + 1), `Nhiệm vụ số ${i + 1}${tag}`, 'Sở TTTT', TIMES[i % TIMES.length], amount, k === 9 ? SOURCES[4] : SOURCES[i % 4]] });
  }
  rows.push({ bold: true, cells: [null, 'Tổng cộng:', null, null, null, null] });
  return rows;
}

const TITLES = ['Phụ lục IV', 'DANH MỤC CÁC DỰ ÁN, NHIỆM VỤ ỨNG DỤNG CNTT GIAI ĐOẠN 2021 - 2025', 'Đơn vị tính: Triệu đồng', null];
const HEADER = ['Số thứ tự', 'Tên dự án/nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian triển khai', 'Tổng mức đầu tư (dự kiến)', 'Nguồn vốn'];

async function writePlanWorkbook(file, n, titles = TITLES, tag = '') {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PL IV');
  for (const t of titles) ws.addRow([t]);
  ws.addRow(HEADER).font = { bold: true };
  for (const r of planRows(n, tag)) {
    const row = ws.addRow(r.cells);
    if (r.bold) row.font = { bold: true };
  }
  await wb.xlsx.writeFile(file);
}

/** A Grid's values and merged cells as a workbook of one sheet. */
async function writeGridWorkbook(file, grid) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheet);
  for (const r of grid.values) ws.addRow(r);
  for (const m of grid.merges ?? []) ws.mergeCells(m);
  await wb.xlsx.writeFile(file);
}

/** The same table as a Grid in memory, the shape every door hands the core. */
function planGrid(n) {
  const values = [];
  const bold = [];
  for (const t of TITLES) { values.push([t, null, null, null, null, null]); bold.push(new Array(6).fill(false)); }
  values.push([...HEADER]);
  bold.push(new Array(6).fill(true));
  for (const r of planRows(n)) { values.push(r.cells); bold.push(new Array(6).fill(r.bold)); }
  return { sheet: 'PL IV', top: 1, left: 1, values, bold, formulas: values.map((r) => r.map(() => null)) };
}

/**
 * A multi-year form of n items (the table model's layouts): "Dự kiến kinh phí" merged over
 * "Tổng số | Năm 2021 … Năm 2025", "Nguồn vốn" over "NSTW | NSĐP | Khác", a column-number row,
 * sections every 1.000 items. Every item's years and sources add up to its total.
 */
function yearSourceGrid(n) {
  const values = [
    ['Phụ lục I', ...Array(11).fill(null)],
    ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2021 - 2025', ...Array(11).fill(null)],
    ['Đơn vị tính: Triệu đồng', ...Array(11).fill(null)],
    ['STT', 'Tên dự án/nhiệm vụ', 'Thời gian thực hiện', 'Dự kiến kinh phí thực hiện', null, null, null, null, null, 'Nguồn vốn', null, null],
    [null, null, null, 'Tổng số', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Năm 2025', 'NSTW', 'NSĐP', 'Khác'],
    ['(1)', '(2)', '(3)', '(4)=(5)+…+(9)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)'],
  ];
  const merges = ['A4:A5', 'B4:B5', 'C4:C5', 'D4:I4', 'J4:L4'];
  // Money in tenths (integers here, so the section sums below are exact), written as triệu đồng.
  let section = null;
  const sectionRows = [];
  for (let i = 0; i < n; i++) {
    if (i % 1000 === 0) {
      section = { row: values.length, sums: new Array(9).fill(0) };
      sectionRows.push(section);
      values.push([roman(sectionRows.length), `Nhóm ${sectionRows.length}`, null]);
    }
    const tenths = [1000 + (i % 997) * 10, 2000 + (i % 991) * 5, i % 3 === 0 ? 500 : 0, (i * 7) % 1301, 105];
    const total = tenths.reduce((a, b) => a + b, 0);
    const nstw = i % 2 === 0 ? Math.floor(total / 3) : 0;
    const other = i % 5 === 0 ? 105 : 0;
    const money = [total, ...tenths, nstw, total - nstw - other, other];
    money.forEach((v, k) => { section.sums[k] += v; });
    const name = i % 10 === 0 ? `Giám sát an toàn thông tin số ${i + 1}` : `Nhiệm vụ số ${i + 1}`;
    values.push([String((i % 1000) + 1), name, '2021-2025', ...money.map((v) => (v ? v / 10 : null))]);
  }
  for (const s of sectionRows) values[s.row].push(...s.sums.map((v) => (v ? v / 10 : null)));
  return { sheet: 'PL I', top: 1, left: 1, values, merges, bold: values.map((r) => r.map(() => false)), formulas: values.map((r) => r.map(() => null)) };
}

// ------------------------------------------------------------------ consolidate
const UNITS = Number(process.env.BENCH_UNITS || 500);
const UNIT_ROWS = 200;
// Unit files name their province in the title line, as provinces' submissions do, and their own
// projects (no two files share a project, so no duplicates are flagged).
const PROVINCE_NAMES = ['An Giang', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước',
  'Bình Thuận', 'Cà Mau', 'Cần Thơ', 'Cao Bằng', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai'];

/** `n` unit files of UNIT_ROWS rows each in `dir`; returns their paths. */
async function writeUnitFiles(dir, n) {
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < n; i++) {
    const file = path.join(dir, `don-vi-${String(i + 1).padStart(3, '0')}.xlsx`);
    await writePlanWorkbook(file, UNIT_ROWS, [`UBND TỈNH ${PROVINCE_NAMES[i % PROVINCE_NAMES.length].toUpperCase()}`, ...TITLES], ` (đơn vị ${i + 1})`);
    files.push(file);
  }
  return files;
}

/**
 * UNITS files of UNIT_ROWS rows: the sum of single `check --json` runs on them (in this process,
 * one after another) against one `consolidate --json` over all of them (worker threads, and
 * with --jobs 1 for reference); peak memory of consolidate on 100 files and on all of them, and
 * of `consolidate --out` on all of them, each in a process of its own.
 */
async function benchConsolidate(work, cli) {
  const sink = { out: () => undefined, err: () => undefined, stdinLines: async function* () {} };
  const dir = path.join(work, 'units');
  log(`== consolidate: generating ${UNITS} unit files of ${UNIT_ROWS} rows`);
  const files = await writeUnitFiles(dir, UNITS);
  const r = { units: UNITS, rows: UNIT_ROWS, jobs: typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length };
  // CPU time is the whole process's, worker threads included: on a busy machine it says what the
  // work costs when the wall clock only says how long we waited for a core.
  const cpu = async (reps, fn) => {
    const c0 = process.cpuUsage();
    const t = await timeIt(reps, fn, 0);
    const c = process.cpuUsage(c0);
    return { ...t, cpu: (c.user + c.system) / 1000 / reps };
  };
  log(`== ${UNITS} single \`check --json\` runs (sum)`);
  r.checks = await cpu(1, async () => { for (const f of files) await cli(['check', f, '--json'], sink); });
  log(`   ${r.checks.median.toFixed(0)} ms (CPU ${r.checks.cpu.toFixed(0)} ms)`);
  log(`== consolidate --json over ${UNITS} files (worker threads)`);
  let exit = null;
  r.consolidate = await cpu(REPS, async () => { exit = await cli(['consolidate', dir, '--json'], sink); });
  r.exit = exit;
  log(`   median ${r.consolidate.median.toFixed(0)} ms (CPU ${r.consolidate.cpu.toFixed(0)} ms, exit ${exit})`);
  log('== consolidate --json --jobs 1');
  r.consolidate1 = await cpu(1, async () => { await cli(['consolidate', dir, '--json', '--jobs', '1'], sink); });
  log(`   ${r.consolidate1.median.toFixed(0)} ms (CPU ${r.consolidate1.cpu.toFixed(0)} ms)`);
  r.load = os.loadavg()[0];
  const small = path.join(work, 'units-100');
  fs.mkdirSync(small);
  for (const f of files.slice(0, 100)) fs.copyFileSync(f, path.join(small, path.basename(f)));
  r.rss100 = runCli(['consolidate', small, '--json']).rssMB;
  r.rssAll = runCli(['consolidate', dir, '--json']).rssMB;
  log(`== consolidate peak RSS: ${r.rss100} MB on 100 files, ${r.rssAll} MB on ${UNITS}`);
  const out = path.join(work, 'tong-hop.xlsx');
  r.out = runCli(['consolidate', dir, '--out', out]);
  r.out.bytes = fs.statSync(out).size;
  log(`== consolidate --out: ${r.out.ms} ms, peak RSS ${r.out.rssMB} MB, ${(r.out.bytes / 1048576).toFixed(1)} MB written`);
  return r;
}

// ------------------------------------------------------------------ slots others fill
/**
 * The Excel adapter's requests per check, over the fake Office.js that refuses what Excel on the
 * web refuses (over 5 MB): syncs and the largest request and response of each step, by size.
 * BENCH_ADAPTER_SIZES=100,20000 picks sizes.
 */
async function adapterRequests() {
  const file = build('excel/bench-syncs.js');
  if (!fs.existsSync(file)) return null;
  const { requestCosts, BENCH_SIZES } = require(file);
  const sizes = process.env.BENCH_ADAPTER_SIZES ? process.env.BENCH_ADAPTER_SIZES.split(',').map(Number) : BENCH_SIZES;
  log(`== Excel adapter over the fake Office.js: ${sizes.join(', ')} rows`);
  return requestCosts(sizes);
}

/** Sizes of the built task pane (webpack's dist/), when it has been built. */
function bundleSizes() {
  const dist = path.join(root, 'dist');
  if (!fs.existsSync(dist)) return null;
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(e.name)) {
        const content = fs.readFileSync(p);
        files.push({ file: path.relative(dist, p), bytes: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length });
      }
    }
  };
  walk(dist);
  return files.sort((a, b) => b.bytes - a.bytes);
}

// ------------------------------------------------------------------ main
async function main() {
  compile();
  const ExcelJS = require('exceljs');
  const { main: cli } = require(build('cli/main.js'));
  const { checkGrid, defaultSettings } = require(build('core/check.js'));
  const { parseMoney } = require(build('core/money.js'));
  const { parseTime } = require(build('core/time.js'));
  const { parseSources } = require(build('core/sources.js'));
  const { parseMode } = require(build('core/mode.js'));

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ngansach-bench-'));
  const results = {};
  try {
    const file = path.join(work, `plan-${ROWS}.xlsx`);
    log(`== generating a ${ROWS}-row plan workbook`);
    await writePlanWorkbook(file, ROWS);
    results.fileBytes = fs.statSync(file).size;

    const { readWorkbookFile } = require(build('xlsx/node.js'));
    const sink = { out: () => undefined, err: (t) => process.stderr.write(t), stdinLines: async function* () {} };
    let exit = null;
    log(`== side by side in this process, 2 warm-up rounds then ${SIDE_REPS} rounds: bare ExcelJS readFile, the .xlsx reader alone, ngansach check --json`);
    const side = await timeSideBySide(SIDE_REPS, {
      excel: async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
      },
      reader: async () => {
        await readWorkbookFile(file);
      },
      check: async () => {
        exit = await cli(['check', file, '--json'], sink);
      },
    });
    results.excelRead = side.excel;
    results.readerRead = side.reader;
    results.cliCheck = side.check;
    results.cliExit = exit;
    results.rssAfterRead = process.resourceUsage().maxRSS / 1024;
    for (const [k, t] of Object.entries(side)) log(`   ${k}: median ${t.median.toFixed(0)} ms (runs ${t.runs.map((x) => x.toFixed(0)).join(', ')})`);

    // As an officer runs it: each in a fresh process, its first read or check (modules loaded).
    log(`== the same, each in a fresh process × ${SIDE_REPS}: bare ExcelJS readFile, ngansach check --json`);
    const fresh = { excel: [], check: [] };
    for (let i = 0; i < SIDE_REPS; i++) {
      fresh.excel.push(runExcelJSFresh(file));
      fresh.check.push(runCli(['check', file, '--json']).ms);
    }
    results.excelFresh = stats(fresh.excel);
    results.checkFresh = stats(fresh.check);
    log(`   excel ${fresh.excel.join(', ')} ms; check ${fresh.check.join(', ')} ms`);

    // --out at scale: each run in its own process, so its peak RSS is its own.
    const big = path.join(work, `plan-${OUT_ROWS}.xlsx`);
    log(`== generating a ${OUT_ROWS}-row plan workbook`);
    await writePlanWorkbook(big, OUT_ROWS);
    results.outRows = OUT_ROWS;
    results.outFileBytes = fs.statSync(big).size;
    const out = path.join(work, 'checked.xlsx');
    results.outRuns = { check: [], out: [] };
    for (let i = 0; i < OUT_REPS; i++) {
      results.outRuns.check.push(runCli(['check', big]));
      results.outRuns.out.push(runCli(['check', big, '--out', out]));
    }
    results.outBytes = fs.statSync(out).size;
    for (const k of ['check', 'out']) {
      const runs = results.outRuns[k];
      log(`   ${k}: ${runs.map((r) => `${r.ms} ms / ${r.rssMB} MB`).join(', ')}`);
    }

    // The core against the reader that hands it its grid: the same table read from the file and
    // checked in memory, side by side (each round reads, then checks, after two warm-up rounds), so
    // a change in the machine's load or in the heap falls on both alike.
    {
      const plan = planGrid(OUT_ROWS);
      log(`== side by side × ${SIDE_REPS}: the .xlsx reader on the ${OUT_ROWS}-row plan, the core checkGrid on the same plan in memory`);
      let tables = 0;
      const side = await timeSideBySide(SIDE_REPS, {
        read: async () => { await readWorkbookFile(big); },
        core: async () => { tables = checkGrid(plan, defaultSettings()).length; },
      });
      results.readBig = side.read;
      results.coreBig = { ...side.core, tables };
      log(`   reader median ${side.read.median.toFixed(0)} ms, core median ${side.core.median.toFixed(0)} ms`);
    }
    {
      const grid = yearSourceGrid(100000);
      // The reader on the same form as a file, so the core's figure has its own reader beside it.
      const yearsFile = path.join(work, 'years-100000.xlsx');
      log('== generating the multi-year form of 100000 rows as a workbook');
      await writeGridWorkbook(yearsFile, grid);
      log(`== side by side × ${SIDE_REPS}: the .xlsx reader on the multi-year form, the core checkGrid on it in memory`);
      let findings = 0;
      const side = await timeSideBySide(SIDE_REPS, {
        read: async () => { await readWorkbookFile(yearsFile); },
        core: async () => {
          findings = checkGrid(grid, defaultSettings()).reduce((a, t) => a + t.findings.filter((f) => f.severity !== 'info').length, 0);
        },
      });
      results.readYears = side.read;
      results.coreYears100000 = { ...side.core, findings };
      log(`   reader median ${side.read.median.toFixed(0)} ms, core median ${side.core.median.toFixed(0)} ms (${findings} warnings and errors)`);
    }
    {
      const grid = planGrid(10000);
      log(`== core checkGrid, 10000 rows in memory × ${REPS}`);
      let tables = 0;
      results.core10000 = await timeIt(REPS, async () => {
        tables = checkGrid(grid, defaultSettings()).length;
      });
      results.core10000.tables = tables;
      log(`   median ${results.core10000.median.toFixed(0)} ms`);
    }

    const CELLS = 1000000;
    const moneyTexts = ['3.000 (600/năm)', '1,26 tỷ', '500 triệu đồng', '6.371.620.970 đồng', '2,812,145,000', '35.388,5', 'Công văn số 1383/VP-QT ngày 14/3/2024', '-', '12.000 (năm 2020 giải ngân 3.000)', '2 tỷ VNĐ'];
    const timeTexts = ['2021-2023', '2021 – 2022 (Theo Kế hoạch 123)', '2019, 2020', 'Hàng năm', 'Thực hiện 02 năm/lần', 'Năm đầu tư 2020', 'Cập nhật hàng năm', 'không rõ'];
    const sourceTexts = ['NSĐP (Vốn đầu tư)', 'NSDP', '- NSĐP (Vốn đầu tư): 4.000; - Khác (XHH): 11.000', 'Ngân sách tỉnh', 'Nguồn chi thường xuyên ngân sách tỉnh', 'ODA', 'NSTW, NSĐP'];
    const modeTexts = ['Thuê VNPT', 'Tự đầu tư', 'Đầu tư kết hợp thuê dịch vụ', 'Được Bộ Công an trang bị', 'Đang thử nghiệm', 'Thuê dịch vụ (Viettel)'];
    const period = { from: 2021, to: 2025 };
    const amountOf = (t) => parseMoney(t).value;
    const readers = {
      money: (i) => parseMoney(moneyTexts[i % moneyTexts.length]),
      time: (i) => parseTime(timeTexts[i % timeTexts.length], period),
      sources: (i) => parseSources(sourceTexts[i % sourceTexts.length], amountOf),
      mode: (i) => parseMode(modeTexts[i % modeTexts.length]),
    };
    // 1 million mixed cells: a quarter each.
    results.readers = {};
    for (const [name, fn] of Object.entries(readers)) {
      const n = CELLS / 4;
      const t = await timeIt(1, async () => { for (let i = 0; i < n; i++) fn(i); });
      results.readers[name] = (t.median / n) * 100000;
      log(`== reader ${name}: ${results.readers[name].toFixed(0)} ms per 100k cells`);
    }
    results.readersTotal = Object.values(results.readers).reduce((a, b) => a + b, 0) / 4;

    log(`== the pane on a ${PANE_ROWS}-row plan: the CLI on the file × ${REPS}, then the preview in Chromium`);
    const paneFile = path.join(work, `plan-${PANE_ROWS}.xlsx`);
    await writePlanWorkbook(paneFile, PANE_ROWS);
    results.paneCli = await timeIt(REPS, async () => {
      await cli(['check', paneFile, '--json'], sink);
    });
    log(`   CLI median ${results.paneCli.median.toFixed(0)} ms`);
    buildAddin();
    results.paneLoad = spawnSync('uptime', { encoding: 'utf8' }).stdout.trim().replace(/^.*load average:\s*/, 'load average ');
    results.pane = await require('./bench-pane').benchPane(root, planGrid(PANE_ROWS), { cli: () => cli(['check', paneFile, '--json'], sink), cliFresh: () => runCli(['check', paneFile, '--json']).ms });
    if (results.pane) log(`   pane ${results.pane.check.ms.toFixed(0)} ms, longest pane task ${results.pane.check.longestPaneTaskMs.toFixed(0)} ms, ${results.pane.check.domNodes} DOM nodes`);

    results.consolidate = await benchConsolidate(work, cli);

    results.maxRssMB = process.resourceUsage().maxRSS / 1024;
    results.heapUsedMB = process.memoryUsage().heapUsed / 1048576;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  results.adapter = await adapterRequests();
  results.bundle = bundleSizes();
  writeReport(results);
}

function fmtT(t) {
  return `${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)})`;
}

function kb(bytes) {
  return `${(bytes / 1000).toLocaleString('en', { maximumFractionDigits: 0 })} kB`;
}

/** The Excel adapter's requests per check: one row per size and step. */
function adapterSection(adapter) {
  if (!adapter) return ['Excel adapter requests: — (build/excel/bench-syncs.js missing)', ''];
  const lines = [
    '## Excel adapter: requests per check',
    '',
    `Through the adapter over the fake Office.js, which refuses any request or response over ${kb(adapter.limit)} as Excel on`,
    'the web does (weighed as UTF-8 JSON). A plan of N items (a missing source every fifth item): read the sheet, mark every',
    'finding (notes for errors and warnings, fills for info), write NS Kiểm tra, NS Tổng hợp and NS Dữ liệu, clear the marks.',
    'The check runs in the pane and sends nothing. Time is the fake\'s and the adapter\'s work in Node, not Excel\'s.',
    '',
    '| rows | findings | step | syncs | largest request | largest response | time |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const size of adapter.sizes) {
    for (const s of size.steps) {
      const what = s.step === 'mark' ? `mark (${size.markedCells.toLocaleString('en')} cells)` : s.step;
      lines.push(`| ${size.rows.toLocaleString('en')} | ${size.findings.toLocaleString('en')} | ${what} | ${s.syncs} | ${kb(s.sent)} | ${kb(s.received)} | ${s.ms} ms |`);
    }
  }
  const largest = Math.max(...adapter.sizes.flatMap((z) => z.steps.flatMap((s) => [s.sent, s.received])));
  lines.push('', `Largest request or response of the whole run: ${kb(largest)} (limit ${kb(adapter.limit)}).`, '');
  return lines;
}

/** The consolidate section: one run over UNITS unit files beside the sum of single checks. */
function consolidateReport(c) {
  if (!c) return [];
  return [
    '', `## consolidate: ${c.units} unit files of ${c.rows} rows`, '',
    '| what | wall time | CPU time (all threads) |', '|---|---|---|',
    `| ${c.units} single \`check --json\` runs, one after another (sum) | ${c.checks.median.toFixed(0)} ms | ${c.checks.cpu.toFixed(0)} ms |`,
    `| \`consolidate --json\` over the same files, ${c.jobs} threads (main + ${c.jobs - 1} worker) | ${fmtT(c.consolidate)} | ${c.consolidate.cpu.toFixed(0)} ms |`,
    `| consolidate ÷ sum of checks (target ≤ 1×) | ${(c.consolidate.median / c.checks.median).toFixed(2)}× | ${(c.consolidate.cpu / c.checks.cpu).toFixed(2)}× |`,
    `| \`consolidate --json --jobs 1\` (one thread) | ${c.consolidate1.median.toFixed(0)} ms | ${c.consolidate1.cpu.toFixed(0)} ms |`,
    `| peak RSS of \`consolidate --json\` (own process), 100 files | ${c.rss100} MB | |`,
    `| peak RSS of \`consolidate --json\` (own process), ${c.units} files | ${c.rssAll} MB | |`,
    `| \`consolidate --out\` (own process), ${c.units} files: time, peak RSS, file written | ${c.out.ms} ms, ${c.out.rssMB} MB, ${(c.out.bytes / 1048576).toFixed(1)} MB | |`,
    '', `Consolidate exited ${c.exit}. Each file is read (src/xlsx) and checked as \`check\` does; a thread holds one file's`,
    'grids at a time and keeps a digest of it (plain data), so memory grows with the rows consolidated, not with the grids.',
    '`--out` writes a new workbook through src/xlsx/write.ts (each sheet streamed from its plan into deflate).',
    `Load average (1 min) at the end of these runs: ${c.load.toFixed(1)} on ${c.jobs} cores; wall times on a shared machine are`,
    'what we waited for a core, the CPU column what the work cost.',
  ];
}

function writeReport(r) {
  const cpu = os.cpus()[0];
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.js); numbers from the last run on the machine below.',
    'Medians of repeated runs in one Node process after untimed warm-up runs; the workbook is generated fresh each run.',
    `The 50,000-row figures come from ${SIDE_REPS} rounds side by side (ExcelJS, our reader, our check in turn, after 2 warm-up`,
    'rounds), then the same read and check once each in a fresh process, as an officer runs them (timed from the first call,',
    'modules loaded).',
    '',
    `- Machine: ${cpu ? cpu.model : 'unknown CPU'}, ${os.cpus().length} cores, ${mb(os.totalmem())} MB memory`,
    `- Node ${process.version} on ${os.platform()} ${os.release()}`,
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Repetitions: ${REPS}`,
    '',
    '| what | size | time |',
    '|---|---|---|',
    `| bare ExcelJS \`readFile\` | ${ROWS.toLocaleString('en')} rows, ${(r.fileBytes / 1048576).toFixed(1)} MB | ${fmtT(r.excelRead)} |`,
    `| \`ngansach check --json\` (read + check + JSON, in process) | same file | ${fmtT(r.cliCheck)} |`,
    `| check over the bare read (target ≤ 0.5×) | | ${(r.cliCheck.median / r.excelRead.median).toFixed(2)}× |`,
    `| the .xlsx reader alone (src/xlsx: Grids of every sheet) | same file | ${fmtT(r.readerRead)} |`,
    `| reader over the bare ExcelJS read | | ${(r.readerRead.median / r.excelRead.median).toFixed(2)}× |`,
    `| bare ExcelJS \`readFile\`, a fresh process each, its first read | same file | ${fmtT(r.excelFresh)} |`,
    `| \`ngansach check --json\`, a fresh process each, its first check | same file | ${fmtT(r.checkFresh)} |`,
    `| first check over first read (fresh processes) | | ${(r.checkFresh.median / r.excelFresh.median).toFixed(2)}× |`,
    `| \`ngansach check\` (own process; time, peak RSS) | ${r.outRows.toLocaleString('en')} rows, ${(r.outFileBytes / 1048576).toFixed(1)} MB | ${median(r.outRuns.check.map((x) => x.ms)).toFixed(0)} ms, ${Math.max(...r.outRuns.check.map((x) => x.rssMB))} MB |`,
    `| \`ngansach check --out\` (own process; time, peak RSS) | same file → ${(r.outBytes / 1048576).toFixed(1)} MB copy | ${median(r.outRuns.out.map((x) => x.ms)).toFixed(0)} ms, ${Math.max(...r.outRuns.out.map((x) => x.rssMB))} MB |`,
    `| --out over check (target ≤ 2×, under 1 GB) | | ${(median(r.outRuns.out.map((x) => x.ms)) / median(r.outRuns.check.map((x) => x.ms))).toFixed(2)}× |`,
    `| core \`checkGrid\`, grid in memory | 10,000 rows | ${fmtT(r.core10000)} |`,
    `| core \`checkGrid\`, the same plan in memory (side by side with the reader below) | ${r.outRows.toLocaleString('en')} rows | ${fmtT(r.coreBig)} |`,
    `| the .xlsx reader alone (the grid the core gets), same plan | ${r.outRows.toLocaleString('en')} rows | ${fmtT(r.readBig)} |`,
    `| core over the reader, side by side (target ≤ 1×) | ${r.outRows.toLocaleString('en')} rows | ${(r.coreBig.median / r.readBig.median).toFixed(2)}× |`,
    `| core \`checkGrid\`, multi-year form (5 year + 3 source columns, merged 2-row header) | 100,000 rows | ${fmtT(r.coreYears100000)} |`,
    `| the .xlsx reader alone, the same multi-year form as a workbook | 100,000 rows | ${fmtT(r.readYears)} |`,
    `| multi-year core over its own reader, side by side (target ≤ 1×); over the plan's reader | 100,000 rows | ${(r.coreYears100000.median / r.readYears.median).toFixed(2)}×; ${r.outRows === 100000 ? `${(r.coreYears100000.median / r.readBig.median).toFixed(2)}×` : '—'} |`,
    `| money reader | per 100k cells | ${r.readers.money.toFixed(0)} ms |`,
    `| time reader | per 100k cells | ${r.readers.time.toFixed(0)} ms |`,
    `| source reader | per 100k cells | ${r.readers.sources.toFixed(0)} ms |`,
    `| mode reader | per 100k cells | ${r.readers.mode.toFixed(0)} ms |`,
    `| the four readers over 1,000,000 mixed cells | per 100k cells (mean) | ${r.readersTotal.toFixed(0)} ms |`,
    `| memory | peak RSS after the 50,000-row reads and checks | ${r.rssAfterRead.toFixed(0)} MB |`,
    `| memory | peak RSS of the whole run (incl. 100k-row grid) | ${r.maxRssMB.toFixed(0)} MB |`,
    `| memory | heap used at the end | ${r.heapUsedMB.toFixed(0)} MB |`,
  ];
  if (r.bundle) {
    const total = r.bundle.reduce((a, f) => a + f.bytes, 0);
    const totalGz = r.bundle.reduce((a, f) => a + f.gzip, 0);
    lines.push(`| built add-in (dist/, js+css+html) | ${r.bundle.length} files | ${(total / 1024).toFixed(0)} KiB, ${(totalGz / 1024).toFixed(0)} KiB gzipped |`);
    for (const f of r.bundle.slice(0, 6)) lines.push(`| &nbsp;&nbsp;${f.file} | | ${(f.bytes / 1024).toFixed(0)} KiB, **${(f.gzip / 1024).toFixed(1)} KiB gzipped** |`);
  } else {
    lines.push('| task pane bundle size | — | — (run `npm run build` first) |');
  }
  lines.push(...require('./bench-pane').paneReport(r));
  lines.push(...consolidateReport(r.consolidate));
  lines.push('', `The full check exited ${r.cliExit} on the generated plan (its split-source rows carry findings by design).`, '');
  lines.push(
    '`ngansach check` reads the .xlsx with the one reader (src/xlsx: the package streamed through zlib and a linear XML',
    'scanner, sparse cells, Grids of the block that holds data; tested against ExcelJS as an oracle). `--out` adds the',
    'result sheets to a copy of the user\'s own package (src/xlsx/write.ts): the data sheet is streamed from the core',
    'into deflate, every other part of the user\'s file is copied with its compressed bytes. The machine runs other',
    'jobs too: compare rows of one run, not runs.', '',
  );
  lines.push(...adapterSection(r.adapter));
  fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), lines.join('\n'));
  log('== wrote BENCHMARKS.md');
}

/**
 * BENCH_ONLY=consolidate: only the consolidate section, run on its own and put in place of the
 * same section of BENCHMARKS.md (the other sections keep the figures of their last run).
 */
async function onlyConsolidate() {
  compile();
  const { main: cli } = require(build('cli/main.js'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ngansach-bench-'));
  let lines;
  try {
    lines = consolidateReport(await benchConsolidate(work, cli));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const file = path.join(root, 'BENCHMARKS.md');
  const text = fs.readFileSync(file, 'utf8');
  // The section runs from its heading to its last line (what follows it is another section's).
  const last = lines[lines.length - 1];
  const start = text.indexOf('\n## consolidate:');
  const end = start < 0 ? -1 : text.indexOf(last, start);
  const section = lines.join('\n');
  const updated = end < 0 ? `${text}${section}\n` : text.slice(0, start) + section + text.slice(end + last.length);
  fs.writeFileSync(file, updated);
  log('== wrote the consolidate section of BENCHMARKS.md');
}

if (require.main === module) {
  (process.env.BENCH_ONLY === 'consolidate' ? onlyConsolidate() : main()).catch((err) => {
    process.stderr.write(`bench failed: ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  });
}

module.exports = { runCli, writePlanWorkbook, planGrid: typeof planGrid === 'function' ? planGrid : undefined, yearSourceGrid, benchConsolidate };
