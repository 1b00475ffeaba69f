// Where tables sit: two tables on one sheet with their own titles, unit and period; a cover
// sheet of prose; a header printed again on every page; a section's number and name in one
// merged cell; a two-row header read by a door that could not say which cells are merged.
import { checkGrid, checkWorkbook, defaultSettings } from '../../../src/core/check';
import type { CellValue } from '../../../src/core/grid';
import { checkSheet, checkSheetTables, findingList, gridOf, plainYears, rowAt, SheetSpec } from '../../helpers/sheets';

const APPENDIX_II: CellValue[][] = [
  ['PHỤ LỤC II'],
  ['DANH MỤC DỰ ÁN ỨNG DỤNG CNTT GIAI ĐOẠN 2021-2025'],
  ['Đơn vị tính: triệu đồng'],
  [],
  ['STT', 'Tên dự án/nhiệm vụ', 'Thời gian thực hiện', 'Kinh phí', 'Nguồn vốn'],
  ['1', 'Cổng dịch vụ công', '2021', 100, 'NSĐP'],
  ['2', 'Trung tâm giám sát ATTT (SOC)', '2022', 200, 'NSĐP'],
  [null, 'Tổng cộng', null, 300, null],
];
const APPENDIX_III: CellValue[][] = [
  ['PHỤ LỤC III'],
  ['DANH MỤC NHIỆM VỤ AN TOÀN THÔNG TIN GIAI ĐOẠN 2026-2030'],
  ['Đơn vị tính: tỷ đồng'],
  ['STT', 'Tên nhiệm vụ', 'Thời gian thực hiện', 'Kinh phí', 'Nguồn vốn'],
  ['1', 'Duy trì SOC', 'Hàng năm', 5, 'NSĐP'],
  [null, 'Tổng cộng', null, 5, null],
];

describe('two tables on one sheet', () => {
  const cases: [string, CellValue[][]][] = [['after a blank row', [[]]], ['with no blank row between them', []]];
  for (const [label, gap] of cases) {
    it(`each keeps its own titles, unit and period (${label})`, () => {
      const top = 9 + gap.length;
      const formulas = { D8: 'SUM(D6:D7)', [`D${top + 5}`]: `D${top + 4}` };
      const tables = checkSheetTables({ name: 'Phụ lục', rows: [...APPENDIX_II, ...gap, ...APPENDIX_III], formulas });
      expect(tables).toHaveLength(2);
      const [ii, iii] = tables;
      expect(ii.rows.map((r) => r.row)).toEqual([6, 7, 8]);
      expect(ii.lastRow).toBe(8);
      expect(ii.titles).toEqual(['PHỤ LỤC II', 'DANH MỤC DỰ ÁN ỨNG DỤNG CNTT GIAI ĐOẠN 2021-2025', 'Đơn vị tính: triệu đồng']);
      expect(ii.period).toEqual({ from: 2021, to: 2025 });
      expect(ii.summary.total.toFixed()).toBe('300');
      expect(iii.headerRow).toBe(top + 3);
      expect(iii.titles).toEqual(['PHỤ LỤC III', 'DANH MỤC NHIỆM VỤ AN TOÀN THÔNG TIN GIAI ĐOẠN 2026-2030', 'Đơn vị tính: tỷ đồng']);
      expect(iii.unit).toBe('tỷ đồng');
      expect(iii.period).toEqual({ from: 2026, to: 2030 });
      // "Hàng năm" over the second table's own period: 5 tỷ = 1 a year, 2026-2030.
      expect(plainYears(iii.rows[0].allocation)).toEqual({ 2026: '1', 2027: '1', 2028: '1', 2029: '1', 2030: '1' });
      expect(findingList(ii)).toEqual([]);
      expect(findingList(iii)).toEqual([]);
    });
  }

  it('a second table with the very same header is a table of its own, not a page\'s repeated header', () => {
    // Appendix III typed with appendix II's header: before, the second header was skipped as a
    // page repeat and both tables were one, each "Tổng cộng" checked against 300 + 5.
    const sameHeader = APPENDIX_III.map((r, i) => (i === 3 ? APPENDIX_II[4] : r));
    const tables = checkSheetTables({ name: 'Phụ lục', rows: [...APPENDIX_II, [], ...sameHeader], formulas: { D8: 'SUM(D6:D7)', D15: 'D14' } });
    expect(tables).toHaveLength(2);
    expect(tables.map((t) => t.summary.total.toFixed())).toEqual(['300', '5']);
    expect(tables[1].unit).toBe('tỷ đồng');
    expect(tables[1].titles[0]).toBe('PHỤ LỤC III');
    expect(tables.map((t) => findingList(t))).toEqual([[], []]);
  });

  it('a second table without its own unit and period lines shares the first one\'s', () => {
    const tables = checkSheetTables({ name: 'PL', rows: [...APPENDIX_II, [], ['Bảng 2: Nhiệm vụ bổ sung'], ...APPENDIX_III.slice(3)] });
    expect(tables[1].unit).toBe('triệu đồng');
    expect(tables[1].period).toEqual({ from: 2021, to: 2025 });
    expect(tables[1].titles).toEqual(['Bảng 2: Nhiệm vụ bổ sung']);
  });
});

