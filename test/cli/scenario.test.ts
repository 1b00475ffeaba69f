// `ngansach scenario` end to end: text and JSON output, the example workbook as input, the
// "NS Phương án" sheet recalculated by LibreOffice (every formula must give the engine's value),
// and bad input: exit 2, one line naming the fields, nothing written.
import * as fs from 'fs';
import { stdinOf } from './run';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { describeWithLibreOffice, recalculate, RecalcValue } from '../helpers/recalc';
import { rawWith } from '../core/scenario/helpers';

const EXAMPLE_JSON = path.resolve(__dirname, '../../examples/scenario-soc.json');
const EXAMPLE_XLSX = path.resolve(__dirname, '../../examples/scenario-soc.xlsx');
const SHEET = 'NS Phương án';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ngansach-scenario-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { out: (t) => { out += t; }, err: (t) => { err += t; }, stdinLines: stdinOf('') };
  const code = await main(['scenario', ...args], io);
  return { code, out, err };
}

function writeJson(name: string, raw: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(raw));
  return file;
}

type Cached = Map<string, RecalcValue>;

/** Formula cells of the result sheet with the values the engine cached in them. */
async function cachedFormulas(file: string): Promise<Cached> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEET);
  if (!ws) throw new Error(`no ${SHEET} sheet in ${file}`);
  const cells: Cached = new Map();
  ws.eachRow((row) => row.eachCell((cell) => {
    const v = cell.value as ExcelJS.CellFormulaValue | null;
    if (v && typeof v === 'object' && 'formula' in v) {
      const r = v.result;
      cells.set(cell.address, typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean' ? r : null);
    }
  }));
  return cells;
}

function same(engine: RecalcValue, office: RecalcValue): boolean {
  if (typeof engine === 'number' && typeof office === 'number') {
    // The engine is exact decimal, LibreOffice is double: equal to 1e-9 relative.
    return Math.abs(engine - office) <= 1e-9 * Math.max(1, Math.abs(engine));
  }
  const blank = (v: RecalcValue) => v === null || v === '';
  if (blank(engine) && blank(office)) return true;
  return engine === office;
}

/** Recalculates in LibreOffice and returns the cells where it disagrees with the engine. */
async function disagreements(file: string): Promise<{ count: number; bad: string[] }> {
  const engine = await cachedFormulas(file);
  const office = (await recalculate(file)).get(SHEET)!;
  const bad: string[] = [];
  for (const [address, value] of engine) {
    const lo = office.get(address);
    if (lo === undefined || !same(value, lo)) bad.push(`${address}: engine ${String(value)}, LibreOffice ${String(lo)}`);
  }
  return { count: engine.size, bad };
}

