// The three-year financial plan (kế hoạch tài chính – ngân sách nhà nước 03 năm) and the yearly
// estimate name their year columns from the budget year N: "Ước thực hiện năm N | Dự kiến năm
// N+1 | N+2 | N+3", "Thực hiện năm N-2 | Dự toán năm N-1 | … | Dự toán năm N | N+1 | N+2". Which
// year N is, the title's period tells: the planned columns, latest first, are its years. Figures
// below are the tables' own, added by hand.
import type { CellValue, Grid } from '../../../src/core/grid';
import { checkGrid, defaultSettings } from '../../../src/core/check';
import { checkOne } from '../../helpers/grid';
import { plainYears } from '../../helpers/sheets';

function sheet(title: string, header: CellValue[], body: CellValue[][]): Grid {
  const width = header.length;
  const pad = (r: CellValue[]) => [...r, ...Array(width - r.length).fill(null)];
  return { sheet: 'KHTC', top: 1, left: 1, values: [pad([title]), pad(['Đơn vị tính: triệu đồng']), header, ...body.map(pad)] };
}

const errors = (t: ReturnType<typeof checkOne>) => t.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.cell]);
const moneyColumns = (t: ReturnType<typeof checkOne>) => t.columnInfo.filter((c) => c.money).map((c) => [c.col, c.role, c.year]);