it('a cover sheet of prose is no table, even when its lines name money and sources', () => {
  const cover: SheetSpec = {
    name: 'Bìa',
    rows: [
      ['ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA'],
      ['KẾ HOẠCH Ứng dụng công nghệ thông tin giai đoạn 2021 - 2025'],
      [],
      ['Tổng kinh phí thực hiện kế hoạch: 300 triệu đồng.', null, 'Nguồn vốn: ngân sách tỉnh'],
      ['Thời gian thực hiện: 2021-2025', null, 'Đơn vị chủ trì: Sở Thông tin và Truyền thông'],
    ],
  };
  const result = checkWorkbook('ke-hoach.xlsx', [gridOf(cover), gridOf({ name: 'PL II', rows: APPENDIX_II })], defaultSettings());
  expect(result.tables.map((t) => t.sheet)).toEqual(['PL II']);
});

it('a header printed again at the top of each page is not a row of the table', () => {
  const rows = [...APPENDIX_II.slice(0, 7), APPENDIX_II[4], ['3', 'Số hóa hồ sơ', '2023', 300, 'NSĐP'], [null, 'Tổng cộng', null, 600, null]];
  const t = checkSheet({ name: 'PL II', rows, formulas: { D10: 'SUM(D6:D9)' } });
  expect(t.rows.map((r) => r.stt)).toEqual(['1', '2', '3', '']);
  expect(findingList(t)).toEqual([]);
});

it('reads "I. DỰ ÁN CNTT" typed across the number and name cells as section I', () => {
  const t = checkSheet({
    name: 'PL',
    rows: [
      ['KẾ HOẠCH GIAI ĐOẠN 2021-2025'],
      ['STT', 'Tên dự án', 'Thời gian', 'Tổng mức đầu tư', 'Nguồn vốn'],
      ['I. DỰ ÁN CNTT', null, null, 300, null],
      ['1', 'Cổng dịch vụ công', '2021', 100, 'NSĐP'],
      ['2', 'Giám sát an toàn thông tin', '2022', 200, 'NSĐP'],
    ],
    merges: ['A3:B3'],
    formulas: { D3: 'SUM(D4:D5)' },
  });
  expect(rowAt(t, 3)).toMatchObject({ stt: 'I', name: 'DỰ ÁN CNTT', kind: 'section' });
  expect(rowAt(t, 4).parentRow).toBe(3);
  expect(findingList(t)).toEqual([]);
});

it('a two-row header read without merge information gives the same columns', () => {
  // The group "Kinh phí" stands over blanks; the years are labelled under them.
  const rows: CellValue[][] = [
    ['GIAI ĐOẠN 2021-2022'],
    ['STT', 'Nội dung', 'Kinh phí', null, null, 'Nguồn vốn'],
    [null, null, 'Tổng số', 'Năm 2021', 'Năm 2022', null],
    ['1', 'Kiểm tra, đánh giá ATTT', 300, 100, 200, 'NSĐP'],
  ];
  const withMerges = checkSheet({ name: 'A', rows, merges: ['A2:A3', 'B2:B3', 'C2:E2', 'F2:F3'] });
  const without = checkGrid({ ...gridOf({ name: 'A', rows }), merges: undefined }, defaultSettings())[0];
  const roles = (t: typeof withMerges) => t.columnInfo.map((c) => [c.header, c.role, c.year]);
  expect(roles(without)).toEqual(roles(withMerges));
  expect(roles(without)).toEqual([
    ['STT', 'stt', null], ['Nội dung', 'name', null], ['Kinh phí / Tổng số', 'amount', null],
    ['Kinh phí / Năm 2021', 'year', 2021], ['Kinh phí / Năm 2022', 'year', 2022], ['Nguồn vốn', 'sourceText', null],
  ]);
});

