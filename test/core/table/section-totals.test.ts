// A section's own subtotal line: plan appendices often close each Roman section with "Cộng I"
// (or "Cộng mục I", "Cộng:", …) under its items, then a grand total "Tổng cộng (I+II)". Such a
// table is right: "Cộng I" adds section I's items, not everything above it. A wrong "Cộng I" is
// still reported, at its cell, with its section's sum.
import { checkGrid, checkWorkbook, defaultSettings } from '../../../src/core/check';
import type { CellValue } from '../../../src/core/grid';
import { checkResultToJSON } from '../../../src/core/json';
import { buildCheckSheets } from '../../../src/core/sheets';
import { checkPlanRows, checkSheetTables, gridOf, PLAN_HEADER } from '../../helpers/sheets';

const UNIT: CellValue[] = ['Đơn vị tính: triệu đồng'];

// Warnings and errors only: the procedure hints and typed-subtotal notes (info) are not the point.
function check(rows: CellValue[][], formulas?: Record<string, string>) {
  return checkPlanRows([UNIT], rows, { formulas });
}

// Rows 3..7: sections I (A 100 + B 50 = 150) and II (C 70) with their amounts on their own rows,
// for the lines below them that tests add.
const STATED_SECTIONS: CellValue[][] = [
  ['I', 'Nhóm 1', null, 150],
  ['1', 'Nâng cấp cổng dịch vụ công', '2026', 100, 'NSĐP'],
  ['2', 'Giám sát an toàn thông tin', '2026', 50, 'NSĐP'],
  ['II', 'Nhóm 2', null, 70],
  ['1', 'Số hóa hồ sơ', '2026', 70, 'NSĐP'],
];

// Rows 3..10: section I (A 100 + B 50 = 150) closed by its line on row 6, section II (C 70)
// closed on row 9, the grand total 150 + 70 = 220 on row 10. B is the security work (50 of 220,
// above the 10 % share), so a right table says nothing at all.
function plan(lineI: string, lineII: string, grand: string | null, amounts = { lineI: 150, lineII: 70, grand: 220 }): CellValue[][] {
  return [
    ['I', 'Nhóm 1'],
    ['1', 'Nâng cấp cổng dịch vụ công', '2026', 100, 'NSĐP'],
    ['2', 'Giám sát an toàn thông tin', '2026', 50, 'NSĐP'],
    [null, lineI, null, amounts.lineI],
    ['II', 'Nhóm 2'],
    ['1', 'Số hóa hồ sơ', '2026', 70, 'NSĐP'],
    [null, lineII, null, amounts.lineII],
    ...(grand === null ? [] : [[null, grand, null, amounts.grand]]),
  ];
}

