// `ngansach consolidate` end to end through main(), on the units' workbooks of
// consolidate-workbooks.ts; every expected figure is added up by hand from the rows listed there.
import * as path from 'path';
import type { ConsolidateJSON } from '../../src/core/consolidate';
import { FIXTURE_II, FIXTURE_III } from '../helpers/fixtures';
import { tempDir } from '../helpers/workbooks';
import { UnitFiles, writeUnitFiles } from './consolidate-workbooks';
import { run } from './run';

const tmp = tempDir();
let u: UnitFiles;
beforeAll(async () => {
  u = await writeUnitFiles(tmp.dir);
});
afterAll(() => tmp.cleanup());

async function consolidateJson(...args: string[]): Promise<{ code: number; err: string; json: ConsolidateJSON }> {
  const r = await run(['consolidate', ...args, '--json']);
  return { code: r.code, err: r.err, json: JSON.parse(r.out) as ConsolidateJSON };
}

const all = () => [u.anGiang, u.kienGiang, u.nhieuTinh, u.caMauForm, u.bacLieuForm, u.broken];

describe('many units’ workbooks, one broken', () => {
  let res: Awaited<ReturnType<typeof consolidateJson>>;
  beforeAll(async () => {
    res = await consolidateJson(...all());
  });

  it('skips the broken file with one line and consolidates the rest', () => {
    expect(res.err.trim().split('\n')).toHaveLength(1);
    expect(res.err).toMatch(/hong\.xlsx: không phải tệp \.xlsx/);
    const broken = res.json.files.find((f) => f.file === u.broken);
    expect(broken).toMatchObject({ unit: null, tables: 0, total: null });
    expect(broken?.reason).toMatch(/hong\.xlsx/);
    expect(res.code).toBe(0);
  });

  it('tags every file with its unit: title, sheet names, title', () => {
    const byFile = Object.fromEntries(res.json.files.map((f) => [path.basename(f.file), [f.unit, f.units, f.unitFrom, f.tables]]));
    expect(byFile).toEqual({
      'an-giang.xlsx': ['An Giang', ['An Giang'], 'title', 1],
      'kien-giang.xlsx': ['Kiên Giang', ['Kiên Giang'], 'title', 1],
      'nhieu-tinh.xlsx': [null, ['Cà Mau', 'Bạc Liêu'], 'sheet', 2],
      'ca-mau-he-thong.xlsx': ['Cà Mau', ['Cà Mau'], 'title', 1],
      'bac-lieu-he-thong.xlsx': ['Bạc Liêu', ['Bạc Liêu'], 'title', 1],
      'hong.xlsx': [null, [], null, 0],
    });
  });

  it('totals by unit in triệu đồng (Kiên Giang’s tỷ converted)', () => {
    const j = res.json;
    expect(j.unitOfMoney).toBe('triệu đồng');
    const totals = Object.fromEntries(Object.entries(j.byUnit).map(([k, v]) => [k, v.total]));
    // Bạc Liêu 300 + 1.260; Cà Mau 800 + 1.200 + 2.000 + 500; Kiên Giang 1.500 + 1.000.
    expect(totals).toEqual({ 'An Giang': '3000', 'Bạc Liêu': '1560', 'Cà Mau': '4500', 'Kiên Giang': '2500' });
    expect(j.total.total).toBe('11560');
    expect(j.total.bySource).toEqual({ NSTW: '2300', 'NSĐP': '5500', ODA: '0', 'Khác': '0', 'Chưa rõ': '3760' });
    expect(j.byUnit['Cà Mau'].byType).toEqual({ 'ĐTPT': '1200', CTX: '800', 'Chưa rõ': '2500' });
    expect(j.byUnit['Cà Mau'].byYear).toEqual({ 2021: '800', 2022: '600', 2023: '600' });
    expect(j.files.find((f) => f.file === u.kienGiang)).toMatchObject({ total: '2.5', unitOfMoney: 'tỷ đồng' });
  });

  it('counts the unit forms’ systems by mode and vendor', () => {
    const s = res.json.systems;
    expect(s.IOC).toMatchObject({ units: 2, byMode: { invest: 1, lease: 1, mixed: 0 }, byVendor: { Viettel: 1 } });
    expect(s.IOC.moneyByMode).toMatchObject({ invest: '2000', lease: '1260' });
    expect(s.SOC).toMatchObject({ units: 1, byMode: { lease: 1 }, byVendor: { VNPT: 1 }, moneyByMode: { lease: '500' } });
    expect(s.LGSP).toMatchObject({ units: 2, byMode: { lease: 1, invest: 1 }, byVendor: { VNPT: 1 } });
    expect(s.TTHC.units).toBe(0);
  });

  it('flags the LGSP project An Giang and Kiên Giang both submitted', () => {
    expect(res.json.duplicates).toEqual([{
      name: 'Xây dựng Nền tảng LGSP', amount: '1000',
      cells: [
        { file: u.anGiang, sheet: 'PL IV', cell: u.lgspCells[0], unit: 'An Giang' },
        { file: u.kienGiang, sheet: 'PL IV', cell: u.lgspCells[1], unit: 'Kiên Giang' },
      ],
    }]);
    const dup = res.json.findings.filter((f) => f.code === 'DUPLICATE_ITEM');
    expect(dup.map((f) => f.file)).toEqual([u.anGiang, u.kienGiang]);
  });
});

