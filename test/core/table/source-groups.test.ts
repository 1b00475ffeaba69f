// What officers write under a "Nguồn vốn" group besides NSTW | NSĐP | Khác. Each table below is
// right: its parts add up to the row's total on every row (worked out beside each), so any
// *_MISMATCH is a false alarm; before, each of these got one on every row, or read a column as a place.
import type { CellValue, Grid } from '../../../src/core/grid';
import { checkOne, nonZero } from '../../helpers/grid';

/** "STT | Nội dung | Tổng kinh phí | <group> over three columns"; rows 3.000 = 1.000 + 1.500 + 500, 1.500 = 500 + 1.000 + 0. */
function grouped(group: string, leaves: [string, string, string]): Grid {
  const values: CellValue[][] = [
    ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', null, null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null, null],
    ['STT', 'Nội dung', 'Tổng kinh phí', group, null, null],
    [null, null, null, ...leaves],
    ['1', 'Nâng cấp hạ tầng mạng', 3000, 1000, 1500, 500],
    ['2', 'Phần mềm một cửa', 1500, 500, 1000, 0],
    [null, 'Tổng cộng', 4500, 1500, 2500, 500],
  ];
  return { sheet: 'KH', top: 1, left: 1, values, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3'] };
}

const mismatches = (t: ReturnType<typeof checkOne>): string[] => t.findings.filter((f) => f.code.endsWith('MISMATCH')).map((f) => `${f.code} ${f.cell}`);
const roles = (t: ReturnType<typeof checkOne>): [string, string | null, string | null][] =>
  t.columnInfo.filter((c) => c.col >= 4).map((c) => [c.role, c.source, c.type]);

test('"Nguồn vốn / TW | ĐP | Khác": the short names are NSTW and NSĐP', () => {
  const t = checkOne(grouped('Nguồn vốn', ['TW', 'ĐP', 'Khác']));
  expect(mismatches(t)).toEqual([]);
  // NSTW 1.000 + 500; NSĐP 1.500 + 1.000; Khác 500 + 0.
  expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '1500', 'NSĐP': '2500', 'Khác': '500' });
});

test('"Ngân sách / Tỉnh | Huyện | Xã": three levels of local money, not a place column (nor a survey)', () => {
  const t = checkOne(grouped('Ngân sách', ['Tỉnh', 'Huyện', 'Xã']));
  expect(t.layout).toBe('plan');
  expect(roles(t)).toEqual([['source', 'NSĐP', null], ['source', 'NSĐP', null], ['source', 'NSĐP', null]]);
  expect(mismatches(t)).toEqual([]);
  expect(nonZero(t.summary.bySource)).toEqual({ 'NSĐP': '4500' });
});

test('"Nguồn vốn / NSNN | Ngoài NSNN | Khác": outside the state budget is Khác; NSNN a source of no stated level', () => {
  const t = checkOne(grouped('Nguồn vốn', ['NSNN', 'Ngoài NSNN', 'Khác']));
  expect(roles(t)).toEqual([['source', null, null], ['source', 'Khác', null], ['source', 'Khác', null]]);
  expect(t.sums.map((s) => [s.kind, s.parts])).toEqual([['sources', [4, 5, 6]]]);
  expect(mismatches(t)).toEqual([]);
  // Khác: 1.500 + 1.000 (outside) + 500 (other); NSNN 1.000 + 500, its level not said.
  expect(nonZero(t.summary.bySource)).toEqual({ 'Khác': '3000', 'Chưa rõ': '1500' });
});

test('"Nguồn vốn / Ngân sách nhà nước / NSTW | NSĐP" beside "Ngoài ngân sách": three header rows', () => {
  const values: CellValue[][] = [
    ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2026', null, null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null, null],
    ['STT', 'Nội dung', 'Tổng kinh phí', 'Nguồn vốn', null, null],
    [null, null, null, 'Ngân sách nhà nước', null, 'Ngoài ngân sách'],
    [null, null, null, 'NSTW', 'NSĐP', null],
    ['1', 'Nâng cấp hạ tầng mạng', 3000, 1000, 1500, 500],
    ['2', 'Phần mềm một cửa', 1500, 500, 1000, 0],
    [null, 'Tổng cộng', 4500, 1500, 2500, 500],
  ];
  const t = checkOne({ sheet: 'KH', top: 1, left: 1, values, merges: ['A3:A5', 'B3:B5', 'C3:C5', 'D3:F3', 'D4:E4', 'F4:F5'] });
  expect(mismatches(t)).toEqual([]);
  expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '1500', 'NSĐP': '2500', 'Khác': '500' });
});