describe('a section closed by its own subtotal line', () => {
  it('a right table raises nothing: "Cộng I" is I\'s 150, "Cộng II" II\'s 70, the total 220', () => {
    const { table, said } = check(plan('Cộng I', 'Cộng II', 'Tổng cộng (I+II)'));
    expect(said).toEqual([]);
    const kinds = table.rows.map((r) => `${r.row} ${r.kind}${r.totalOf !== undefined ? ` of ${r.totalOf}` : ''}`);
    expect(kinds).toEqual(['3 section', '4 item', '5 item', '6 total of 3', '7 section', '8 item', '9 total of 7', '10 total']);
    const computed = (row: number) => table.rows.find((r) => r.row === row)?.computed?.toFixed();
    expect([computed(3), computed(6), computed(7), computed(9), computed(10)]).toEqual(['150', '150', '70', '70', '220']);
    // The items only: 100 + 50 + 70, the lines never counted again.
    expect(table.summary.total.toFixed()).toBe('220');
    expect(table.summary.bySource['NSĐP'].toFixed()).toBe('220');
    expect(table.summary.statedTotal?.toFixed()).toBe('220');
  });

  it.each([
    ['Cộng mục I', 'Cộng mục II', 'Tổng cộng'],
    ['Cộng phần I', 'Cộng phần II', 'TỔNG SỐ'],
    ['Cộng (I)', 'Cộng (II)', 'Tổng cộng (I+II)'],
    ['Cộng nhóm 1', 'Cộng nhóm 2', 'Tổng cộng'],
    ['Cộng mục 1', 'Cộng mục 2', 'Tổng cộng'],
    ['Tổng I', 'Tổng II', 'Tổng cộng (I+II+III)'],
    ['CỘNG I:', 'CỘNG II:', 'TỔNG CỘNG'],
    ['Cộng:', 'Cộng:', 'Tổng cộng'],
    ['Cộng', 'Cộng', null],
    ['Cộng I', 'Cộng II', null],
    ['Cộng I - Nhóm 1', 'Cộng II - Nhóm 2', 'Tổng cộng (I + II)'],
  ])('%s / %s / %s: no finding, the total 220', (lineI, lineII, grand) => {
    const { table, said } = check(plan(lineI, lineII, grand));
    expect(said).toEqual([]);
    expect(table.rows.filter((r) => r.totalOf !== undefined).map((r) => [r.row, r.totalOf])).toEqual([[6, 3], [9, 7]]);
    expect(table.summary.total.toFixed()).toBe('220');
    expect(table.summary.statedTotal?.toFixed() ?? null).toBe(grand === null ? null : '220');
  });

  it('a wrong "Cộng I" is one mismatch at its cell, expecting I\'s 100 + 50 = 150', () => {
    const { table, said } = check(plan('Cộng I', 'Cộng II', 'Tổng cộng (I+II)', { lineI: 160, lineII: 70, grand: 220 }));
    expect(said).toEqual(['SUBTOTAL_MISMATCH D6']);
    expect(table.findings.find((f) => f.code === 'SUBTOTAL_MISMATCH')).toMatchObject({ expected: '150', actual: '160' });
  });

  it('a wrong grand total is one mismatch at its cell, expecting 100 + 50 + 70 = 220', () => {
    const { table, said } = check(plan('Cộng I', 'Cộng II', 'Tổng cộng (I+II)', { lineI: 150, lineII: 70, grand: 230 }));
    expect(said).toEqual(['SUBTOTAL_MISMATCH D10']);
    expect(table.findings.find((f) => f.code === 'SUBTOTAL_MISMATCH')).toMatchObject({ expected: '220', actual: '230' });
    expect(table.summary.statedTotal?.toFixed()).toBe('230');
  });

  it('a total on top stays the grand total; the lines below are their sections\'', () => {
    const { table, said } = check([[null, 'TỔNG CỘNG', null, 220], ...plan('Cộng I', 'Cộng II', null)]);
    expect(said).toEqual([]);
    expect(table.summary.statedTotal?.toFixed()).toBe('220');
  });

  it('a section and its line both stating the amount are both checked; both blank is said once, at the line', () => {
    const both = plan('Cộng I', 'Cộng II', 'Tổng cộng');
    both[0] = ['I', 'Nhóm 1', null, 140]; // 100 + 50 = 150, not 140
    expect(check(both).said).toEqual(['SUBTOTAL_MISMATCH D3']);
    const blank = plan('Cộng I', 'Cộng II', 'Tổng cộng');
    blank[3] = [null, 'Cộng I'];
    const { table, said } = check(blank);
    expect(said).toEqual(['SUBTOTAL_MISSING D6']);
    expect(table.findings.find((f) => f.code === 'SUBTOTAL_MISSING')).toMatchObject({ expected: '150' });
  });

  it('an unreadable item under a section whose amount is on its line gets the line\'s gap as suggestion', () => {
    // "Cộng I" says 150, A has 100: the unreadable B would close it at 50.
    const body = plan('Cộng I', 'Cộng II', 'Tổng cộng');
    body[2] = ['2', 'Giám sát an toàn thông tin', '2026', 'năm mươi', 'NSĐP'];
    const { table } = check(body);
    expect(table.findings.find((f) => f.code === 'AMOUNT_UNREADABLE')).toMatchObject({ cell: 'D5', suggestion: '50' });
  });

  it('"Cộng I - II" under the last section adds both sections: it is the grand total', () => {
    // I 150 and II 70 on their own rows; "Cộng I - II" 220 = 150 + 70.
    const { table, said } = check([
      ...STATED_SECTIONS,
      [null, 'Cộng I - II', null, 220],
    ]);
    expect(said).toEqual([]);
    expect(table.summary.statedTotal?.toFixed()).toBe('220');
  });

  it('a lone "Cộng" at the end of a plan is still its grand total', () => {
    // I 150 (100 + 50) and II 70 state their own amounts; "Cộng" 220 adds both.
    const { table, said } = check([
      ...STATED_SECTIONS,
      [null, 'Cộng', null, 220],
    ]);
    expect(said).toEqual([]);
    expect(table.rows[table.rows.length - 1].totalOf).toBeUndefined();
    expect(table.summary.statedTotal?.toFixed()).toBe('220');
  });

  it('formulas: a total over the lines ("=D6+D9") covers every item; a line whose SUM stops short is reported', () => {
    const right = check(plan('Cộng I', 'Cộng II', 'Tổng cộng (I+II)'), { D6: 'SUM(D4:D5)', D9: 'SUM(D8)', D10: 'D6+D9' });
    expect(right.said).toEqual([]);
    const short = check(plan('Cộng I', 'Cộng II', 'Tổng cộng (I+II)'), { D6: 'SUM(D4:D4)', D9: 'SUM(D8)', D10: 'D6+D9' });
    expect(short.said).toEqual(['FORMULA_RANGE_INCOMPLETE D6']);
    expect(short.table.findings.find((f) => f.code === 'FORMULA_RANGE_INCOMPLETE')?.related).toEqual(['D5']);
  });
});