describe('--provinces 2025', () => {
  it('adds the merged provinces together and lists their members', async () => {
    const { json } = await consolidateJson(...all(), '--provinces', '2025');
    expect(Object.fromEntries(Object.entries(json.byUnit).map(([k, v]) => [k, [v.total, v.members]]))).toEqual({
      'An Giang': ['5500', ['An Giang', 'Kiên Giang']],
      'Cà Mau': ['6060', ['Cà Mau', 'Bạc Liêu']],
    });
    // Cà Mau invests in IOC, Bạc Liêu leases it: the new Cà Mau is one unit with a mixed IOC.
    expect(json.systems.IOC).toMatchObject({ units: 1, byMode: { mixed: 1, invest: 0, lease: 0 }, moneyByMode: { mixed: '3260' } });
    expect(json.provinces?.source).toMatch(/202\/2025\/QH15/);
  });
});

describe('the report for an email', () => {
  it('Vietnamese first: totals by unit, the systems sentence, the duplicate, the skipped file', async () => {
    const r = await run(['consolidate', ...all()]);
    expect(r.out).toMatch(/^ngansach consolidate — 6 tệp: 5 tệp dùng được, 1 tệp bỏ qua/);
    expect(r.out).toMatch(/Cà Mau\s+4\.500/);
    expect(r.out).toMatch(/Cộng\s+11\.560/);
    expect(r.out).toContain('IOC (điều hành thông minh): 2 đơn vị — 1 tự đầu tư, 1 thuê');
    expect(r.out).toContain('"Xây dựng Nền tảng LGSP" (1.000 triệu đồng)');
    expect(r.out).toContain('hong.xlsx');
  });

  it('in English with --lang en', async () => {
    const r = await run(['consolidate', ...all(), '--lang', 'en', '--provinces', '2025']);
    expect(r.out).toMatch(/^ngansach consolidate — 6 files: 5 used, 1 skipped/);
    expect(r.out).toMatch(/An Giang\s+5,500/);
    expect(r.out).toContain('formed from An Giang, Kiên Giang');
    expect(r.out).toContain('IOC (intelligent operations): 1 unit — 1 mixed');
  });
});

describe('arguments and unusable input', () => {
  it('a folder means its workbooks, in name order', async () => {
    const { json } = await consolidateJson(tmp.dir);
    expect(json.files.map((f) => path.basename(f.file))).toEqual([
      'an-giang.xlsx', 'bac-lieu-he-thong.xlsx', 'ca-mau-he-thong.xlsx', 'hong.xlsx', 'kien-giang.xlsx', 'nhieu-tinh.xlsx',
    ]);
  });

  it('a wildcard is expanded (cmd.exe passes it through)', async () => {
    const { json } = await consolidateJson(path.join(tmp.dir, '*-he-thong.xlsx'));
    expect(json.files.map((f) => path.basename(f.file))).toEqual(['bac-lieu-he-thong.xlsx', 'ca-mau-he-thong.xlsx']);
  });

  it('the same file twice is consolidated once', async () => {
    const { json, err } = await consolidateJson(u.anGiang, u.anGiang);
    expect(json.byUnit['An Giang'].total).toBe('3000');
    expect(json.duplicates).toEqual([]);
    expect(err).toMatch(/an-giang\.xlsx: tệp được nêu hai lần/);
  });

  it('exit 2 and one line per file when no file can be used', async () => {
    const r = await run(['consolidate', u.broken, path.join(tmp.dir, 'missing.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/không dùng được tệp nào/);
  });

  it.each([
    [[], /thiếu tệp/],
    [['x.xlsx', '--provinces', '2020'], /chỉ có 2025/],
    [['x.xlsx', '--unit', 'usd'], /không rõ đơn vị/],
    [['x.xlsx', '--lang', 'de'], /vi or en/],
    [['x.xlsx', '--jobs', '0'], /--jobs/],
    [['x.xlsx', '--out', 'y.csv'], /\.xlsx/],
  ])('bad arguments %j: exit 2, one line', async (args, message) => {
    const r = await run(['consolidate', ...args]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });

  it('will not write --out over an input', async () => {
    const r = await run(['consolidate', u.anGiang, '--out', u.anGiang]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không ghi đè tệp đầu vào/);
  });
});

describe('the text report', () => {
  it('cuts a long unit name in the middle, so units named after their files stay apart', async () => {
    // Neither plan names its province in its titles: each unit is its file's name (29 and 30
    // characters, over the column's 26), and the two names differ only at the end.
    const r = await run(['consolidate', FIXTURE_II, FIXTURE_III]);
    const lines = r.out.split('\n');
    expect(lines.find((l) => l.includes('ke-hoach-2016…0-phu-luc-ii '))).toMatch(/189\.270,5\s+8\.916\s+180\.354,5$/);
    expect(lines.find((l) => l.includes('ke-hoach-2016…-phu-luc-iii '))).toMatch(/87\.751\s+0\s+87\.751$/);
  });
});