describe('years named from the budget year N', () => {
  const threeYears = (last: number) => sheet('KẾ HOẠCH TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM 2027-2029 LĨNH VỰC CÔNG NGHỆ THÔNG TIN',
    ['STT', 'Nội dung', 'Ước thực hiện năm N', 'Dự kiến năm N+1', 'Dự kiến năm N+2', 'Dự kiến năm N+3'], [
      ['1', 'Duy trì hạ tầng', 900, 1_000, 1_100, 1_200],
      ['2', 'Phần mềm quản lý', 400, 500, 600, 700],
      [null, 'Tổng cộng', 1_300, 1_500, 1_700, last],
    ]);

  it('"Dự kiến năm N+1 | N+2 | N+3" in a plan of 2027-2029 are 2027, 2028, 2029; "Ước thực hiện năm N" is 2026, done', () => {
    // Before: no column was money, and the sheet was "không tìm thấy bảng ngân sách".
    const t = checkOne(threeYears(1_900));
    expect(moneyColumns(t)).toEqual([[3, 'other', 2026], [4, 'year', 2027], [5, 'year', 2028], [6, 'year', 2029]]);
    // The header as written, with the year it means after it.
    expect(t.columnInfo.find((c) => c.col === 4)?.header).toBe('Dự kiến năm N+1 (2027)');
    // By year: 1.000 + 500, 1.100 + 600, 1.200 + 700; in all 5.100 (what was done in 2026 is no plan).
    expect(plainYears(t.summary.byYear)).toEqual({ 2027: '1500', 2028: '1700', 2029: '1900' });
    expect(t.summary.total.toFixed()).toBe('5100');
    expect(errors(t)).toEqual([]);
  });

  it('a wrong total of a year is found at its cell', () => {
    // 1.200 + 700 = 1.900, not 2.000.
    expect(errors(checkOne(threeYears(2_000)))).toEqual([['SUBTOTAL_MISMATCH', 'F6']]);
  });

  it.each([
    ['named from N', ['Thực hiện năm N-2', 'Dự toán năm N-1', 'Ước thực hiện năm N-1', 'Dự toán năm N', 'Dự kiến năm N+1', 'Dự kiến năm N+2']],
    ['with the years written', ['Thực hiện năm 2025', 'Dự toán năm 2026', 'Ước thực hiện năm 2026', 'Dự toán năm 2027', 'Dự kiến năm 2028', 'Dự kiến năm 2029']],
  ])('the circular\'s full form (%s): the plan is N to N+2, last year\'s estimate a figure of its own', (_, years) => {
    // Before: N-named, "Dự toán năm N-1" was a year too (6.400 in all, 1.300 put in 2026 with two
    // OUTSIDE_PERIOD); with the years written, "Dự toán năm 2026" was the amount (1.300 in all).
    const t = checkOne(sheet('KẾ HOẠCH TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM 2027-2029', ['STT', 'Nội dung', ...years], [
      [null, 'Tổng cộng', 1_100, 1_300, 1_250, 1_500, 1_700, 1_900],
      ['1', 'Duy trì hạ tầng', 800, 900, 880, 1_000, 1_100, 1_200],
      ['2', 'Phần mềm quản lý', 300, 400, 370, 500, 600, 700],
    ]));
    expect(moneyColumns(t)).toEqual([[3, 'other', 2025], [4, 'other', 2026], [5, 'other', 2026], [6, 'year', 2027], [7, 'year', 2028], [8, 'year', 2029]]);
    // 1.000 + 500, 1.100 + 600, 1.200 + 700.
    expect(plainYears(t.summary.byYear)).toEqual({ 2027: '1500', 2028: '1700', 2029: '1900' });
    expect(t.summary.total.toFixed()).toBe('5100');
    expect(t.findings.map((f) => f.code)).not.toContain('OUTSIDE_PERIOD');
    expect(errors(t)).toEqual([]);
  });

  it('a year\'s estimate ("… | Ước thực hiện năm N | Dự toán năm N+1") for 2027: its money is 2027\'s', () => {
    const t = checkOne(sheet('DỰ TOÁN CHI ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2027',
      ['STT', 'Nội dung', 'Thực hiện năm N-1', 'Ước thực hiện năm N', 'Dự toán năm N+1', 'Nguồn vốn'], [
        ['1', 'Duy trì hạ tầng', 800, 880, 1_000, 'NSĐP'],
        ['2', 'Phần mềm quản lý', 300, 370, 500, 'NSĐP'],
        [null, 'Tổng cộng', 1_100, 1_250, 1_500, null],
      ]));
    // 1.000 + 500 in 2027; 2025 and 2026 are what was done.
    expect(moneyColumns(t)).toEqual([[3, 'other', 2025], [4, 'other', 2026], [5, 'year', 2027]]);
    expect(plainYears(t.summary.byYear)).toEqual({ 2027: '1500' });
    expect(errors(t)).toEqual([]);
  });

  it('"Dự kiến năm N+1 (2027)" is 2027 on its own, with no period in the title', () => {
    const t = checkOne(sheet('KẾ HOẠCH TÀI CHÍNH 03 NĂM',
      ['STT', 'Nội dung', 'Dự kiến năm N+1 (2027)', 'Dự kiến năm N+2 (2028)'], [
        ['1', 'Duy trì hạ tầng', 1_000, 1_100],
        ['2', 'Phần mềm quản lý', 500, 600],
      ]));
    expect(plainYears(t.summary.byYear)).toEqual({ 2027: '1500', 2028: '1700' });
  });

  it('"Dự kiến năm N+1 (2027)" under a stated period keeps its header as written (no second year put after it)', () => {
    const t = checkOne(sheet('KẾ HOẠCH TÀI CHÍNH 03 NĂM 2027-2028',
      ['STT', 'Nội dung', 'Dự kiến năm N+1 (2027)', 'Dự kiến năm N+2 (2028)'], [
        ['1', 'Duy trì hạ tầng', 1_000, 1_100],
        ['2', 'Phần mềm quản lý', 500, 600],
      ]));
    expect(t.columnInfo.filter((c) => c.money).map((c) => c.header)).toEqual(['Dự kiến năm N+1 (2027)', 'Dự kiến năm N+2 (2028)']);
    expect(plainYears(t.summary.byYear)).toEqual({ 2027: '1500', 2028: '1700' });
  });

  it('"Dự kiến năm N+1 / NSTW | NSĐP": the year over its sources is the year too', () => {
    // Before: the sources were read, the years not (nothing by year). By hand: 2027 400 + 100 NSTW,
    // 600 + 400 NSĐP; 2028 500 + 200, 600 + 400; 2029 500 + 300, 700 + 400.
    const g = sheet('KẾ HOẠCH TÀI CHÍNH 03 NĂM 2027-2029',
      ['STT', 'Nội dung', 'Dự kiến năm N+1', null, 'Dự kiến năm N+2', null, 'Dự kiến năm N+3', null], [
        [null, null, 'NSTW', 'NSĐP', 'NSTW', 'NSĐP', 'NSTW', 'NSĐP'],
        ['1', 'Duy trì hạ tầng', 400, 600, 500, 600, 500, 700],
        ['2', 'Phần mềm quản lý', 100, 400, 200, 400, 300, 400],
      ]);
    g.merges = ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:H3'];
    const t = checkOne(g);
    expect(plainYears(t.summary.byYear)).toEqual({ 2027: '1500', 2028: '1700', 2029: '1900' });
    const bys = (y: number) => Object.fromEntries(Object.entries(t.summary.byYearSource.get(y) ?? {}).map(([k, v]) => [k, v?.toFixed()]));
    expect(bys(2027)).toEqual({ NSTW: '500', 'NSĐP': '1000' });
    expect(errors(t)).toEqual([]);
  });

  it('a second table under the first\'s title ("Biểu 2: Chi thường xuyên") reads its N from the sheet\'s period', () => {
    // Before: the second table's years were unread (its total 0); by hand 1.000, 1.100, 1.200.
    const values: CellValue[][] = [
      ['KẾ HOẠCH TÀI CHÍNH - NGÂN SÁCH NHÀ NƯỚC 03 NĂM 2027-2029'], ['Biểu 1: Chi đầu tư phát triển'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Dự kiến năm N+1', 'Dự kiến năm N+2', 'Dự kiến năm N+3'],
      ['1', 'Trung tâm dữ liệu', 3_000, 2_000, 1_000],
      [null, 'Cộng', 3_000, 2_000, 1_000],
      [],
      ['Biểu 2: Chi thường xuyên'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Dự kiến năm N+1', 'Dự kiến năm N+2', 'Dự kiến năm N+3'],
      ['1', 'Duy trì hạ tầng', 1_000, 1_100, 1_200],
      [null, 'Cộng', 1_000, 1_100, 1_200],
    ];
    const tables = checkGrid({ sheet: 'KHTC', top: 1, left: 1, values: values.map((r) => [...r, ...Array(5 - r.length).fill(null)]) }, defaultSettings());
    expect(tables.map((t) => [t.period, plainYears(t.summary.byYear)])).toEqual([
      [{ from: 2027, to: 2029 }, { 2027: '3000', 2028: '2000', 2029: '1000' }],
      [{ from: 2027, to: 2029 }, { 2027: '1000', 2028: '1100', 2029: '1200' }],
    ]);
  });

  it('with no period anywhere, N is not guessed: each column is money of its own, its total checked', () => {
    const t = checkOne(sheet('KẾ HOẠCH TÀI CHÍNH 03 NĂM',
      ['STT', 'Nội dung', 'Dự kiến năm N+1', 'Dự kiến năm N+2'], [
        ['1', 'Duy trì hạ tầng', 1_000, 1_100],
        ['2', 'Phần mềm quản lý', 500, 600],
        [null, 'Tổng cộng', 1_500, 1_800],
      ]));
    expect(moneyColumns(t)).toEqual([[3, 'other', null], [4, 'other', null]]);
    // 1.100 + 600 = 1.700, not 1.800.
    expect(errors(t)).toEqual([['SUBTOTAL_MISMATCH', 'D6']]);
  });
});
