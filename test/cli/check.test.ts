// `ngansach check` end to end through main(): the fixtures' known totals, the JSON contract,
// the report, exit codes and every kind of unusable input.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { Decimal } from '../../src/core/decimal';
import { writeSheets } from '../helpers/sheets';
import { SMALL_PLAN, tempDir, writePlanWorkbook } from '../helpers/workbooks';
import { FIXTURE_II, FIXTURE_III, run } from './run';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

interface J {
  file: string;
  tables: {
    sheet: string; range: string; headerRow: number; unit: string; period: { from: number; to: number } | null;
    rows: { row: number; stt: string; kind: string; amount: string | null; computed: string | null; allocation: Record<string, string>; sources: { code: string }[] }[];
    summary: { total: string; statedTotal: string | null; bySource: Record<string, string>; byType: Record<string, string>; byYear: Record<string, string>; byYearSource: Record<string, Record<string, string>> };
    findings: { code: string; severity: string; cell: string | null; related: string[] }[];
  }[];
}

async function checkJson(...args: string[]): Promise<{ code: number; json: J }> {
  const r = await run(['check', ...args, '--json']);
  expect(r.err).toBe('');
  return { code: r.code, json: JSON.parse(r.out) as J };
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

describe('check: the fixtures add up to the plan’s own figures', () => {
  it('PL II: sections, total and sources', async () => {
    const { json } = await checkJson(FIXTURE_II);
    expect(json.tables).toHaveLength(1);
    const t = json.tables[0];
    expect(t.sheet).toBe('PL II');
    expect(t.unit).toBe('triệu đồng');
    expect(t.period).toEqual({ from: 2016, to: 2020 });
    expect(t.rows.filter((r) => r.kind === 'item')).toHaveLength(77);
    const sections = Object.fromEntries(t.rows.filter((r) => r.kind === 'section' && /^[IV]+$/.test(r.stt)).map((r) => [r.stt, r.computed]));
    expect(sections).toEqual({ I: '168686.5', II: '10838', III: '2031.1', IV: '7714.9' });
    expect(t.summary.total).toBe('189270.5');
    expect(t.summary.statedTotal).toBe('189270.5');
    expect(t.summary.bySource.NSĐP).toBe('180354.5');
    expect(t.summary.bySource.NSTW).toBe('8916');
  });

  it('PL III: 87.751, all NSĐP', async () => {
    const { json } = await checkJson(FIXTURE_III);
    const t = json.tables[0];
    expect(t.summary.total).toBe('87751');
    expect(t.summary.bySource.NSĐP).toBe('87751');
    expect(t.summary.bySource.NSTW).toBe('0');
  });

  it('the text report shows the totals the way officers write them', async () => {
    const r = await run(['check', FIXTURE_II]);
    expect(r.err).toBe('');
    expect(r.out).toContain('189.270,5');
    expect(r.out).toMatch(/NSĐP\s+180\.354,5/);
    expect(r.out).toMatch(/NSTW\s+8\.916/);
    expect(r.out).toContain('Tổng theo nguồn vốn');
    expect(r.out).toContain('PL II!A5:');
    for (const line of r.out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--lang en writes the report in English', async () => {
    const r = await run(['check', FIXTURE_II, '--lang', 'en']);
    expect(r.out).toContain('Totals by funding source');
    expect(r.out).toContain('189,270.5');
    expect(r.out).not.toContain('Tổng theo nguồn vốn');
    // The fixture's counts, as the Vietnamese report gives them ("0 lỗi, 1 cảnh báo, 11 thông tin"):
    // one warning is "1 warning" (before: "1 warnings").
    expect(r.out).toContain('Findings: 0 errors, 1 warning, 11 info');
  });

  it('exit status follows the error findings', async () => {
    const { code, json } = await checkJson(FIXTURE_II);
    const errors = json.tables.flatMap((t) => t.findings).filter((f) => f.severity === 'error').length;
    expect(code).toBe(errors > 0 ? 1 : 0);
  });
});

describe('check --json: the contract shape', () => {
  it('amounts are plain decimal strings, years string keys, all source and type keys present', async () => {
    const file = tmp.file('small.xlsx');
    await writePlanWorkbook(file, SMALL_PLAN);
    const { code, json } = await checkJson(file);
    expect(code).toBe(0);
    expect(json.file).toBe(file);
    const t = json.tables[0];
    // The contract grows only by adding: every field it has ever named is there.
    expect(Object.keys(t)).toEqual(expect.arrayContaining(['findings', 'headerRow', 'period', 'range', 'rows', 'sheet', 'summary', 'unit', 'columns']));
    expect(Object.keys(t.rows[0])).toEqual(expect.arrayContaining(
      ['allocation', 'amount', 'amountPer', 'amountText', 'computed', 'kind', 'mode', 'name', 'parentRow', 'row', 'sources', 'stt', 'time',
        'years', 'allocationBasis', 'place', 'system']));
    expect(Object.keys(t.summary.bySource)).toEqual(['NSTW', 'NSĐP', 'ODA', 'Khác', 'Chưa rõ']);
    expect(Object.keys(t.summary.byType)).toEqual(['ĐTPT', 'CTX', 'Chưa rõ']);
    for (const v of [t.summary.total, ...Object.values(t.summary.bySource), ...Object.values(t.summary.byType), ...Object.values(t.summary.byYear)]) {
      expect(v).toMatch(DECIMAL);
    }
    for (const y of Object.keys(t.summary.byYear)) expect(y).toMatch(/^\d{4}$/);
    // Hand-computed (see SMALL_PLAN): I 6.500, II 2.000,5, total 8.500,5; NSĐP 7.300, NSTW 1.200,5.
    expect(t.summary.total).toBe('8500.5');
    expect(t.summary.bySource.NSĐP).toBe('7300');
    expect(t.summary.bySource.NSTW).toBe('1200.5');
    // 1.000 over 2021-2022 = 500 a year; "3.000 (600/năm)" Hàng năm = 600 in each of 2021-2025.
    const lgsp = t.rows.find((r) => r.amount === '1000');
    expect(lgsp?.allocation).toEqual({ 2021: '500', 2022: '500' });
    const soc = t.rows.find((r) => r.amount === '3000');
    expect(soc?.allocation).toEqual({ 2021: '600', 2022: '600', 2023: '600', 2024: '600', 2025: '600' });
    // 2021: 500 + 600 + 200 (800 over 2021-2024) = 1.300
    expect(t.summary.byYear['2021']).toBe('1300');
    expect(t.summary.byYearSource['2023']).toEqual({ NSTW: '1200.5', NSĐP: '800' });
  });

  it('a wrong subtotal is an error finding and exit 1', async () => {
    const file = tmp.file('wrong.xlsx');
    const rows = SMALL_PLAN.map((r, i) => (i === 0 ? { ...r, amount: 6400 } : r));
    const layout = await writePlanWorkbook(file, rows);
    const { code, json } = await checkJson(file);
    expect(code).toBe(1);
    const f = json.tables[0].findings.find((x) => x.code === 'SUBTOTAL_MISMATCH');
    expect(f?.cell).toBe(layout.amountCell(0));
  });

  it('--sheet, --period and --unit are honoured', async () => {
    const file = tmp.file('two.xlsx');
    const wb = new ExcelJS.Workbook();
    const { addPlanSheet } = await import('../helpers/workbooks');
    addPlanSheet(wb, SMALL_PLAN, { sheet: 'PL IV' });
    addPlanSheet(wb, SMALL_PLAN.slice(4), { sheet: 'PL V', titles: ['Phụ lục V'], unitLine: null });
    await wb.xlsx.writeFile(file);
    const all = await checkJson(file);
    expect(all.json.tables.map((t) => t.sheet)).toEqual(['PL IV', 'PL V']);
    const one = await checkJson(file, '--sheet', 'PL V', '--period', '2021-2025', '--unit', 'tỷ đồng');
    expect(one.json.tables.map((t) => t.sheet)).toEqual(['PL V']);
    expect(one.json.tables[0].period).toEqual({ from: 2021, to: 2025 });
    expect(one.json.tables[0].unit).toBe('tỷ đồng');
  });
});

describe('check: awkward but usable workbooks', () => {
  it('merged title cells, hidden rows and a #REF! subtotal do not crash', async () => {
    const file = tmp.file('awkward.xlsx');
    const rows = SMALL_PLAN.map((r, i) => (i === 4 ? { ...r, amount: { formula: 'SUM(#REF!)', result: '#REF!' } } : i === 2 ? { ...r, hidden: true } : r));
    const layout = await writePlanWorkbook(file, rows, { merges: ['A1:F1', 'A2:F2'] });
    const r = await run(['check', file, '--json']);
    expect([0, 1]).toContain(r.code);
    const json = JSON.parse(r.out) as J;
    expect(json.tables[0].summary.total).toBe('8500.5');
    // The broken subtotal is named by its cell.
    const cells = json.tables[0].findings.flatMap((f) => [f.cell, ...f.related]);
    expect(cells).toContain(layout.amountCell(4));
  });

  it('a split-source row written as in DOMAIN.md stays part of the table', async () => {
    const file = tmp.file('split.xlsx');
    const rows = [
      ...SMALL_PLAN.slice(0, 7),
      { stt: '3', name: 'Hệ thống họp trực tuyến', time: '2022-2024', amount: 15000, source: '- NSĐP (Vốn đầu tư): 4.000; - Khác (XHH): 11.000' },
      { name: 'Tổng cộng (I + II):', amount: 23500.5 },
    ];
    rows[4] = { ...rows[4], amount: 17000.5 };
    await writePlanWorkbook(file, rows);
    const { code, json } = await checkJson(file);
    expect(json.tables).toHaveLength(1);
    expect(json.tables[0].summary.total).toBe('23500.5');
    expect(json.tables[0].summary.bySource.Khác).toBe('11000');
    expect(code).toBe(0);
  });

  it('SUM formulas with cached results read like the numbers they show', async () => {
    const file = tmp.file('sums.xlsx');
    const rows = SMALL_PLAN.map((r) => (r.stt === 'I' || r.stt === 'II' || !r.stt ? { ...r, amount: undefined } : r));
    await writePlanWorkbook(file, rows, { sumFormulas: true });
    const { json } = await checkJson(file);
    expect(json.tables[0].summary.total).toBe('8500.5');
  });
});

describe('check: unusable input → exit 2, one line, no partial --out', () => {
  async function expectExit2(args: string[], pattern: RegExp): Promise<void> {
    const out = tmp.file(`out-${Math.random().toString(36).slice(2)}.xlsx`);
    const r = await run(['check', ...args, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(pattern);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }

  it('missing file', () => expectExit2([tmp.file('missing.xlsx')], /missing\.xlsx.*not found/));
  it('a directory', () => expectExit2([tmp.dir], /is a directory/));
  it('an empty file', async () => {
    fs.writeFileSync(tmp.file('zero.xlsx'), '');
    await expectExit2([tmp.file('zero.xlsx')], /zero\.xlsx.*empty/);
  });
  it('a text file renamed .xlsx', async () => {
    fs.writeFileSync(tmp.file('text.xlsx'), 'Số thứ tự\tTên dự án\n');
    await expectExit2([tmp.file('text.xlsx')], /text\.xlsx.*not an \.xlsx/);
  });
  it('a password-protected workbook', async () => {
    const buf = Buffer.alloc(1536);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(buf);
    Buffer.from('EncryptedPackage', 'utf16le').copy(buf, 1024);
    fs.writeFileSync(tmp.file('locked.xlsx'), buf);
    await expectExit2([tmp.file('locked.xlsx')], /mật khẩu.*password-protected/);
  });
  it('a sheet that does not exist', () => expectExit2([FIXTURE_II, '--sheet', 'Sheet9'], /no sheet named "Sheet9".*"PL II"/));
  it('a workbook with no budget table', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh bạ');
    ws.addRow(['Họ tên', 'Điện thoại']);
    ws.addRow(['Nguyễn Văn A', '0912 345 678']);
    await wb.xlsx.writeFile(tmp.file('contacts.xlsx'));
    await expectExit2([tmp.file('contacts.xlsx')], /no budget table found.*Số thứ tự.*Tổng mức đầu tư/);
  });
  it('a template whose table has no rows yet: said to be empty, where it stands, not "not found"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('KH');
    ws.addRow(['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026']);
    ws.addRow(['Đơn vị tính: triệu đồng']);
    ws.addRow(['STT', 'Nhiệm vụ', 'Thời gian', 'Kinh phí', 'Nguồn vốn']);
    await wb.xlsx.writeFile(tmp.file('mau-trong.xlsx'));
    await expectExit2([tmp.file('mau-trong.xlsx')], /^ngansach check: mau-trong\.xlsx: bảng ở KH!A3:E3 chưa có dòng số liệu nào \/ the table at KH!A3:E3 has no rows yet$/m);
  });
  it('bad --lang', () => expectExit2([FIXTURE_II, '--lang', 'fr'], /--lang "fr"/));
  it('bad --period', () => expectExit2([FIXTURE_II, '--period', 'sớm'], /--period "sớm".*2021-2025/));
  it('bad --unit', () => expectExit2([FIXTURE_II, '--unit', 'USD'], /--unit "USD"/));
  it('unknown option', () => expectExit2([FIXTURE_II, '--fast'], /unknown option --fast/));
  it('no file given', () => expectExit2([], /missing the workbook/));
  it('--out into a folder that does not exist', async () => {
    const r = await run(['check', FIXTURE_II, '--out', tmp.file('no/such/dir/out.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/folder does not exist/);
  });
  it('--out onto the input itself', async () => {
    const copy = tmp.file('mine.xlsx');
    fs.copyFileSync(FIXTURE_II, copy);
    const before = fs.readFileSync(copy);
    const r = await run(['check', copy, '--out', copy]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/will not overwrite the input/);
    expect(fs.readFileSync(copy).equals(before)).toBe(true);
  });
  it('--out not ending in .xlsx', async () => {
    const r = await run(['check', FIXTURE_II, '--out', tmp.file('out.csv')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/must end in \.xlsx/);
  });
});

// A JS number in a test total would hide exactly the bugs decimal.js is there to prevent.
export function decimalSum(values: (string | number)[]): string {
  return values.reduce<Decimal>((acc, v) => acc.plus(new Decimal(String(v))), new Decimal(0)).toFixed();
}

describe('the report\'s grand total line under a rounded total', () => {
  // 823.456.789 + 45.321.000 + 21.105.500 + 44.494.164 = 934.377.453 đồng; "Làm tròn" states
  // 934.377.000, 453 less: the rounding the line says, not a difference to look into.
  const write = async (name: string, rounded: number) => {
    const file = tmp.file(name);
    await writeSheets(file, [{
      name: 'DT',
      rows: [
        ['DỰ TOÁN KINH PHÍ TRIỂN KHAI PHẦN MỀM QUẢN LÝ VĂN BẢN NĂM 2026'], ['Đơn vị tính: đồng'],
        ['STT', 'Khoản mục chi phí', 'Thành tiền'],
        ['1', 'Chi phí mua sắm phần mềm', 823456789],
        ['2', 'Chi phí đào tạo, chuyển giao', 45321000],
        ['3', 'Chi phí quản lý dự án', 21105500],
        ['4', 'Chi phí dự phòng (5%)', 44494164],
        [null, 'Tổng cộng (làm tròn)', rounded],
      ],
    }]);
    return (await run(['check', file])).out;
  };

  it('says "làm tròn", not "chênh lệch", when the line is right as rounded', async () => {
    expect(await write('lam-tron.xlsx', 934377000)).toContain('Tổng cộng các mục: 934.377.453 (ghi trong bảng: 934.377.000, làm tròn: -453)');
  });

  it('still says "chênh lệch" when the rounded line is wrong (off by a step or more)', async () => {
    // 935.377.000 is 999.547 more: a SUBTOTAL_MISMATCH, and a difference to look into.
    expect(await write('lam-tron-sai.xlsx', 935377000)).toContain('(ghi trong bảng: 935.377.000, chênh lệch: 999.547)');
  });
});