describe('output', () => {
  it('prints a Vietnamese summary and exits 0', async () => {
    const r = await run(EXAMPLE_JSON);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('Hệ thống SOC tỉnh');
    expect(r.out).toContain('tổng mức đầu tư V = 10.710 triệu đồng');
    expect(r.out).toMatch(/Kết quả: (THUÊ|ĐẦU TƯ) rẻ hơn/);
    expect(r.out).toContain('PROCEDURE_HINT');
  });
  it('--lang en', async () => {
    const r = await run(EXAMPLE_JSON, '--lang', 'en');
    expect(r.out).toContain('total investment V = 10,710 triệu đồng');
  });
  it('--json follows the contract', async () => {
    const r = await run(writeJson('contract.json', rawWith()), '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.invest).toMatchObject({ total: '13110', totalInvestment: '10710' });
    // The lease starts at acceptance (end of 2026) and runs 5 years: the table reaches 2031.
    expect(Object.keys(json.invest.byYear)).toEqual(['2026', '2027', '2028', '2029', '2030', '2031']);
    expect(json.ruleSet).toBe('nd73-2019');
    expect(json.ruleSetInfo.why).toBe('theo ngày 01/01 của năm bắt đầu (không có decisionDate) 01/01/2026');
    expect(json.lease.periods).toBe(20);
    expect(['invest', 'lease', 'equal']).toContain(json.cheaper);
    expect(Number(json.difference)).toBeCloseTo(Number(json.lease.pv) - Number(json.invest.pv), 5);
    expect(json.sensitivity.discountRate.map((p: { rate: string }) => p.rate)).toEqual(['0.05', '0.07', '0.09']);
  });
  it('reads the officer-fillable example workbook like the JSON it mirrors', async () => {
    const fromXlsx = JSON.parse((await run(EXAMPLE_XLSX, '--json')).out);
    const fromJson = JSON.parse((await run(EXAMPLE_JSON, '--json')).out);
    delete fromXlsx.file;
    delete fromJson.file;
    expect(fromXlsx).toEqual(fromJson);
  });
});

describeWithLibreOffice('NS Phương án: live formulas recalculated by LibreOffice', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['the CONTRACT example (custom lease, paid at period end)', rawWith()],
    ['paid in advance, given residual, 2 build years with escalation, yearly costs growing', rawWith({
      horizonYears: 6,
      invest: { buildYears: 2, escalationRate: '0.04', contingencyRate: '0.08', annualOperatingCost: '450.5' },
      lease: { payment: 'start', residualValue: '1000', periodsPerYear: 12, termYears: 4, annualAdminCost: '80',
        annualMaintenanceCost: '35', otherCost: '60', escalationRate: '0.05' },
    })],
    ['a market lease longer than the horizon', rawWith({
      horizonYears: 3,
      lease: { availability: 'market', marketPricePerYear: '2600', termYears: 5, escalationRate: '0.06', annualAdminCost: '20' },
    })],
    ['monthly in advance, N from three banks, the lessor\'s life, the five-part estimate, sources', rawWith({
      horizonYears: 6, decisionDate: '2026-09-15',
      invest: { source: 'NSTW', operatingSource: 'NSĐP', documentType: 'feasibility' },
      lease: {
        periodsPerYear: 12, payment: 'start', depositRate: null, lessorUsefulLifeYears: 7, managementCost: '150', consultingCost: '80',
        otherEstimateCost: '40', contingencyRate: '0.05', annualAdminCost: '60', escalationRate: '0.04', source: 'NSĐP',
        depositRates: [{ bank: 'Vietcombank', oneYear: '0.048', term: '0.052' }, { bank: 'BIDV', oneYear: '0.05', term: '0.055' }, { bank: 'VietinBank', oneYear: '0.047', term: '0.058' }],
      },
    })],
    ['the old conventions: year-end discounting, lease from year one, no residual credit', rawWith({
      invest: { buildYears: 2 }, horizonYears: 6,
      lease: { payment: 'start', periodsPerYear: 2 },
      compare: { residualCredit: false, discounting: 'year-end', sameServiceYears: false },
    })],
    ['a market lease paid in advance, 2 build years, residual credited', rawWith({
      horizonYears: 7,
      invest: { buildYears: 2, escalationRate: '0.05' },
      lease: { availability: 'market', marketPricePerYear: '2500', termYears: 5, payment: 'start', escalationRate: '0.03', otherCost: '100', managementCost: '50' },
    })],
  ];
  it.each(cases)('%s: every formula equals the engine', async (_name, raw) => {
    const input = writeJson(`case-${Math.random().toString(36).slice(2)}.json`, raw);
    const out = path.join(dir, `${path.basename(input, '.json')}.xlsx`);
    const r = await run(input, '--out', out);
    expect(r.code).toBe(0);
    const { count, bad } = await disagreements(out);
    expect(count).toBeGreaterThan(60);
    expect(bad).toEqual([]);
  });

  it('the sheet uses PMT with residual and timing, NPV, and reacts to a changed input', async () => {
    const out = path.join(dir, 'live.xlsx');
    expect((await run(EXAMPLE_JSON, '--out', out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(SHEET)!;
    const formulas: string[] = [];
    let discountCell = '';
    ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value as ExcelJS.CellFormulaValue;
      if (v && typeof v === 'object' && 'formula' in v) formulas.push(v.formula);
      if (cell.value === 'discountRate') discountCell = `B${cell.row}`;
    }));
    expect(formulas.some((f) => /^PMT\([^,]+,[^,]+,-\$B\$\d+,[^,]+,\$B\$\d+\)\*\(1\+\$B\$\d+\)$/.test(f))).toBe(true);
    expect(formulas.some((f) => f.startsWith('NPV('))).toBe(true);
    expect(ws.pageSetup.orientation).toBe('landscape');

    // An officer changes the discount rate from 7% to 9%: the sheet's difference must become the
    // engine's sensitivity at +2 points.
    ws.getCell(discountCell).value = 0.09;
    const changed = path.join(dir, 'live-9.xlsx');
    await wb.xlsx.writeFile(changed);
    const json = JSON.parse((await run(EXAMPLE_JSON, '--json')).out);
    const at9 = Number(json.sensitivity.discountRate[2].difference);
    const office = (await recalculate(changed)).get(SHEET)!;
    const labels = new Map<string, string>();
    ws.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'string') labels.set(cell.value, cell.address); }));
    const diffLabel = labels.get('Chênh lệch (thuê − đầu tư)')!;
    const diffCell = `B${diffLabel.replace(/^[A-Z]+/, '')}`;
    expect(office.get(diffCell)).toBeCloseTo(at9, 5);
  });

  it('xlsx input: a copy of the workbook with the sheet added; re-running replaces only that sheet', async () => {
    const first = path.join(dir, 'from-xlsx.xlsx');
    expect((await run(EXAMPLE_XLSX, '--out', first)).code).toBe(0);
    const second = path.join(dir, 'from-xlsx-again.xlsx');
    expect((await run(first, '--out', second)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Phương án', SHEET]);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(EXAMPLE_XLSX);
    expect(wb.getWorksheet('Phương án')!.getCell('C12').value).toEqual(original.getWorksheet('Phương án')!.getCell('C12').value);
    const { bad } = await disagreements(second);
    expect(bad).toEqual([]);
  });
});

