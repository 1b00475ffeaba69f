// Consolidating units' tables, with every expected figure worked out by hand from the rows below.
import { buildConsolidationSheets, consolidate, consolidationToJSON } from '../../../src/core/consolidate';
import type { ConsolidateOptions, UnitInput } from '../../../src/core/consolidate';
import { planTable, surveyTable } from './builders';

const VI: ConsolidateOptions = { unit: null, provinces: null, lang: 'vi' };

// An Giang (triệu đồng): LGSP 1.000 NSĐP ĐTPT over 2021-2022, records 2.000 NSTW in 2023 → 3.000.
const anGiang: UnitInput = {
  file: 'data/an-giang.xlsx',
  tables: [planTable('UBND TỈNH AN GIANG', [
    ['I', 'Dự án CNTT', null, 3000, null],
    ['1', 'Xây dựng Nền tảng LGSP', '2021-2022', 1000, 'NSĐP (Vốn đầu tư)'],
    ['2', 'Số hóa hồ sơ', '2023', 2000, 'NSTW'],
    [null, 'Tổng cộng', null, 3000, null],
  ])],
};
// Kiên Giang (tỷ đồng): SOC 1,5 tỷ NSĐP in 2022, and the same LGSP project as An Giang: 1 tỷ
// = 1.000 triệu. Total 2,5 tỷ = 2.500 triệu, all NSĐP.
const kienGiang: UnitInput = {
  file: 'kien-giang.xlsx',
  tables: [planTable('Tỉnh Kiên Giang', [
    ['1', 'Trung tâm giám sát ATTT (SOC)', '2022', 1.5, 'NSĐP'],
    ['2', 'XÂY DỰNG NỀN TẢNG LGSP.', '2024', 1, 'NSĐP'],
  ], 'Tỷ đồng')],
};
// Đà Nẵng (triệu đồng), named only by its file: 800 CTX in 2021 → tips the money unit to triệu.
const daNang: UnitInput = {
  file: 'tp-da-nang.xlsx',
  tables: [planTable(null, [['1', 'Đào tạo kỹ năng số', '2021', 800, 'NSĐP (chi thường xuyên)']])],
};

describe('plans from each province’s own file', () => {
  const r = consolidate([anGiang, kienGiang, daNang], VI);
  const json = consolidationToJSON(r);

  it('tags each file with its unit and says where it was read', () => {
    expect(json.files.map((f) => [f.file, f.unit, f.unitFrom])).toEqual([
      ['data/an-giang.xlsx', 'An Giang', 'title'],
      ['kien-giang.xlsx', 'Kiên Giang', 'title'],
      ['tp-da-nang.xlsx', 'Đà Nẵng', 'file'],
    ]);
  });

  it('converts every amount to the unit most tables use (2 of 3 in triệu đồng)', () => {
    expect(json.unitOfMoney).toBe('triệu đồng');
    expect(json.byUnit['Kiên Giang'].total).toBe('2500');
    expect(json.byUnit['Kiên Giang'].bySource['NSĐP']).toBe('2500');
    // A file's own total stays in the file's own unit.
    expect(json.files[1]).toMatchObject({ total: '2.5', unitOfMoney: 'tỷ đồng' });
  });

  it('totals by unit × source × type × year', () => {
    expect(json.byUnit['An Giang']).toMatchObject({
      total: '3000',
      bySource: { NSTW: '2000', 'NSĐP': '1000', ODA: '0', 'Khác': '0', 'Chưa rõ': '0' },
      byType: { 'ĐTPT': '1000', CTX: '0', 'Chưa rõ': '2000' },
      byYear: { 2021: '500', 2022: '500', 2023: '2000' },
      byYearSource: { 2021: { 'NSĐP': '500' }, 2023: { NSTW: '2000' } },
      members: ['An Giang'],
    });
    expect(json.byUnit['Đà Nẵng'].byType.CTX).toBe('800');
    // 3.000 + 2.500 + 800
    expect(json.total.total).toBe('6300');
    expect(json.total.byYear).toEqual({ 2021: '1300', 2022: '2000', 2023: '2000', 2024: '1000' });
    expect(Object.keys(json.byUnit)).toEqual(['An Giang', 'Đà Nẵng', 'Kiên Giang']);
  });

  it('--unit overrides: everything in tỷ đồng', () => {
    const t = consolidationToJSON(consolidate([anGiang, kienGiang, daNang], { ...VI, unit: 'tỷ đồng' }));
    expect(t.unitOfMoney).toBe('tỷ đồng');
    expect(t.byUnit['An Giang'].total).toBe('3');
    expect(t.total.total).toBe('6.3');
    expect(t.files[0]).toMatchObject({ total: '3000', unitOfMoney: 'triệu đồng' });
  });

  it('flags the LGSP project both provinces submitted (same folded name, 1.000 triệu = 1 tỷ)', () => {
    expect(json.duplicates).toEqual([{
      name: 'Xây dựng Nền tảng LGSP', amount: '1000',
      cells: [
        { file: 'data/an-giang.xlsx', sheet: 'PL IV', cell: 'D7', unit: 'An Giang' },
        { file: 'kien-giang.xlsx', sheet: 'PL IV', cell: 'D7', unit: 'Kiên Giang' },
      ],
    }]);
    const dup = json.findings.filter((f) => f.code === 'DUPLICATE_ITEM');
    expect(dup.map((f) => [f.file, f.cell, f.severity])).toEqual([
      ['data/an-giang.xlsx', 'D7', 'warning'], ['kien-giang.xlsx', 'D7', 'warning'],
    ]);
    expect(dup[0].message).toContain('PL IV!D7 (kien-giang.xlsx)');
    expect(dup[0].message).toContain('1.000 triệu đồng');
    expect(dup[0].related).toEqual(['[kien-giang.xlsx]PL IV!D7']);
    // The duplicate is one more warning in each file's count.
    const alone = consolidationToJSON(consolidate([anGiang, daNang], VI));
    expect(json.files[0].warnings).toBe(alone.files[0].warnings + 1);
  });

  it('keeps every file’s own findings, each with its file and sheet', () => {
    const own = json.findings.filter((f) => f.code !== 'DUPLICATE_ITEM');
    expect(own.length).toBeGreaterThan(0);
    for (const f of own) expect(['data/an-giang.xlsx', 'kien-giang.xlsx', 'tp-da-nang.xlsx']).toContain(f.file);
    expect(own.every((f) => f.sheet === 'PL IV')).toBe(true);
  });
});