describe('"Khác" beside spending types is the rest of the row', () => {
  it('"Nguồn vốn / Vốn ĐTPT | Vốn SN | Khác": ĐTPT, CTX (SN is sự nghiệp) and other money of no type', () => {
    const t = checkOne(grouped('Nguồn vốn', ['Vốn ĐTPT', 'Vốn SN', 'Khác']));
    expect(roles(t)).toEqual([['type', null, 'ĐTPT'], ['type', null, 'CTX'], ['type', 'Khác', null]]);
    expect(mismatches(t)).toEqual([]);
    // ĐTPT 1.000 + 500; CTX 1.500 + 1.000; the rest 500, of source Khác and no type.
    expect(nonZero(t.summary.byType)).toEqual({ 'ĐTPT': '1500', CTX: '2500', 'Chưa rõ': '500' });
    expect(nonZero(t.summary.bySource)).toEqual({ 'Khác': '500', 'Chưa rõ': '4000' });
  });
  it('"Phân theo loại chi / Chi đầu tư | Chi thường xuyên | Khác"', () => {
    const t = checkOne(grouped('Phân theo loại chi', ['Chi đầu tư', 'Chi thường xuyên', 'Khác']));
    expect(roles(t)).toEqual([['type', null, 'ĐTPT'], ['type', null, 'CTX'], ['type', null, null]]);
    expect(mismatches(t)).toEqual([]);
    expect(nonZero(t.summary.byType)).toEqual({ 'ĐTPT': '1500', CTX: '2500', 'Chưa rõ': '500' });
  });
  it('a wrong row is still found: 1.000 + 1.500 + 600 is not 3.000', () => {
    const g = grouped('Phân theo loại chi', ['Chi đầu tư', 'Chi thường xuyên', 'Khác']);
    g.values[4][5] = 600;
    g.values[6][5] = 600;
    expect(mismatches(checkOne(g))).toEqual(['SOURCES_SUM_MISMATCH C5', 'SOURCES_SUM_MISMATCH C7']);
  });
});

test('"Nguồn vốn / Vốn CTMTQG | Vốn đối ứng | Khác": money of no stated level is a source all the same, and the three add up', () => {
  // Before: the first two were no money at all and "Khác" a lone part of the total, so the table
  // had "no source column" (SOURCE_MISSING) and a row whose three parts miss its total passed.
  const t = checkOne(grouped('Nguồn vốn', ['Vốn CTMTQG', 'Vốn đối ứng', 'Khác']));
  expect(roles(t)).toEqual([['source', null, null], ['source', null, null], ['source', 'Khác', null]]);
  expect(t.findings.filter((f) => f.severity !== 'info' && f.code !== 'SECURITY_SHARE_LOW')).toEqual([]);
  // Khác 500; the other 1.000 + 1.500 + 500 + 1.000 = 4.000 of no stated level.
  expect(nonZero(t.summary.bySource)).toEqual({ 'Khác': '500', 'Chưa rõ': '4000' });
  const g = grouped('Nguồn vốn', ['Vốn CTMTQG', 'Vốn đối ứng', 'Khác']);
  g.values[5][4] = 800; // 500 + 800 + 0 = 1.300, not 1.500
  g.values[6][4] = 2300;
  expect(mismatches(checkOne(g))).toEqual(['SOURCES_SUM_MISMATCH C6', 'SOURCES_SUM_MISMATCH C7']);
});