describe('section lines in a form with year columns', () => {
  const YEARS: CellValue[] = ['STT', 'Tên nhiệm vụ', 'Tổng kinh phí', 'Năm 2026', 'Năm 2027', 'Nguồn vốn'];
  // Rows 3..10. I: A 100 (60 + 40) and B 50 (20 + 30): 150 = 80 + 70. II: C 70 (70 + 0).
  // All: 220 = 150 + 70.
  const rows = (): CellValue[][] => [
    ['I', 'Nhóm 1'],
    ['1', 'Nâng cấp cổng dịch vụ công', 100, 60, 40, 'NSĐP'],
    ['2', 'Giám sát an toàn thông tin', 50, 20, 30, 'NSTW'],
    [null, 'Cộng I', 150, 80, 70],
    ['II', 'Nhóm 2'],
    ['1', 'Số hóa hồ sơ', 70, 70, 0, 'NSĐP'],
    [null, 'Cộng II', 70, 70, 0],
    [null, 'Tổng cộng', 220, 150, 70],
  ];
  const checkYears = (body: CellValue[][]) => {
    const [t] = checkSheetTables({ name: 'KH', rows: [UNIT, YEARS, ...body] });
    return { table: t, said: t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.cell ?? ''}`.trim()) };
  };

  it('every money column of a line is its section\'s, and the totals count the items once', () => {
    const { table, said } = checkYears(rows());
    expect(said).toEqual([]);
    expect(table.summary.total.toFixed()).toBe('220');
    expect(table.summary.bySource['NSĐP'].toFixed()).toBe('170'); // 100 + 70
    expect(table.summary.bySource['NSTW'].toFixed()).toBe('50');
    expect(table.summary.byYear.get(2026)?.toFixed()).toBe('150'); // 60 + 20 + 70
    expect(table.summary.byYear.get(2027)?.toFixed()).toBe('70'); // 40 + 30 + 0
  });

  it('a line\'s wrong year cell is reported at that cell with its section\'s sum', () => {
    const body = rows();
    body[3] = [null, 'Cộng I', 150, 80, 80]; // 2027: 40 + 30 = 70, not 80
    const { table, said } = checkYears(body);
    expect(said).toEqual(['SUBTOTAL_MISMATCH E6', 'YEARS_SUM_MISMATCH C6']);
    expect(table.findings.find((f) => f.code === 'SUBTOTAL_MISMATCH')).toMatchObject({ expected: '70', actual: '80' });
  });
});

describe('section lines in what the doors write', () => {
  const spec = { name: 'KH', rows: [UNIT, PLAN_HEADER, ...plan('Cộng I', 'Cộng II', 'Tổng cộng (I+II)')] };
  const result = checkWorkbook('plan.xlsx', [gridOf(spec)], defaultSettings());

  it('JSON: a line is a total naming its section in totalOf; other rows have no totalOf', () => {
    const rows = checkResultToJSON(result).tables[0].rows;
    expect(rows.filter((r) => 'totalOf' in r).map((r) => [r.row, r.kind, r.totalOf])).toEqual([[6, 'total', 3], [9, 'total', 7]]);
  });

  it('NS Tổng hợp: the stated total is the grand total\'s cell, not "Cộng I"\'s', () => {
    const summary = buildCheckSheets(result, [gridOf(spec)])[1];
    const label = summary.cells.find((c) => c.address.startsWith('A') && c.value === 'Tổng cộng ghi trong bảng');
    const stated = summary.cells.find((c) => c.address === `B${label?.address.slice(1)}`);
    expect(stated?.formula).toBe("'KH'!D10");
  });
});

describe('section lines gathered after every section, and a recap under the grand total', () => {
  // Section I (A 100 + B 50 = 150) and II (C 70), then their lines one after another on rows 8
  // and 9, then the grand total 220 on row 10. Before, "Cộng I" and "Cộng II" were read as two
  // more grand totals: two false SUBTOTAL_MISMATCH (150 and 70 against 220) and a false
  // SUBTOTAL_MISSING on each section.
  const gathered = (lineI = 150): CellValue[][] => [
    ['I', 'Nhóm 1'],
    ['1', 'Nâng cấp cổng dịch vụ công', '2026', 100, 'NSĐP'],
    ['2', 'Giám sát an toàn thông tin', '2026', 50, 'NSĐP'],
    ['II', 'Nhóm 2'],
    ['1', 'Số hóa hồ sơ', '2026', 70, 'NSĐP'],
    [null, 'Cộng I', null, lineI],
    [null, 'Cộng II', null, 70],
    [null, 'Tổng cộng (I+II)', null, 220],
  ];

  it('each line is its named section\'s: a right table says nothing', () => {
    const { table, said } = check(gathered());
    expect(said).toEqual([]);
    expect(table.rows.filter((r) => r.kind === 'total').map((r) => [r.row, r.totalOf])).toEqual([[8, 3], [9, 6], [10, undefined]]);
    expect(table.summary.total.toFixed()).toBe('220');
    expect(table.summary.statedTotal?.toFixed()).toBe('220');
  });

  it('a wrong gathered line is reported at its cell with its section\'s sum', () => {
    const { table, said } = check(gathered(160));
    expect(said).toEqual(['SUBTOTAL_MISMATCH D8']);
    expect(table.findings.find((f) => f.code === 'SUBTOTAL_MISMATCH')).toMatchObject({ expected: '150', actual: '160' });
  });

  it('unnumbered lines under the grand total recap it and are not counted again', () => {
    // "Trong đó: Nhóm 1 150" and "Nhóm 2 70" under "Tổng cộng 220". Before, "Nhóm 2" was read
    // as a 70 more item: a total of 290, a false SUBTOTAL_MISMATCH and two false warnings.
    const { table, said } = check([
      ...STATED_SECTIONS,
      [null, 'Tổng cộng', null, 220],
      [null, 'Trong đó: Nhóm 1', null, 150],
      [null, 'Nhóm 2', null, 70],
    ]);
    expect(said).toEqual([]);
    expect(table.summary.total.toFixed()).toBe('220');
    expect(table.range).toBe('A2:E8');
  });
});

describe('a total with rows below it: "Cộng", then an add-on or the next group, then "Tổng cộng"', () => {
  // Items 100 + 100 = 200 under "Cộng"; a contingency line of 10 (5 %); "Tổng cộng" 210. Before,
  // "Cộng" was held against every item (210): a false SUBTOTAL_MISMATCH, and the plan's total was
  // read from "Cộng" (200), not from "Tổng cộng".
  const addOn = (formulas?: Record<string, string>) => check([
    ['1', 'Nâng cấp cổng dịch vụ công', '2026', 100, 'NSĐP'],
    ['2', 'Giám sát an toàn thông tin', '2026', 100, 'NSĐP'],
    [null, 'Cộng', null, 200],
    [null, 'Dự phòng (5%)', '2026', 10, 'NSĐP'],
    [null, 'Tổng cộng', null, 210],
  ], formulas);

  it('"Cộng" adds the items above it, "Tổng cộng" every line: a right table says nothing', () => {
    const { table, said } = addOn();
    expect(said).toEqual([]);
    const computed = (row: number) => table.rows.find((r) => r.row === row)?.computed?.toFixed();
    expect([computed(5), computed(7)]).toEqual(['200', '210']);
    expect(table.summary.total.toFixed()).toBe('210');
    expect(table.summary.statedTotal?.toFixed()).toBe('210');
  });

  it('"=D5+D6" over "Cộng" and the add-on counts every item: no range finding', () => {
    const { said } = addOn({ D5: 'SUM(D3:D4)', D6: 'D5*5%', D7: 'D5+D6' });
    expect(said).toEqual([]);
  });

  // Two groups, each closed by "Cộng" (200 and 150), then "Tổng cộng" 350.
  const groups = (second: number) => check([
    ['1', 'Nâng cấp cổng dịch vụ công', '2026', 100, 'NSĐP'],
    ['2', 'Giám sát an toàn thông tin', '2026', 100, 'NSĐP'],
    [null, 'Cộng', null, 200],
    ['3', 'Số hóa hồ sơ', '2026', 70, 'NSĐP'],
    ['4', 'Đào tạo kỹ năng số', '2026', 80, 'NSĐP'],
    [null, 'Cộng', null, second],
    [null, 'Tổng cộng', null, 350],
  ]);

  it('each group\'s "Cộng" adds its own group', () => {
    expect(groups(150).said).toEqual([]);
  });

  it('a wrong group line is held against its group (150), the sum it most likely meant', () => {
    const { table, said } = groups(160);
    expect(said).toEqual(['SUBTOTAL_MISMATCH D8']);
    expect(table.findings.find((f) => f.code === 'SUBTOTAL_MISMATCH')).toMatchObject({ expected: '150', actual: '160' });
  });
});

describe('a table printed over two pages, with its page sum and carry lines', () => {
  // Before: "Trang trước chuyển sang | 1.500" was an item (counted twice: a false SUBTOTAL_MISMATCH
  // of 1.500 and a SOURCE_MISSING), "Chuyển sang trang sau" a section over it; and without carry
  // lines the header repeated under "Cộng trang" opened a second table.
  const pages = (carry: boolean): CellValue[][] => [
    ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027', null, null, null, null],
    ['Đơn vị tính: triệu đồng', null, null, null, null],
    ['STT', 'Nhiệm vụ', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
    ['1', 'Nâng cấp cổng thông tin điện tử', '2027', 1000, 'NSĐP'],
    ['2', 'Số hóa hồ sơ lưu trữ', '2027', 500, 'NSĐP'],
    [null, 'Cộng trang', null, 1500, null],
    ...(carry ? [[null, 'Chuyển sang trang sau', null, 1500, null]] : []),
    ['STT', 'Nhiệm vụ', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
    ...(carry ? [[null, 'Trang trước chuyển sang', null, 1500, null]] : []),
    ['3', 'Thuê đường truyền số liệu chuyên dùng', '2027', 300, 'NSĐP'],
    ['4', 'Giám sát an toàn thông tin', '2027', 200, 'NSĐP'],
    [null, 'Tổng cộng', null, 2000, null],
  ];

  it.each([true, false])('is one table whose items add up to its total: 1.000 + 500 + 300 + 200 = 2.000 (carry lines: %s)', (carry) => {
    const tables = checkGrid({ sheet: 'KH', top: 1, left: 1, values: pages(carry) }, defaultSettings());
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.name)).toEqual([
      'Nâng cấp cổng thông tin điện tử', 'Số hóa hồ sơ lưu trữ', 'Thuê đường truyền số liệu chuyên dùng', 'Giám sát an toàn thông tin',
    ]);
    expect(t.summary.total.toFixed()).toBe('2000');
    // 200 of 2.000 is 10 %: no security warning either.
    expect(t.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  });

  it('keeps a task that only begins with "chuyển sang" ("Chuyển sang sử dụng IPv6")', () => {
    const t = checkGrid({ sheet: 'KH', top: 1, left: 1, values: [
      ['KẾ HOẠCH ỨNG DỤNG CNTT NĂM 2027', null, null, null, null],
      ['STT', 'Nhiệm vụ', 'Thời gian', 'Kinh phí', 'Nguồn vốn'],
      ['1', 'Chuyển sang sử dụng IPv6', '2027', 700, 'NSĐP'],
      [null, 'Tổng cộng', null, 700, null],
    ] }, defaultSettings())[0];
    expect(t.rows.filter((r) => r.kind === 'item').map((r) => r.name)).toEqual(['Chuyển sang sử dụng IPv6']);
  });
});