describe('without detail (no workbook to write)', () => {
  it('gives the same totals, counts and duplicates, and refuses to plan the workbook', () => {
    const inputs = [anGiang, kienGiang, daNang, { file: 'khao-sat.xlsx', tables: [survey] }];
    const full = consolidate(inputs, VI);
    const light = consolidate(inputs, { ...VI, detail: false });
    expect(consolidationToJSON(light)).toEqual(consolidationToJSON(full));
    expect(full.detail).toBe(true);
    expect(() => buildConsolidationSheets(light)).toThrow(/detail/);
  });
});

describe('--provinces 2025: two provinces that merged', () => {
  const json = consolidationToJSON(consolidate([anGiang, kienGiang, daNang], { ...VI, provinces: '2025' }));

  it('adds Kiên Giang into the new An Giang and lists the members', () => {
    expect(json.byUnit['An Giang']).toMatchObject({
      total: '5500', members: ['An Giang', 'Kiên Giang'], membersFound: ['An Giang', 'Kiên Giang'],
      bySource: { NSTW: '2000', 'NSĐP': '3500' },
    });
    // Đà Nẵng now includes Quảng Nam, from which no file came.
    expect(json.byUnit['Đà Nẵng']).toMatchObject({ total: '800', members: ['Đà Nẵng', 'Quảng Nam'], membersFound: ['Đà Nẵng'] });
    expect(Object.keys(json.byUnit)).toEqual(['An Giang', 'Đà Nẵng']);
    expect(json.provinces?.source).toMatch(/202\/2025\/QH15/);
    expect(json.unmatched).toEqual([]);
  });

  it('keeps a unit it cannot place, and says so', () => {
    const soYTe: UnitInput = { file: 'x.xlsx', tables: [planTable('Đơn vị báo cáo: Sở Y tế', [['1', 'Bệnh án điện tử', '2022', 100, 'NSĐP']])] };
    const t = consolidationToJSON(consolidate([anGiang, soYTe], { ...VI, provinces: '2025' }));
    expect(t.byUnit['Sở Y tế']).toMatchObject({ total: '100', members: ['Sở Y tế'] });
    expect(t.unmatched).toEqual(['Sở Y tế']);
  });
});