describe('a source named after the money words, without a "Nguồn vốn" group ("Kinh phí NSTW", "Vốn đầu tư NSĐP")', () => {
  /** "STT | Nhiệm vụ | <total>? | <two source columns>", each row's sources adding up to its total. */
  function named(headers: string[], rows: CellValue[][], title = 'KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027'): Grid {
    const width = headers.length;
    const pad = (r: CellValue[]): CellValue[] => [...r, ...Array(width - r.length).fill(null)];
    return { sheet: 'KH', top: 1, left: 1, values: [pad([title]), pad(['Đơn vị tính: triệu đồng']), headers, ...rows.map(pad)] };
  }
  // As the file reader gives it: every cell's formula known (none here).
  const withFormulas = (g: Grid): Grid => ({ ...g, formulas: g.values.map((r) => r.map(() => null)) });
  const codesOf = (t: ReturnType<typeof checkOne>): string[] => t.findings.filter((f) => f.severity !== 'info').map((f) => f.code);

  test('"Tổng kinh phí | Kinh phí NSTW | Kinh phí NSĐP": the two are the sources (before: all "Chưa rõ", a false SOURCE_MISSING)', () => {
    const t = checkOne(named(['STT', 'Tên nhiệm vụ', 'Tổng kinh phí', 'Kinh phí NSTW', 'Kinh phí NSĐP'], [
      ['1', 'Nền tảng tích hợp dữ liệu', 1000, 600, 400],
      ['2', 'Giám sát an toàn thông tin (SOC)', 500, null, 500],
      [null, 'Tổng cộng', 1500, 600, 900],
    ]));
    expect(roles(t)).toEqual([['source', 'NSTW', null], ['source', 'NSĐP', null]]);
    expect(codesOf(t)).toEqual([]);
    // NSTW 600; NSĐP 400 + 500 = 900; the total 1.000 + 500 = 1.500.
    expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '600', 'NSĐP': '900' });
    expect(t.summary.total.toFixed()).toBe('1500');
  });

  test('with the total last ("Kinh phí NSTW | Kinh phí NSĐP | Tổng cộng"), the first source is not the total (before: 600, and a false SECURITY_SHARE_LOW)', () => {
    const t = checkOne(named(['STT', 'Tên nhiệm vụ', 'Kinh phí NSTW', 'Kinh phí NSĐP', 'Tổng cộng'], [
      ['1', 'Nền tảng tích hợp dữ liệu', 600, 400, 1000],
      ['2', 'Giám sát an toàn thông tin (SOC)', null, 500, 500],
      [null, 'Tổng cộng', 600, 900, 1500],
    ]));
    expect(codesOf(t)).toEqual([]);
    // SOC 500 of 1.500 = 33 %, well over the 10 % floor.
    expect(t.summary.total.toFixed()).toBe('1500');
  });

  test('"Vốn đầu tư NSTW | Vốn đầu tư NSĐP" beside "Tổng mức đầu tư": sources of investment money', () => {
    const t = checkOne(named(['STT', 'Danh mục dự án', 'Thời gian', 'Tổng mức đầu tư', 'Vốn đầu tư NSTW', 'Vốn đầu tư NSĐP'], [
      ['1', 'Trung tâm dữ liệu tỉnh', '2026-2028', 50000, 30000, 20000],
      ['2', 'Hệ thống giám sát an toàn thông tin', '2027-2028', 8000, null, 8000],
      [null, 'Tổng cộng', null, 58000, 30000, 28000],
    ], 'KẾ HOẠCH ĐẦU TƯ CÔNG TRUNG HẠN GIAI ĐOẠN 2026-2030'));
    expect(roles(t)).toEqual([['amount', null, null], ['source', 'NSTW', 'ĐTPT'], ['source', 'NSĐP', 'ĐTPT']]);
    expect(codesOf(t)).toEqual([]);
    // NSTW 30.000; NSĐP 20.000 + 8.000 = 28.000, all for investment.
    expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '30000', 'NSĐP': '28000' });
    expect(nonZero(t.summary.byType)).toEqual({ 'ĐTPT': '58000' });
  });

  test('"NS tỉnh | NS huyện | NS xã" beside the total: three levels of local money (before: ignored, a false SOURCE_MISSING)', () => {
    const t = checkOne(named(['STT', 'Tên nhiệm vụ', 'Tổng kinh phí', 'NS tỉnh', 'NS huyện', 'NS xã'], [
      ['1', 'Phần mềm một cửa cấp huyện', 900, 500, 300, 100],
      ['2', 'Giám sát an toàn thông tin', 300, 300, null, null],
      [null, 'Tổng cộng', 1200, 800, 300, 100],
    ]));
    expect(roles(t)).toEqual([['source', 'NSĐP', null], ['source', 'NSĐP', null], ['source', 'NSĐP', null]]);
    expect(codesOf(t)).toEqual([]);
    // 500 + 300 + 100 + 300 = 1.200, all local.
    expect(nonZero(t.summary.bySource)).toEqual({ 'NSĐP': '1200' });
  });

  test('"TW hỗ trợ | Vốn đối ứng địa phương": the centre\'s support and the locality\'s counterpart', () => {
    const t = checkOne(named(['STT', 'Danh mục dự án', 'Thời gian', 'Tổng số', 'TW hỗ trợ', 'Vốn đối ứng địa phương'], [
      ['1', 'Chính quyền số tỉnh', '2026-2028', 50000, 35000, 15000],
      ['2', 'Giám sát an toàn thông tin', '2027-2028', 8000, 5000, 3000],
      [null, 'Tổng cộng', null, 58000, 40000, 18000],
    ], 'KẾ HOẠCH ĐẦU TƯ CÔNG GIAI ĐOẠN 2026-2030'));
    expect(codesOf(t)).toEqual([]);
    // NSTW 35.000 + 5.000 = 40.000; NSĐP 15.000 + 3.000 = 18.000.
    expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '40000', 'NSĐP': '18000' });
  });

  test('a lone "Kinh phí NSĐP" column is the money and its source, and a wrong total is still told', () => {
    const grid = (total: number): Grid => named(['STT', 'Tên nhiệm vụ', 'Thời gian', 'Kinh phí NSĐP'], [
      ['1', 'Nền tảng tích hợp dữ liệu', '2027', 1000],
      ['2', 'Giám sát an toàn thông tin (SOC)', '2027', 500],
      [null, 'Tổng cộng', null, total],
    ]);
    const right = checkOne(withFormulas(grid(1500)));
    expect(codesOf(right)).toEqual([]);
    expect(nonZero(right.summary.bySource)).toEqual({ 'NSĐP': '1500' });
    // The total typed by hand over two figures is told, as in a table whose column is "Kinh phí".
    expect(right.findings.filter((f) => f.code === 'FORMULA_HARDCODED').map((f) => [f.cell, f.suggestion])).toEqual([['D6', '=SUM(D4:D5)']]);
    // 1.000 + 500 = 1.500, not the 1.600 written.
    expect(checkOne(grid(1600)).findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => f.cell)).toEqual(['D6']);
  });
});

