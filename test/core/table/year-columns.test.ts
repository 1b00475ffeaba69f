// The standard multi-year form: "Dự kiến kinh phí thực hiện" merged over "Tổng số | Năm 2021 | …
// | Năm 2025", a column-number row under the header, sections and the total as SUM formulas.
// Every figure below is typed by hand; sums are worked out in the comments.
import { checkResultToJSON } from '../../../src/core/json';
import { YEAR_PLAN_ITEMS, yearPlan } from '../../helpers/layouts';
import { checkOne, codes } from '../../helpers/grid';
import { checkSheet, findingList, plainYears, rowAt } from '../../helpers/sheets';

describe('year columns under a merged "Dự kiến kinh phí thực hiện"', () => {
  const t = checkSheet(yearPlan(YEAR_PLAN_ITEMS));

  it('reads the two-row band and the role of every column', () => {
    expect(t.headerRow).toBe(5);
    expect(t.headerEnd).toBe(6);
    expect(t.columnInfo.map((c) => [c.col, c.role, c.year])).toEqual([
      [1, 'stt', null], [2, 'name', null], [3, 'owner', null], [4, 'time', null], [5, 'amount', null],
      [6, 'year', 2021], [7, 'year', 2022], [8, 'year', 2023], [9, 'year', 2024], [10, 'year', 2025], [11, 'sourceText', null],
    ]);
    expect(t.columnInfo[5].header).toBe('Dự kiến kinh phí thực hiện / Năm 2021');
    expect(t.columnInfo[4].header).toBe('Dự kiến kinh phí thực hiện / Tổng số');
    // The column-number row says (5) = (6) + … + (10): the same columns the names say.
    expect(t.sums).toEqual([{ kind: 'years', total: 5, parts: [6, 7, 8, 9, 10], stated: true }]);
  });

  it('skips the column-number row: no item worth 5 or 6', () => {
    expect(t.rows[0].row).toBe(8);
    expect(t.rows.map((r) => r.stt)).toEqual(['I', '1', '2', 'II', '1', '']);
  });

  it('takes the year columns as each item\'s allocation', () => {
    const lgsp = rowAt(t, 9);
    expect(plainYears(lgsp.years)).toEqual({ 2021: '1000', 2022: '2000' });
    expect(plainYears(lgsp.allocation)).toEqual({ 2021: '1000', 2022: '2000' });
    expect(lgsp.allocationBasis).toBe('columns');
    expect(plainYears(t.summary.byYear)).toEqual({ 2021: '1240', 2022: '2240', 2023: '1740', 2024: '740', 2025: '740' });
    expect(t.summary.total.toFixed()).toBe('6700');
    expect(t.summary.byType['ĐTPT'].toFixed()).toBe('5500');
    expect(t.summary.byType.CTX.toFixed()).toBe('1200');
  });

  it('raises nothing on the right table but the ND 73 route of each item', () => {
    expect(findingList(t)).toEqual(['PROCEDURE_HINT@E10', 'PROCEDURE_HINT@E12', 'PROCEDURE_HINT@E9']);
  });

  it('JSON: columns, years, allocationBasis', () => {
    const json = checkResultToJSON({ file: 'x.xlsx', tables: [t] }).tables[0];
    expect(json.columns[5]).toEqual({ col: 'F', role: 'year', header: 'Dự kiến kinh phí thực hiện / Năm 2021', year: 2021, source: null, type: null, money: true });
    const ioc = json.rows.find((r) => r.row === 10);
    expect(ioc?.years).toEqual({ 2023: '1500', 2024: '500', 2025: '500' });
    expect(ioc?.allocation).toEqual(ioc?.years);
    expect(ioc?.allocationBasis).toBe('columns');
  });
});

