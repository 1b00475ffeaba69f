#!/usr/bin/env node
// `npm run bench`: how fast and how big, on this machine, written to BENCHMARKS.md.
// Not a test: numbers vary by machine. Runs the compiled CLI build (build/), so no ts-node.
//   1. a 50.000-row plan workbook: bare ExcelJS readFile vs the full `ngansach check` (read +
//      check + JSON), both in this process, several repetitions, median;
//   2. the core check of 10k and 100k rows already in memory (a Grid built here);
//   3. the money / time / source / mode readers over 1 million mixed cells (ms per 100k);
//   4. memory: peak RSS and heap used;
//   5. slots other parts fill: syncs per check (Excel adapter), task pane bundle size (dist/).
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

function log(text) {
  process.stdout.write(text + '\n');
}

function compile() {
  log('== build (tsc -p tsconfig.bench.json: core, cli, Excel adapter, fake Office.js)');
  // tsc emits even when some other module is mid-edit; what the bench needs must exist.
  spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.bench.json'], { cwd: root, stdio: 'inherit' });
  for (const f of ['cli/main.js', 'cli/xlsx-reader.js', 'core/check.js']) {
    if (!fs.existsSync(build(f))) throw new Error(`build/${f} missing after tsc: fix the build first`);
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function timeIt(reps, fn) {
  const times = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
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

/** Peak RSS (MB) of `ngansach consolidate DIR --json` in a process of its own (worker threads included). */
function consolidateRss(dir) {
  const script = `const {main}=require(${JSON.stringify(build('cli/main.js'))});` +
    `main(['consolidate',${JSON.stringify(dir)},'--json'],{out:()=>{},err:()=>{},readStdin:async()=>''})` +
    `.then((c)=>{process.stdout.write(String(process.resourceUsage().maxRSS/1024)+' '+c)})`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const [rss, code] = r.stdout.trim().split(' ').map(Number);
  if (r.status !== 0 || !Number.isFinite(rss)) throw new Error(`consolidate child failed: ${r.stderr}`);
  return { rss, code };
}

/**
 * UNITS files of UNIT_ROWS rows: the sum of single `check --json` runs on them (in this process,
 * one after another) against one `consolidate --json` over all of them (worker threads, and
 * with --jobs 1 for reference); peak memory of consolidate on 100 files and on all of them.
 */
async function benchConsolidate(work, cli) {
  const sink = { out: () => undefined, err: () => undefined, readStdin: async () => '' };
  const dir = path.join(work, 'units');
  log(`== consolidate: generating ${UNITS} unit files of ${UNIT_ROWS} rows`);
  const files = await writeUnitFiles(dir, UNITS);
  const r = { units: UNITS, rows: UNIT_ROWS, jobs: typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length };
  // CPU time is the whole process's, worker threads included: on a busy machine it says what the
  // work costs when the wall clock only says how long we waited for a core.
  const cpu = async (reps, fn) => {
    const c0 = process.cpuUsage();
    const t = await timeIt(reps, fn);
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
  r.rss100 = consolidateRss(small).rss;
  r.rssAll = consolidateRss(dir).rss;
  log(`== consolidate peak RSS: ${r.rss100.toFixed(0)} MB on 100 files, ${r.rssAll.toFixed(0)} MB on ${UNITS}`);
  return r;
}

// ------------------------------------------------------------------ slots others fill
/** Context.sync() calls per check in the Excel adapter; filled in when the adapter has a counter. */
async function syncsPerCheck() {
  const candidates = ['excel/bench-syncs.js'].map(build).filter((f) => fs.existsSync(f));
  if (!candidates.length) return null;
  const mod = require(candidates[0]);
  return typeof mod.syncsPerCheck === 'function' ? await mod.syncsPerCheck() : null;
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

    log(`== bare ExcelJS readFile × ${REPS}`);
    results.excelRead = await timeIt(REPS, async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
    });
    results.rssAfterRead = process.resourceUsage().maxRSS / 1024;
    log(`   median ${results.excelRead.median.toFixed(0)} ms`);

    log(`== ngansach check --json (in process) × ${REPS}`);
    const sink = { out: () => undefined, err: (t) => process.stderr.write(t), readStdin: async () => '' };
    let exit = null;
    results.cliCheck = await timeIt(REPS, async () => {
      exit = await cli(['check', file, '--json'], sink);
    });
    results.cliExit = exit;
    results.rssAfterCheck = process.resourceUsage().maxRSS / 1024;
    log(`   median ${results.cliCheck.median.toFixed(0)} ms (exit ${exit})`);

    for (const n of [10000, 100000]) {
      const grid = planGrid(n);
      log(`== core checkGrid, ${n} rows in memory × ${REPS}`);
      let tables = 0;
      results[`core${n}`] = await timeIt(REPS, async () => {
        tables = checkGrid(grid, defaultSettings()).length;
      });
      results[`core${n}`].tables = tables;
      log(`   median ${results[`core${n}`].median.toFixed(0)} ms`);
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

    results.consolidate = await benchConsolidate(work, cli);

    results.maxRssMB = process.resourceUsage().maxRSS / 1024;
    results.heapUsedMB = process.memoryUsage().heapUsed / 1048576;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  results.syncs = await syncsPerCheck();
  results.bundle = bundleSizes();
  writeReport(results);
}

function fmtT(t) {
  return `${t.median.toFixed(0)} ms (min ${t.min.toFixed(0)}, max ${t.max.toFixed(0)})`;
}

function writeReport(r) {
  const cpu = os.cpus()[0];
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.js); numbers from the last run on the machine below.',
    'Medians of repeated runs in one Node process; the workbook is generated fresh each run.',
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
    `| check overhead over the bare read | | ${(r.cliCheck.median / r.excelRead.median).toFixed(2)}× |`,
    `| core \`checkGrid\`, grid in memory | 10,000 rows | ${fmtT(r.core10000)} |`,
    `| core \`checkGrid\`, grid in memory | 100,000 rows | ${fmtT(r.core100000)} |`,
    `| money reader | per 100k cells | ${r.readers.money.toFixed(0)} ms |`,
    `| time reader | per 100k cells | ${r.readers.time.toFixed(0)} ms |`,
    `| source reader | per 100k cells | ${r.readers.sources.toFixed(0)} ms |`,
    `| mode reader | per 100k cells | ${r.readers.mode.toFixed(0)} ms |`,
    `| the four readers over 1,000,000 mixed cells | per 100k cells (mean) | ${r.readersTotal.toFixed(0)} ms |`,
    `| memory | peak RSS after the bare reads | ${r.rssAfterRead.toFixed(0)} MB |`,
    `| memory | peak RSS after the CLI checks | ${r.rssAfterCheck.toFixed(0)} MB |`,
    `| memory | peak RSS of the whole run (incl. 100k-row grid) | ${r.maxRssMB.toFixed(0)} MB |`,
    `| memory | heap used at the end | ${r.heapUsedMB.toFixed(0)} MB |`,
    `| Excel adapter: \`context.sync()\` per check | any size | ${r.syncs === null ? '— (filled in by the Excel adapter: syncsPerCheck)' : r.syncs} |`,
  ];
  if (r.bundle) {
    const total = r.bundle.reduce((a, f) => a + f.bytes, 0);
    const totalGz = r.bundle.reduce((a, f) => a + f.gzip, 0);
    lines.push(`| built add-in (dist/, js+css+html) | ${r.bundle.length} files | ${(total / 1024).toFixed(0)} KiB, ${(totalGz / 1024).toFixed(0)} KiB gzipped |`);
    for (const f of r.bundle.slice(0, 6)) lines.push(`| &nbsp;&nbsp;${f.file} | | ${(f.bytes / 1024).toFixed(0)} KiB, **${(f.gzip / 1024).toFixed(1)} KiB gzipped** |`);
  } else {
    lines.push('| task pane bundle size | — | — (run `npm run build` first) |');
  }
  const c = r.consolidate;
  if (c) {
    lines.push(
      '', `## consolidate: ${c.units} unit files of ${c.rows} rows`, '',
      '| what | wall time | CPU time (all threads) |', '|---|---|---|',
      `| ${c.units} single \`check --json\` runs, one after another (sum) | ${c.checks.median.toFixed(0)} ms | ${c.checks.cpu.toFixed(0)} ms |`,
      `| \`consolidate --json\` over the same files, ${c.jobs} threads (main + ${c.jobs - 1} worker) | ${fmtT(c.consolidate)} | ${c.consolidate.cpu.toFixed(0)} ms |`,
      `| consolidate ÷ sum of checks (target ≤ 1×) | ${(c.consolidate.median / c.checks.median).toFixed(2)}× | ${(c.consolidate.cpu / c.checks.cpu).toFixed(2)}× |`,
      `| \`consolidate --json --jobs 1\` (one thread) | ${c.consolidate1.median.toFixed(0)} ms | ${c.consolidate1.cpu.toFixed(0)} ms |`,
      `| peak RSS of consolidate (own process), 100 files | ${c.rss100.toFixed(0)} MB |`,
      `| peak RSS of consolidate (own process), ${c.units} files | ${c.rssAll.toFixed(0)} MB |`,
      '', `Consolidate exited ${c.exit}. Each file is read and checked as \`check\` does; a thread holds one file's grids at a time`,
      'and keeps a digest of it (plain data), so memory grows with the rows consolidated, not with the grids.',
      `Load average (1 min) at the end of these runs: ${c.load.toFixed(1)} on ${c.jobs} cores; wall times on a shared machine are`,
      'what we waited for a core, the CPU column what the work cost.',
    );
  }
  lines.push('', `The full check exited ${r.cliExit} on the generated plan (its split-source rows carry findings by design).`, '');
  lines.push(
    'Without `--out`, `ngansach check` reads the .xlsx with its own reader (src/cli/fast-xlsx: zlib + an XML scanner that',
    'yields the same Grid as the ExcelJS path, proven by differential tests) and falls back to ExcelJS for anything it does',
    'not handle; with `--out` it reads with ExcelJS, whose model it needs to write the copy.', '',
  );
  fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), lines.join('\n'));
  log('== wrote BENCHMARKS.md');
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`bench failed: ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  });
}

module.exports = { writePlanWorkbook, planGrid: typeof planGrid === 'function' ? planGrid : undefined, benchConsolidate };