describe('spending types and foreign capital named in one header line ("Vốn ĐTPT | Vốn SN", "Vốn trong nước | Vốn nước ngoài")', () => {
  function flat(headers: string[], rows: CellValue[][], title: string): Grid {
    return { sheet: 'KH', top: 1, left: 1, values: [[title, ...Array(headers.length - 1).fill(null)], ['Đơn vị tính: triệu đồng', ...Array(headers.length - 1).fill(null)], headers, ...rows] };
  }
  const warnings = (t: ReturnType<typeof checkOne>): string[] => t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.cell}`);
  const typed = (third: number) => flat(['STT', 'Tên nhiệm vụ', 'Nguồn vốn', 'Tổng kinh phí', 'Vốn ĐTPT', 'Vốn SN'], [
    ['1', 'Trung tâm dữ liệu', 'NSĐP', 1000, third, null],
    ['2', 'Duy trì cổng thông tin', 'NSĐP', 300, null, 300],
    ['3', 'Giám sát an toàn thông tin', 'NSĐP', 200, 100, 100],
    [null, 'Tổng cộng', null, 1500, 1100, 400],
  ], 'KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027');

  test('"Vốn ĐTPT | Vốn SN" beside the total are its types (before: ignored, all of it "Chưa rõ" by type)', () => {
    const t = checkOne(typed(1000));
    expect(roles(t)).toEqual([['amount', null, null], ['type', null, 'ĐTPT'], ['type', null, 'CTX']]);
    expect(warnings(t)).toEqual([]);
    // ĐTPT 1.000 + 100 = 1.100; CTX 300 + 100 = 400.
    expect(nonZero(t.summary.byType)).toEqual({ 'ĐTPT': '1100', CTX: '400' });
  });

  test('and a row whose types do not make its total is told at its total', () => {
    // Row 4: 900 + 0 = 900, not the 1.000 written (the total line's 1.100 is then 100 over its items' 1.000).
    const t = checkOne(typed(900));
    expect(warnings(t)).toContain('SOURCES_SUM_MISMATCH D4');
    // Every row says NSĐP: the 100 its types leave unexplained is NSĐP of no known type, so NSĐP
    // is the whole 1.000 + 300 + 200 = 1.500 (before: 1.400, and 100 "Chưa rõ" by source).
    expect(nonZero(t.summary.bySource)).toEqual({ 'NSĐP': '1500' });
    expect(nonZero(t.summary.byType)).toEqual({ 'ĐTPT': '1000', CTX: '400', 'Chưa rõ': '100' });
  });

  test('a source column left short stays unknown: the rest of the row is no source\'s', () => {
    // "NSTW | NSĐP" with only NSTW 400 of 1.000 written: the other 600 may be either.
    const t = checkOne(flat(['STT', 'Tên nhiệm vụ', 'Tổng kinh phí', 'NSTW', 'NSĐP'], [
      ['1', 'Trung tâm dữ liệu', 1000, 400, null],
      [null, 'Tổng cộng', 1000, 400, null],
    ], 'KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027'));
    expect(nonZero(t.summary.bySource)).toEqual({ NSTW: '400', 'Chưa rõ': '600' });
  });

  test('"Kinh phí ĐTPT", "Kinh phí CTX", "Kinh phí sự nghiệp" name a type; "Vốn đầu tư" and "Kinh phí đầu tư" alone stay totals', () => {
    const roleOf = (header: string) => checkOne(flat(['STT', 'Tên nhiệm vụ', 'Nguồn vốn', header], [['1', 'Trung tâm dữ liệu', 'NSĐP', 1000]], 'KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027'))
      .columnInfo.filter((c) => c.col === 4).map((c) => [c.role, c.type])[0];
    expect(['Kinh phí ĐTPT', 'Kinh phí CTX', 'Kinh phí sự nghiệp', 'Vốn đầu tư', 'Kinh phí đầu tư'].map(roleOf))
      .toEqual([['type', 'ĐTPT'], ['type', 'CTX'], ['type', 'CTX'], ['amount', null], ['amount', null]]);
  });

  test('"Vốn nước ngoài" beside "Vốn trong nước" is ODA (before: ignored, and a false SOURCE_MISSING)', () => {
    const t = checkOne(flat(['STT', 'Danh mục dự án', 'Thời gian', 'Tổng số', 'Vốn trong nước', 'Vốn nước ngoài'], [
      ['1', 'Chính quyền số tỉnh', '2026-2028', 50000, 20000, 30000],
      ['2', 'Giám sát an toàn thông tin', '2027-2028', 8000, 8000, null],
      [null, 'Tổng cộng', null, 58000, 28000, 30000],
    ], 'KẾ HOẠCH ĐẦU TƯ CÔNG GIAI ĐOẠN 2026-2030'));
    expect(roles(t)).toEqual([['amount', null, null], ['source', null, null], ['source', 'ODA', null]]);
    expect(warnings(t)).toEqual([]);
    // ODA 30.000; the domestic 20.000 + 8.000 = 28.000 of no stated level.
    expect(nonZero(t.summary.bySource)).toEqual({ ODA: '30000', 'Chưa rõ': '28000' });
  });
});