describe('year columns that do not add up', () => {
  it('reports the row whose years miss its total, and each column whose section cell misses its items', () => {
    // IOC's 2024 typed 600 instead of 500: its years add to 2.600, not 2.500. Section I (500) and
    // the total (740) in column I still hold the right sums of what was meant.
    const t = checkSheet(yearPlan(YEAR_PLAN_ITEMS, { I10: 600 }));
    const years = t.findings.find((f) => f.code === 'YEARS_SUM_MISMATCH');
    expect(years).toMatchObject({ cell: 'E10', expected: '2500', actual: '2600', severity: 'error', related: ['H10', 'I10', 'J10'] });
    expect(years?.message).toContain('(F–J)');
    expect(t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['I8', '600', '500'], ['I13', '840', '740'],
    ]);
    expect(findingList(t).filter((f) => !f.startsWith('PROCEDURE_HINT'))).toEqual(['SUBTOTAL_MISMATCH@I13', 'SUBTOTAL_MISMATCH@I8', 'YEARS_SUM_MISMATCH@E10']);
  });

  it('suggests the value of an unreadable year cell from the row total', () => {
    // LGSP 2022 typed "hai nghìn": the total 3.000 less 2021's 1.000 leaves 2.000.
    const t = checkSheet(yearPlan(YEAR_PLAN_ITEMS, { G9: 'hai nghìn' }));
    expect(t.findings.find((f) => f.code === 'AMOUNT_UNREADABLE')).toMatchObject({ cell: 'G9', suggestion: '2000' });
    expect(t.findings.map((f) => f.code)).not.toContain('YEARS_SUM_MISMATCH');
    // The sections' 2022 cells miss the unreadable cell's money; each names it as the cause.
    expect(t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.related])).toEqual([['G8', ['G9']], ['G13', ['G9']]]);
  });
});

describe('year columns under "Phân kỳ" (the total phased over the years), no column-number row', () => {
  const sheet = (cells: (string | number | null)[][], formulas: Record<string, string> = {}) => ({
    name: 'Kế hoạch',
    rows: [
      ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2021-2025'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Thời gian', 'Tổng kinh phí', 'Phân kỳ', null, null, 'Nguồn vốn'],
      [null, null, null, null, 'Năm 2021', 'Năm 2022', 'Năm 2023', null],
      ...cells,
    ],
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3', 'H3:H4'],
    formulas,
  });

  it('takes the years from the columns, not an even spread of the total', () => {
    const t = checkSheet(sheet([
      ['1', 'Dự án A', '2021-2023', 200, 50, 100, 50, 'NSĐP'],
      ['2', 'Dự án B', '2021-2023', 100, 50, 20, 30, 'NSĐP'],
      [null, 'Tổng cộng', null, 300, 100, 120, 80, null],
      // The total row adds up its columns, as officers' workbooks do.
    ], { D7: 'SUM(D5:D6)', E7: 'SUM(E5:E6)', F7: 'SUM(F5:F6)', G7: 'SUM(G5:G6)' }));
    expect(t.columnInfo.filter((c) => c.role === 'year').map((c) => c.year)).toEqual([2021, 2022, 2023]);
    // 50 + 50, 100 + 20, 50 + 30 (an even spread of 300 would have been 100 a year).
    expect(plainYears(t.summary.byYear)).toEqual({ 2021: '100', 2022: '120', 2023: '80' });
    expect(findingList(t).filter((f) => !f.startsWith('PROCEDURE_HINT') && !f.startsWith('SECURITY_SHARE_LOW'))).toEqual([]);
  });

  it('reports a row whose years miss its total', () => {
    // 100 + 100 + 90 = 290, not the 300 written in D5.
    const t = checkSheet(sheet([['1', 'Dự án A', '2021-2023', 300, 100, 100, 90, 'NSĐP']]));
    expect(t.findings.find((f) => f.code === 'YEARS_SUM_MISMATCH')).toMatchObject({ cell: 'D5', expected: '300', actual: '290' });
  });
});