describe('bad input: exit 2, one line, nothing written', () => {
  const out = () => path.join(dir, `never-${Math.random().toString(36).slice(2)}.xlsx`);
  async function refused(args: string[], pattern: RegExp): Promise<void> {
    const target = out();
    const r = await run(...args, '--out', target);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(pattern);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }
  it('missing file', () => refused([path.join(dir, 'nope.json')], /nope\.json: no such file/));
  it('invalid JSON', () => {
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, '{"name": ');
    return refused([file], /broken\.json: not valid JSON/);
  });
  it('field errors, all of them, each named for an officer: Vietnamese first, then English', () => refused(
    [writeJson('fields.json', rawWith({ lease: { termYears: 0 }, invest: { costs: { thietBi: 'abc', tuVan: '-5' } } }))],
    /^ngansach scenario: .*fields\.json: Chi phí thiết bị, phần mềm \(invest\.costs\.thietBi\) không phải là số \("abc"\); Chi phí tư vấn \(invest\.costs\.tuVan\) không được âm \(đang là -5\); Thời hạn thuê \(năm\) \(lease\.termYears\) phải là số nguyên từ 1 đến 50 \(đang là 0\) \/ Equipment and software cost \(invest\.costs\.thietBi\) is not a number \("abc"\); Consulting cost \(invest\.costs\.tuVan\) must not be negative \(got -5\); Lease term \(years\) \(lease\.termYears\) must be a whole number from 1 to 50 \(got 0\)$/m,
  ));
  it('missing fields', () => {
    const raw = rawWith();
    delete raw.startYear;
    delete (raw.lease as Record<string, unknown>).depositRate;
    return refused([writeJson('missing.json', raw)], /Năm bắt đầu \(startYear\) chưa có; Lãi suất tiền gửi bình quân \(N\) \(lease\.depositRate\) chưa có \/ Start year/);
  });
  it('a bad cell in the workbook is named by its address', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE_XLSX);
    const ws = wb.getWorksheet('Phương án')!;
    let target = '';
    ws.eachRow((row) => { if (row.getCell(2).value === 'lease.termYears') target = `C${row.number}`; });
    ws.getCell(target).value = 'năm năm';
    const file = path.join(dir, 'bad-cell.xlsx');
    await wb.xlsx.writeFile(file);
    await refused([file], new RegExp(`Thời hạn thuê \\(năm\\) \\(lease\\.termYears, 'Phương án'!${target}\\) không phải là số`));
  });
  it('"constructor" or "__proto__" as the kind of lease: refused with the field named, not a lease of 0 (issue 9)', async () => {
    for (const word of ['constructor', '__proto__']) {
      await refused([writeJson(`proto-${word}.json`, rawWith({ lease: { availability: word } }))], /Loại dịch vụ thuê \(lease\.availability\) phải là custom/);
    }
  });
  it('an amount beyond any budget: refused, the limit said', () => refused(
    [writeJson('huge-amount.json', rawWith({ lease: { buildCost: '99999999999999999999' } }))],
    /lease\.buildCost\) vượt quá mức một ngân sách có thể có: tối đa 1\.000\.000\.000 triệu đồng/,
  ));
  it('a 100 MB scenario file: one line before anything is parsed, exit 2', async () => {
    const file = path.join(dir, 'huge.json');
    const fd = fs.openSync(file, 'w');
    fs.ftruncateSync(fd, 100 * 1024 * 1024);
    fs.closeSync(fd);
    await refused([file], /huge\.json: tệp quá lớn \(100 MB\) cho một phương án; tối đa 1 MB \/ .*too large \(100 MB\) for a scenario; at most 1 MB/);
    fs.rmSync(file);
  });
  it('a workbook without a scenario sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'hello';
    const file = path.join(dir, 'empty.xlsx');
    await wb.xlsx.writeFile(file);
    await refused([file], /no scenario sheet found/);
  });
  it('a file that is not a workbook', () => {
    const file = path.join(dir, 'fake.xlsx');
    fs.writeFileSync(file, 'not a zip');
    return refused([file], /not an \.xlsx file/);
  });
  it('--out onto the input itself', async () => {
    const copy = path.join(dir, 'self.xlsx');
    fs.copyFileSync(EXAMPLE_XLSX, copy);
    const r = await run(copy, '--out', copy);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không ghi đè tệp gốc \/ will not overwrite the input/);
  });
  it('wrong arguments', async () => {
    expect((await run()).code).toBe(2);
    expect((await run(EXAMPLE_JSON, '--lang', 'fr')).code).toBe(2);
    expect((await run(EXAMPLE_JSON, '--sheet', 'x')).code).toBe(2);
    expect((await run(path.join(dir, 'plan.csv'))).code).toBe(2);
  });
});