it('a column-number row of plain numbers is skipped too', () => {
  const t = checkSheet({
    name: 'PL',
    rows: [
      ['GIAI ĐOẠN 2021-2025'],
      ['STT', 'Tên dự án', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
      [1, 2, 3, 4, 5],
      ['1', 'Giám sát an toàn thông tin', '2021', 100, 'NSĐP'],
    ],
  });
  expect(t.rows.map((r) => r.row)).toEqual([4]);
  expect(t.summary.total.toFixed()).toBe('100');
});

it('a header with no data under it is not a table', () => {
  expect(checkSheetTables({ name: 'Mẫu', rows: [['STT', 'Tên dự án', 'Kinh phí', 'Nguồn vốn'], [], []] })).toEqual([]);
});

it('a one-row header with the years typed as numbers', () => {
  // 300 = 100 (2021) + 200 (2022).
  const t = checkSheet({
    name: 'KH',
    rows: [
      ['KẾ HOẠCH GIAI ĐOẠN 2021-2022'],
      ['STT', 'Nội dung', 'Tổng kinh phí', 2021, 2022, 'Nguồn vốn'],
      ['1', 'Giám sát an toàn thông tin', 300, 100, 200, 'NSĐP'],
    ],
  });
  expect(t.columnInfo.map((c) => [c.role, c.year])).toEqual([['stt', null], ['name', null], ['amount', null], ['year', 2021], ['year', 2022], ['sourceText', null]]);
  expect(plainYears(t.rows[0].allocation)).toEqual({ 2021: '100', 2022: '200' });
  expect(findingList(t)).toEqual([]);
});

it('words merged down over several items belong to each of them', () => {
  // "NSĐP (Vốn đầu tư)" and "2021-2022" merged over rows 4-6: each item is NSĐP ĐTPT, spread over 2021-2022.
  const t = checkSheet({
    name: 'PL',
    rows: [
      ['GIAI ĐOẠN 2021-2025'],
      ['STT', 'Tên dự án', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
      ['1', 'Giám sát an toàn thông tin', '2021-2022', 100, 'NSĐP (Vốn đầu tư)'],
      ['2', 'Cổng dịch vụ công', null, 200, null],
      ['3', 'Số hóa hồ sơ', null, 300, null],
    ],
    merges: ['C3:C5', 'E3:E5'],
  });
  expect(t.rows.map((r) => [r.sources.map((s) => `${s.code} ${s.type}`).join(), r.time?.years])).toEqual([
    ['NSĐP ĐTPT', [2021, 2022]], ['NSĐP ĐTPT', [2021, 2022]], ['NSĐP ĐTPT', [2021, 2022]],
  ]);
  expect(t.summary.byType['ĐTPT'].toFixed()).toBe('600');
  expect(findingList(t).filter((f) => !f.startsWith('PROCEDURE_HINT'))).toEqual([]);
});

describe('a one-year plan ("Kế hoạch … năm 2026")', () => {
  // Before, no period was read from such a title: "Hàng năm" had no years to fall in, and the law
  // was the one in force on the day of the check instead of the plan's.
  const t = checkSheet({
    name: 'KH 2026',
    rows: [
      ['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tên nhiệm vụ', 'Thời gian thực hiện', 'Kinh phí', 'Nguồn vốn'],
      ['1', 'Duy trì cổng thông tin điện tử', 'Hàng năm', 120, 'NSĐP'],
      ['2', 'Giám sát an toàn thông tin', '2026-2027', 200, 'NSĐP'],
      [null, 'Tổng cộng', null, 320, null],
    ],
  });

  it('reads the year as the plan period', () => {
    expect(t.period).toEqual({ from: 2026, to: 2026 });
  });

  it('puts "Hàng năm" money in that year and says what falls after it', () => {
    // 120 every year of a one-year plan: 120 in 2026. "2026-2027" spreads 200 evenly: 100 a year,
    // and 2027's 100 is after the plan.
    expect(plainYears(rowAt(t, 4).allocation)).toEqual({ 2026: '120' });
    expect(t.summary.byYear.get(2026)?.toFixed()).toBe('220');
    expect(t.findings.find((f) => f.code === 'OUTSIDE_PERIOD')).toMatchObject({ cell: 'C5', actual: '100' });
    expect(t.findings.find((f) => f.code === 'OUTSIDE_PERIOD')?.message).toContain('sau giai đoạn 2026.');
  });

  it('judges it by the law in force on 1 January of its year (ND 73/2019 until 28/02/2026)', () => {
    expect(t.law?.choice).toMatchObject({ ruleSet: { id: 'nd73-2019' }, basis: 'period', date: '2026-01-01' });
  });
});

describe('a year\'s public investment plan: TMĐT beside "Kế hoạch vốn năm 2026"', () => {
  // The plan spends its year's capital (8.000 + 7.000 = 15.000); the projects' total investment
  // (30.000 + 15.000 = 45.000) is their size. Before, the first money column, TMĐT, was read as
  // the plan's amount: a 2026 plan of 45.000.
  const spec = (tmdtOfII = 15000): SheetSpec => ({
    name: 'KH ĐTC 2026',
    rows: [
      ['KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2026 - LĨNH VỰC CÔNG NGHỆ THÔNG TIN'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Danh mục dự án', 'Chủ đầu tư', 'Thời gian KC-HT', 'Quyết định đầu tư', null, 'Lũy kế vốn đã bố trí đến hết năm 2025', 'Kế hoạch vốn năm 2026', 'Nguồn vốn'],
      [null, null, null, null, 'Số, ngày', 'TMĐT', null, null, null],
      [null, 'TỔNG SỐ', null, null, null, 45000, 20000, 15000, null],
      ['I', 'Dự án chuyển tiếp', null, null, null, 30000, 20000, 8000, null],
      ['1', 'Trung tâm dữ liệu tỉnh', 'Sở KHCN', '2024-2026', '123/QĐ-UBND ngày 01/3/2024', 30000, 20000, 8000, 'NSĐP'],
      ['II', 'Dự án khởi công mới', null, null, null, tmdtOfII, null, 7000, null],
      ['1', 'Nền tảng tích hợp, chia sẻ dữ liệu (LGSP)', 'Sở KHCN', '2026-2027', '45/QĐ-UBND ngày 10/10/2025', 15000, null, 7000, 'NSĐP'],
    ],
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4', 'H3:H4', 'I3:I4'],
  });

  it('reads the year\'s capital as the plan\'s amount and TMĐT as money checked on its own', () => {
    const t = checkSheet(spec());
    expect(t.columnInfo.slice(5, 8).map((c) => [c.role, c.money])).toEqual([['other', true], ['allocated', true], ['amount', true]]);
    expect(t.summary.total.toFixed()).toBe('15000');
    expect(t.summary.statedTotal?.toFixed()).toBe('15000');
    expect(t.findings.filter((f) => f.severity !== 'info' && f.code !== 'SECURITY_SHARE_LOW')).toEqual([]);
  });

  it('still says when a TMĐT subtotal is wrong', () => {
    // Section II's TMĐT typed 16.000 against its project's 15.000.
    expect(findingList(checkSheet(spec(16000))).filter((f) => f.startsWith('SUBTOTAL'))).toEqual(['SUBTOTAL_MISMATCH@F8']);
  });
});

describe('the year\'s capital headed short: "KH vốn 2027", "Vốn KH 2027", "KHV 2027"', () => {
  // As "Kế hoạch vốn năm 2027": the plan spends 15.000 + 5.000 = 20.000 in 2027; TMĐT 45.000 +
  // 12.000 = 57.000 is the projects' size (before: "KH vốn 2027" was no money, and the plan was 57.000).
  test.each(['KH vốn 2027', 'KH vốn năm 2027', 'Vốn KH 2027', 'KHV 2027'])('%j', (header) => {
    const t = checkSheet({
      name: 'KH ĐTC 2027',
      rows: [
        ['KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2027 - LĨNH VỰC CNTT'],
        ['Đơn vị tính: triệu đồng'],
        ['STT', 'Danh mục dự án', 'Nguồn vốn', 'TMĐT', 'Lũy kế vốn đã bố trí đến hết năm 2026', header],
        ['1', 'Trung tâm dữ liệu tỉnh', 'NSĐP', 45000, 20000, 15000],
        ['2', 'Hệ thống giám sát an toàn thông tin', 'NSĐP', 12000, 0, 5000],
        [null, 'Tổng cộng', null, 57000, 20000, 20000],
      ],
    });
    expect(t.columnInfo[5]).toMatchObject({ role: 'amount', year: 2027 });
    expect(t.summary.total.toFixed()).toBe('20000');
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