describe('a project whose time runs past the year columns (2026-2028 in a plan of 2026 and 2027)', () => {
  // Before: its years short of its total by the 2028 money were a YEARS_SUM_MISMATCH error, and so
  // was the total line's, on a right plan. The grids are written as the sheet stands.
  const plan = (lgsp2027: number, oneStopTime: string) => checkOne({
    sheet: 'KH', top: 1, left: 1,
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4'],
    values: [
      ['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026-2027 CỦA TỈNH', null, null, null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null, null, null],
      ['STT', 'Tên dự án', 'Thời gian thực hiện', 'Tổng kinh phí', 'Phân kỳ', null, 'Nguồn vốn'],
      [null, null, null, null, 'Năm 2026', 'Năm 2027', null],
      ['1', 'Xây dựng trung tâm điều hành thông minh (IOC)', '2026-2028', 10_000, 3_000, lgsp2027, 'NSĐP'],
      ['2', 'Nâng cấp hệ thống một cửa điện tử', oneStopTime, 2_000, 1_000, 1_000, 'NSĐP'],
      [null, 'Tổng cộng', null, 12_000, 4_000, 1_000 + lgsp2027, null],
    ],
  });

  it('is no mismatch when the years are short of the total: 10.000 − (3.000 + 4.000) = 3.000 is 2028\'s; the total line 12.000 − 9.000 is that same 3.000', () => {
    const t = plan(4_000, '2026-2027');
    expect(t.sums).toEqual([{ kind: 'years', total: 4, parts: [5, 6], stated: false }]);
    expect(codes(t)).not.toContain('YEARS_SUM_MISMATCH');
    // 3.000 + 1.000 in 2026, 4.000 + 1.000 in 2027, and the IOC's other 3.000 in 2028, the one year of
    // its time no column shows (before: that 3.000 was in no year, and its allocation 7.000 of 10.000).
    expect(plainYears(t.summary.byYear)).toEqual({ 2026: '4000', 2027: '5000', 2028: '3000' });
    expect(t.rows.find((r) => r.row === 5)?.allocationBasis).toBe('columns');
    // 2028 is past the plan's 2026-2027: said as money of the next plan.
    expect(t.findings.filter((f) => f.code === 'OUTSIDE_PERIOD').map((f) => [f.cell, f.actual])).toEqual([['D5', '3000']]);
  });

  it('a year column beside the total ("Tổng kinh phí | Kinh phí năm 2026") holds its year; the rest of the total is spread over the row\'s other years', () => {
    const t = checkOne({
      sheet: 'KH', top: 1, left: 1,
      values: [
        ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2030', null, null, null, null, null],
        ['Đơn vị tính: triệu đồng', null, null, null, null, null],
        ['STT', 'Tên nhiệm vụ', 'Thời gian', 'Nguồn vốn', 'Tổng kinh phí', 'Kinh phí năm 2026'],
        ['1', 'Nền tảng tích hợp dữ liệu', '2026-2030', 'NSĐP', 5000, 1000],
        ['2', 'Giám sát an toàn thông tin (SOC)', '2027-2028', 'NSĐP', 1200, null],
        [null, 'Tổng cộng', null, null, 6200, 1000],
      ],
    });
    // Row 4: 1.000 in 2026 as written, (5.000 − 1.000) / 4 = 1.000 in each of 2027-2030 (before: 4.000
    // in no year). Row 5: 1.200 / 2 = 600 in 2027 and 2028.
    expect(plainYears(t.rows[0].allocation)).toEqual({ 2026: '1000', 2027: '1000', 2028: '1000', 2029: '1000', 2030: '1000' });
    expect(plainYears(t.rows[0].years)).toEqual({ 2026: '1000' });
    expect(plainYears(t.summary.byYear)).toEqual({ 2026: '1000', 2027: '1600', 2028: '1600', 2029: '1000', 2030: '1000' });
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('in a plan of one year, a money column of a longer period is the money\'s period: no OUTSIDE_PERIOD for its other years', () => {
    const t = checkOne({
      sheet: 'KH', top: 1, left: 1,
      values: [
        ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027', null, null, null, null, null],
        ['Đơn vị tính: triệu đồng', null, null, null, null, null],
        ['STT', 'Tên nhiệm vụ', 'Thời gian thực hiện', 'Tổng kinh phí giai đoạn 2026-2030', 'Kinh phí năm 2027', 'Nguồn vốn'],
        ['1', 'Nền tảng tích hợp dữ liệu', '2026-2028', 3000, 1000, 'NSĐP'],
        ['2', 'Phần mềm quản lý văn bản', '2026-2027', 800, 400, 'NSĐP'],
      ],
    });
    // Row 4: 1.000 in 2027, (3.000 − 1.000) / 2 = 1.000 in 2026 and 2028; row 5: 400 in 2027, 400 in 2026.
    expect(plainYears(t.summary.byYear)).toEqual({ 2026: '1400', 2027: '1400', 2028: '1000' });
    expect(codes(t)).not.toContain('OUTSIDE_PERIOD');
  });

  it('is still a mismatch when the years hold more than the total: 3.000 + 8.000 = 11.000 > 10.000', () => {
    const f = plan(8_000, '2026-2027').findings.filter((x) => x.code === 'YEARS_SUM_MISMATCH');
    expect(f.map((x) => x.cell)).toEqual(['D5', 'D7']);
  });

  it('is still a mismatch for a project whose time is within the columns: 2026-2027, 1.000 + 1.000 ≠ 2.500', () => {
    const rows = (amount: number) => checkOne({
      sheet: 'KH', top: 1, left: 1, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4'],
      values: [
        ['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026-2027 CỦA TỈNH', null, null, null, null, null, null],
        ['Đơn vị tính: triệu đồng', null, null, null, null, null, null],
        ['STT', 'Tên dự án', 'Thời gian thực hiện', 'Tổng kinh phí', 'Phân kỳ', null, 'Nguồn vốn'],
        [null, null, null, null, 'Năm 2026', 'Năm 2027', null],
        ['1', 'Nâng cấp hệ thống một cửa điện tử', '2026-2027', amount, 1_000, 1_000, 'NSĐP'],
      ],
    });
    expect(codes(rows(2_000))).not.toContain('YEARS_SUM_MISMATCH');
    expect(rows(2_500).findings.filter((x) => x.code === 'YEARS_SUM_MISMATCH').map((x) => x.cell)).toEqual(['D5']);
  });
});

describe('a year header with a note after the year', () => {
  // "Phân kỳ thực hiện" over three years, each header with what officers add after the year. The
  // rows: 1.000 a year (3.000), and 500 + 1.000 + 0 (1.500); the total 1.500, 2.000, 1.000 (4.500).
  const plan = (years: [string, string, string]): ReturnType<typeof checkOne> => checkOne({
    sheet: 'KH', top: 1, left: 1, merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4'], values: [
      ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2028', null, null, null, null, null, null],
      ['Đơn vị tính: triệu đồng', null, null, null, null, null, null],
      ['STT', 'Nội dung', 'Tổng kinh phí', 'Phân kỳ thực hiện', null, null, 'Nguồn vốn'],
      [null, null, null, ...years, null],
      ['1', 'Nâng cấp hạ tầng mạng', 3_000, 1_000, 1_000, 1_000, 'NSĐP'],
      ['2', 'Phần mềm một cửa', 1_500, 500, 1_000, 0, 'NSĐP'],
      [null, 'Tổng cộng', 4_500, 1_500, 2_000, 1_000, null],
    ],
  });
  it.each([
    ['Năm 2026 (dự kiến)', 'Năm 2027 (dự kiến)', 'Năm 2028 (dự kiến)'],
    ['2026 (KH)', '2027 (KH)', '2028 (KH)'],
    ['Năm thứ nhất (2026)', 'Năm thứ hai (2027)', 'Năm thứ ba (2028)'],
    ['Năm 2026*', 'Năm 2027', 'Năm 2028'],
    ['Năm 2026 (*)', 'Năm 2027', 'Năm 2028'],
  ] as [string, string, string][])('"%s | %s | %s" are the years 2026, 2027, 2028', (...years) => {
    // Before: "(dự kiến)", "(KH)" and "Năm thứ nhất (2026)" hid the year (no year at all, no sum
    // checked); "Năm 2026*" lost 2026 alone, so each row's years missed its total: three false
    // YEARS_SUM_MISMATCH errors on a right table.
    const t = plan(years);
    expect(t.columnInfo.filter((c) => c.role === 'year').map((c) => [c.col, c.year])).toEqual([[4, 2026], [5, 2027], [6, 2028]]);
    expect(plainYears(t.summary.byYear)).toEqual({ 2026: '1500', 2027: '2000', 2028: '1000' });
    expect(codes(t).filter((c) => c.endsWith('MISMATCH'))).toEqual([]);
  });
  it('a wrong year under a noted header is found', () => {
    // 2027 typed 1.200 on the first row: 1.000 + 1.200 + 1.000 = 3.200, not 3.000.
    const t = checkOne({
      sheet: 'KH', top: 1, left: 1, values: [
        ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2028', null, null, null, null, null],
        ['STT', 'Nội dung', 'Tổng kinh phí', 'Năm 2026 (dự kiến)', 'Năm 2027 (dự kiến)', 'Năm 2028 (dự kiến)'],
        ['1', 'Nâng cấp hạ tầng mạng', 3_000, 1_000, 1_200, 1_000],
      ],
    });
    expect(t.findings.filter((f) => f.code === 'YEARS_SUM_MISMATCH').map((f) => f.cell)).toEqual(['C3']);
  });
  it('"(ước thực hiện)" after a year is what was done, beside the plan\'s year', () => {
    // 2025 as done (800, 500) beside 2026's plan (900, 600): the money is 2026's, 1.500.
    const t = checkOne({
      sheet: 'KH', top: 1, left: 1, values: [
        ['DỰ TOÁN CHI ỨNG DỤNG CNTT NĂM 2026', null, null, null],
        ['STT', 'Nội dung', 'Năm 2025 (ước thực hiện)', 'Năm 2026 (kế hoạch)'],
        ['1', 'Duy trì hệ thống quản lý văn bản', 800, 900],
        ['2', 'Duy trì cổng thông tin điện tử', 500, 600],
      ],
    });
    expect(t.summary.total.toFixed()).toBe('1500');
    expect(plainYears(t.summary.byYear)).toEqual({ 2026: '1500' });
  });
});

describe('years counted from the start ("Năm thứ nhất | Năm thứ hai | Năm thứ ba", "Năm 1 | Năm 2 | Năm 3")', () => {
  // Rows 1.000 a year (3.000) and 500 + 1.000 + 0 (1.500); the total 1.500, 2.000, 1.000 (4.500).
  const plan = (title: string, years: [string, string, string], first = 1_000) => checkOne({
    sheet: 'KH', top: 1, left: 1, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2'], values: [
      [title, null, null, null, null, null],
      ['STT', 'Nội dung', 'Tổng kinh phí', 'Phân kỳ thực hiện', null, null],
      [null, null, null, ...years],
      ['1', 'Nâng cấp hạ tầng mạng', 3_000, first, 1_000, 1_000],
      ['2', 'Phần mềm một cửa', 1_500, 500, 1_000, 0],
      [null, 'Tổng cộng', 4_500, 500 + first, 2_000, 1_000],
    ],
  });
  it.each([
    [['Năm thứ nhất', 'Năm thứ hai', 'Năm thứ ba']],
    [['Năm 1', 'Năm 2', 'Năm 3']],
    [['Năm thứ 1', 'Năm thứ 2', 'Năm thứ 3']],
  ] as [[string, string, string]][])('%j in a plan of 2026-2028 are 2026, 2027, 2028', (years) => {
    // Before: no year read at all ("Năm 1" not even as a header line), no sum of years asked.
    const t = plan('KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2028', years);
    expect(t.columnInfo.filter((c) => c.role === 'year').map((c) => [c.col, c.year])).toEqual([[4, 2026], [5, 2027], [6, 2028]]);
    expect(plainYears(t.summary.byYear)).toEqual({ 2026: '1500', 2027: '2000', 2028: '1000' });
    expect(codes(t).filter((c) => c.endsWith('MISMATCH'))).toEqual([]);
  });
  it('a row whose counted years miss its total is found: 1.200 + 1.000 + 1.000 is not 3.000', () => {
    // The total row's first year follows (500 + 1.200 = 1.700), so its years, 1.700 + 2.000 +
    // 1.000 = 4.700, miss its 4.500 too.
    const t = plan('KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2028', ['Năm thứ nhất', 'Năm thứ hai', 'Năm thứ ba'], 1_200);
    expect(t.findings.filter((f) => f.code === 'YEARS_SUM_MISMATCH').map((f) => f.cell)).toEqual(['C4', 'C6']);
  });
  it('with no period to count from, or more years than the period holds, they stay figures of their own', () => {
    for (const title of ['DỰ TOÁN KINH PHÍ CÁC NHIỆM VỤ CNTT', 'KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2027']) {
      const t = plan(title, ['Năm thứ nhất', 'Năm thứ hai', 'Năm thứ ba']);
      expect(t.columnInfo.filter((c) => c.role === 'year')).toEqual([]);
      expect(t.columnInfo.filter((c) => c.money).map((c) => c.col)).toEqual([3, 4, 5, 6]);
    }
  });
});