// Survey rows (triệu đồng by default; the amounts name their own units):
//   Bạc Liêu  IOC lease Viettel          —
//   Cà Mau    IOC invest                 2 tỷ      = 2.000
//   Cà Mau    SOC lease VNPT             500 triệu =   500
//   Cà Mau    IOC "Tương tự ví dụ" (unknown: does not outvote the invest row)
//   Cần Thơ   IOC lease VNPT             1,26 tỷ   = 1.260
//   Cần Thơ   IOC invest (self-built)    → Cần Thơ is "mixed" for IOC
//   Sóc Trăng SOC invest                 —
const survey = surveyTable([
  { place: 'Bạc Liêu', system: 'Hệ thống IOC', mode: 'Thuê Viettel' },
  { place: 'Cà Mau', system: 'Hệ thống IOC', mode: 'Đầu tư', amount: '2 tỷ' },
  { place: 'Cà Mau', system: 'Trung tâm giám sát an toàn thông tin (SOC)', mode: 'Thuê VNPT', amount: '500 triệu đồng' },
  { place: 'Tỉnh Cà Mau', system: 'Hệ thống IOC', mode: 'Tương tự ví dụ' },
  { place: 'TP. Cần Thơ', system: 'Trung tâm điều hành thông minh', mode: 'Thuê VNPT', amount: '1,26 tỷ' },
  { place: 'Cần Thơ', system: 'Hệ thống IOC', mode: 'Tự đầu tư' },
  { place: 'Sóc Trăng', system: 'Hệ thống SOC', mode: 'Đầu tư' },
]);

describe('survey rows: one file holding many provinces', () => {
  const json = consolidationToJSON(consolidate([{ file: 'khao-sat.xlsx', tables: [survey] }], VI));

  it('takes each row’s unit from the place column', () => {
    expect(json.files[0]).toMatchObject({ unit: null, unitFrom: 'column', units: ['Bạc Liêu', 'Cà Mau', 'Cần Thơ', 'Sóc Trăng'] });
    expect(json.byUnit['Cà Mau'].total).toBe('2500');
    expect(json.byUnit['Cần Thơ'].total).toBe('1260');
    expect(json.byUnit['Cà Mau'].bySource['Chưa rõ']).toBe('2500');
  });

  it('counts units by system, mode and vendor, with money by mode', () => {
    expect(json.systems.IOC).toEqual({
      units: 3,
      byMode: { invest: 1, lease: 1, mixed: 1, provided: 0, free: 0, pilot: 0, unknown: 0 },
      byVendor: { VNPT: 1, Viettel: 1 },
      moneyByMode: { invest: '2000', lease: '0', mixed: '1260', provided: '0', free: '0', pilot: '0', unknown: '0' },
    });
    expect(json.systems.SOC).toMatchObject({ units: 2, byMode: { invest: 1, lease: 1 }, byVendor: { VNPT: 1 }, moneyByMode: { lease: '500' } });
    expect(json.systems.LGSP.units).toBe(0);
  });

  it('does not take two provinces’ same system and amount for a duplicate', () => {
    const twin = surveyTable([
      { place: 'Kon Tum', system: 'Hệ thống SOC', mode: 'Thuê', amount: '4 tỷ' },
      { place: 'Gia Lai', system: 'Hệ thống SOC', mode: 'Thuê', amount: '4 tỷ' },
      { place: 'Gia Lai', system: 'Hệ thống SOC', mode: 'Thuê', amount: '4 tỷ' },
    ]);
    const t = consolidationToJSON(consolidate([{ file: 's.xlsx', tables: [twin] }], VI));
    expect(t.duplicates).toHaveLength(1);
    expect(t.duplicates[0].cells.map((c) => c.cell)).toEqual(['E5', 'E6']);
  });

  it('--provinces 2025 regroups before counting', () => {
    const t = consolidationToJSON(consolidate([{ file: 'khao-sat.xlsx', tables: [survey] }], { ...VI, provinces: '2025' }));
    // Cà Mau ← Cà Mau, Bạc Liêu: IOC invest + lease → mixed. Cần Thơ ← Cần Thơ, Sóc Trăng.
    expect(t.systems.IOC).toMatchObject({ units: 2, byMode: { mixed: 2, invest: 0, lease: 0 }, byVendor: { VNPT: 1, Viettel: 1 } });
    expect(t.systems.IOC.moneyByMode.mixed).toBe('3260');
    expect(t.systems.SOC).toMatchObject({ units: 2, byMode: { lease: 1, invest: 1 } });
    expect(t.byUnit['Cà Mau']).toMatchObject({ members: ['Cà Mau', 'Bạc Liêu'], membersFound: ['Cà Mau', 'Bạc Liêu'] });
  });
});

describe('files that cannot be used', () => {
  it('are listed with their reason and the rest is still consolidated', () => {
    const json = consolidationToJSON(consolidate([
      { file: 'hong.xlsx', error: 'hong.xlsx: tệp hỏng / corrupt workbook' },
      { file: 'trong.xlsx', tables: [] },
      anGiang,
    ], VI));
    expect(json.files.map((f) => [f.file, f.reason === null, f.tables])).toEqual([
      ['hong.xlsx', false, 0], ['trong.xlsx', false, 0], ['data/an-giang.xlsx', true, 1],
    ]);
    expect(json.files[1].reason).toMatch(/không tìm thấy bảng ngân sách/);
    expect(json.total.total).toBe('3000');
  });
});
