// Source columns under merged headers: the medium-term investment form (three header rows:
// "Kế hoạch vốn giai đoạn 2021-2025" over "Tổng số | Trong đó" over "NSTW | NSĐP | Khác"),
// the grand total right under the header, and a table of years and sources with no total column.
import { checkResultToJSON } from '../../../src/core/json';
import { investmentPlan, yearSourceCellsPlan, yearTotalSourcesPlan } from '../../helpers/layouts';
import { checkSheet, findingList, plainYears, rowAt, SheetSpec } from '../../helpers/sheets';

describe('source columns under "Kế hoạch vốn … / Trong đó"', () => {
  const t = checkSheet(investmentPlan());

  it('reads the three-row band: the plan total, its sources, the columns beside them', () => {
    expect(t.headerRow).toBe(5);
    expect(t.headerEnd).toBe(7);
    expect(t.columnInfo.map((c) => [c.col, c.role, c.source])).toEqual([
      [1, 'stt', null], [2, 'name', null], [3, 'owner', null], [4, 'time', null],
      [5, 'other', null], [6, 'allocated', null], [7, 'amount', null],
      [8, 'source', 'NSTW'], [9, 'source', 'NSĐP'], [10, 'source', 'Khác'], [11, 'note', null],
    ]);
    expect(t.columnInfo[7].header).toBe('Kế hoạch vốn giai đoạn 2021-2025 / Trong đó / NSTW');
    // TMĐT is money too (checked column by column) but not the plan's total.
    expect(t.moneyColumns.map((c) => c.col)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(t.sums).toEqual([{ kind: 'sources', total: 7, parts: [8, 9, 10], stated: false }]);
    expect(t.period).toEqual({ from: 2021, to: 2025 });
  });

  it('takes the source columns as each row\'s sources and the totals by source from them', () => {
    const digital = rowAt(t, 13);
    expect(digital.sourcesFrom).toBe('columns');
    expect(digital.sources.map((s) => [s.code, s.amount?.toFixed()])).toEqual([['NSTW', '10000'], ['NSĐP', '6000'], ['Khác', '4000']]);
    expect(t.summary.total.toFixed()).toBe('65000');
    expect(t.summary.bySource.NSTW.toFixed()).toBe('30000');
    expect(t.summary.bySource['NSĐP'].toFixed()).toBe('31000');
    expect(t.summary.bySource['Khác'].toFixed()).toBe('4000');
    expect(t.summary.bySource['Chưa rõ'].toFixed()).toBe('0');
  });

  it('reads the total on top as the grand total of every item', () => {
    const total = rowAt(t, 8);
    expect(total.kind).toBe('total');
    expect(total.computed?.toFixed()).toBe('65000');
    expect(t.summary.statedTotal?.toFixed()).toBe('65000');
    expect(rowAt(t, 9).parentRow).toBeNull();
    expect(rowAt(t, 10).parentRow).toBe(9);
  });

  it('raises nothing on the right table but the procedure of each new project, by its TMĐT', () => {
    // Changed on purpose: the title says "đầu tư công", so every project is ĐTPT (before: of no
    // known type, so no procedure was asked). The plan is of 2021-2025 (ND 73/2019, Điều 10 khoản 2
    // điểm b: one-step design up to 15 tỷ): 30.000 is over it, 10.000 within. The projects carried
    // over (section I) were decided before the plan: no hint.
    expect(findingList(t)).toEqual(['PROCEDURE_HINT@E13', 'PROCEDURE_HINT@E14']);
    expect(t.findings.map((f) => f.expected)).toEqual(['feasibility-study', 'one-step-design']);
  });

  it('reports sources that do not add up, and every source column whose subtotal misses', () => {
    // TTDL's NSĐP typed 6.000: its sources make 11.000, not 10.000; I's and the total's NSĐP cells
    // (15.000, 31.000) no longer match their items (16.000, 32.000).
    const bad = checkSheet(investmentPlan({ I11: 6000 }));
    expect(findingList(bad).filter((f) => !f.startsWith('PROCEDURE_HINT'))).toEqual(['SOURCES_SUM_MISMATCH@G11', 'SUBTOTAL_MISMATCH@I8', 'SUBTOTAL_MISMATCH@I9']);
    expect(bad.findings.find((f) => f.code === 'SOURCES_SUM_MISMATCH')).toMatchObject({ expected: '10000', actual: '11000', related: ['H11', 'I11'] });
    expect(bad.findings.find((f) => f.cell === 'I9')).toMatchObject({ expected: '16000', actual: '15000' });
  });

  it('checks the TMĐT and allocated columns on their own too', () => {
    // Section I's allocated cell typed 21.000 while its items hold 15.000 + 5.000.
    const bad = checkSheet(investmentPlan({ F9: 21000 }));
    expect(findingList(bad).filter((f) => !f.startsWith('PROCEDURE_HINT'))).toEqual(['SUBTOTAL_MISMATCH@F9']);
  });
});

describe('years and sources in columns, no total column', () => {
  // C-E: money per year (the years typed as numbers), F-G: money per source.
  //   1: 100 + 200 + 300 = 600 = 200 NSTW + 400 NSĐP
  //   2: 50 + 50 = 100, all NSTW
  const spec: SheetSpec = {
    name: 'Biểu 2',
    rows: [
      ['KẾ HOẠCH CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2021 - 2023'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Kinh phí theo năm', null, null, 'Nguồn vốn', null],
      [null, null, 2021, 2022, 2023, 'NSTW', 'NSĐP'],
      ['1', 'Số hóa hồ sơ', 100, 200, 300, 200, 400],
      ['2', 'Đào tạo an toàn thông tin', 50, 50, null, 100, null],
    ],
    merges: ['A3:A4', 'B3:B4', 'C3:E3', 'F3:G3'],
  };
  const t = checkSheet(spec);

  it('takes the row\'s amount as the sum of its year cells', () => {
    expect(t.columns.total).toBeNull();
    expect(rowAt(t, 5).amount?.toFixed()).toBe('600');
    expect(rowAt(t, 5).amountFrom).toBe('columns');
    expect(t.summary.total.toFixed()).toBe('700');
    expect(findingList(t)).toEqual([]);
  });

  it('splits each year among the row\'s sources in proportion, remainder to the last source, and says so', () => {
    // 2021: 100 × 200/600 = 33,333 NSTW, 66,667 NSĐP; 2022: 66,666 and 133,334; 2023: 100 and 200.
    // Row 2 has one source: its years are NSTW's as they stand.
    const bys = (y: number) => Object.fromEntries(Object.entries(t.summary.byYearSource.get(y) ?? {}).map(([k, v]) => [k, v?.toFixed()]));
    expect(bys(2021)).toEqual({ NSTW: '83.333', 'NSĐP': '66.667' });
    expect(bys(2022)).toEqual({ NSTW: '116.666', 'NSĐP': '133.334' });
    expect(bys(2023)).toEqual({ NSTW: '100', 'NSĐP': '200' });
    expect(plainYears(t.summary.byYear)).toEqual({ 2021: '150', 2022: '250', 2023: '300' });
    expect(t.summary.bySource.NSTW.toFixed()).toBe('300');
    expect(t.summary.proportionalRows).toBe(1);
    expect(checkResultToJSON({ file: 'x', tables: [t] }).tables[0].summary.proportionalRows).toBe(1);
  });

  it('reports sources that do not match the years', () => {
    const bad = checkSheet({ ...spec, rows: spec.rows.map((r, i) => (i === 5 ? ['2', 'Đào tạo an toàn thông tin', 50, 50, null, 90, null] : r)) });
    expect(findingList(bad)).toEqual(['SOURCES_SUM_MISMATCH@C6']);
    expect(bad.findings[0]).toMatchObject({ expected: '100', actual: '90' });
  });
});

describe('year × source cells ("Năm 2021 / NSTW")', () => {
  const t = checkSheet(yearSourceCellsPlan());

  it('reads each cell as that year\'s money of that source: nothing is shared out', () => {
    expect(t.columnInfo.slice(3).map((c) => [c.role, c.year, c.source])).toEqual([
      ['year', 2021, 'NSTW'], ['year', 2021, 'NSĐP'], ['year', 2022, 'NSTW'], ['year', 2022, 'NSĐP'],
    ]);
    expect(plainYears(rowAt(t, 5).years)).toEqual({ 2021: '500', 2022: '500' });
    expect(rowAt(t, 5).sources.map((s) => [s.code, s.amount?.toFixed()])).toEqual([['NSTW', '400'], ['NSĐP', '600']]);
    const bys = (y: number) => Object.fromEntries(Object.entries(t.summary.byYearSource.get(y) ?? {}).map(([k, v]) => [k, v?.toFixed()]));
    expect(bys(2021)).toEqual({ NSTW: '300', 'NSĐP': '800' });
    expect(bys(2022)).toEqual({ NSTW: '100', 'NSĐP': '400' });
    expect(t.summary.bySource['NSĐP'].toFixed()).toBe('1200');
    expect(t.summary.proportionalRows).toBe(0);
    expect(findingList(t)).toEqual([]);
  });
});

describe('each year\'s total beside its sources ("Năm 2026 / Tổng số | NSTW | NSĐP")', () => {
  const spec = yearTotalSourcesPlan;

  it('the sources under each year are the row\'s sources in that year, held to the year\'s total', () => {
    // Before: they were figures of their own, everything "Chưa rõ" and a false table-wide SOURCE_MISSING.
    const t = checkSheet(spec(600));
    expect(t.sums.map((s) => [s.kind, s.total, s.parts])).toEqual([['years', 3, [4, 7]], ['yearSources', 4, [5, 6]], ['yearSources', 7, [8, 9]]]);
    // Item 1: NSTW 400 + 800 = 1.200, NSĐP 600 + 1.200 = 1.800.
    expect(rowAt(t, 6).sources.map((s) => [s.code, s.amount?.toFixed()])).toEqual([['NSTW', '1200'], ['NSĐP', '1800']]);
    const bys = (y: number) => Object.fromEntries(Object.entries(t.summary.byYearSource.get(y) ?? {}).map(([k, v]) => [k, v?.toFixed()]));
    // 2026: NSTW 400 + 400, NSĐP 600 + 600; 2027: NSTW 800 + 200, NSĐP 1.200 + 800.
    expect(bys(2026)).toEqual({ NSTW: '800', 'NSĐP': '1200' });
    expect(bys(2027)).toEqual({ NSTW: '1000', 'NSĐP': '2000' });
    expect(findingList(t).filter((f) => !f.startsWith('FORMULA_HARDCODED') && !f.startsWith('SECURITY'))).toEqual([]);
  });

  it('a year whose sources miss its total is named at the year\'s cell', () => {
    // Item 1's 2026: 400 + 700 = 1.100, not 1.000 (and F5's 1.200 no longer its items' 1.300).
    const t = checkSheet(spec(700));
    const f = t.findings.find((x) => x.code === 'SOURCES_SUM_MISMATCH');
    expect(f).toMatchObject({ cell: 'D6', expected: '1000', actual: '1100' });
    expect(f?.message).toContain('các cột nguồn vốn của năm 2026 (E, F) cộng lại được 1.100 triệu đồng nhưng tổng năm 2026 là 1.000 triệu đồng');
  });
});

describe('each year\'s total beside its types ("Năm 2026 / Tổng số | Vốn ĐTPT | Vốn SN")', () => {
  const spec = (first2026CTX: number): SheetSpec => ({
    name: 'KH',
    rows: [
      ['KẾ HOẠCH ỨNG DỤNG CNTT GIAI ĐOẠN 2026-2027'], ['Đơn vị tính: triệu đồng'],
      ['STT', 'Nội dung', 'Tổng kinh phí', 'Nguồn vốn', 'Năm 2026', null, null, 'Năm 2027', null, null],
      [null, null, null, null, 'Tổng số', 'Vốn ĐTPT', 'Vốn SN', 'Tổng số', 'Vốn ĐTPT', 'Vốn SN'],
      ['1', 'Hạ tầng mạng', 3000, 'NSĐP', 1000, 400, first2026CTX, 2000, 800, 1200],
      ['2', 'Phần mềm một cửa', 2000, 'NSĐP', 1000, 400, 600, 1000, 200, 800],
    ],
    merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3', 'H3:J3'],
  });

  it('the types under each year are the row\'s types in that year, of the source its words name', () => {
    // Before: all 5.000 of no known type. By hand: ĐTPT 400 + 800 + 400 + 200 = 1.800; CTX 600 +
    // 1.200 + 600 + 800 = 3.200; all NSĐP.
    const t = checkSheet(spec(600));
    expect(t.sums.filter((s) => s.kind === 'yearTypes').map((s) => [s.total, s.parts])).toEqual([[5, [6, 7]], [8, [9, 10]]]);
    expect(rowAt(t, 5).sources.map((s) => [s.code, s.type, s.amount?.toFixed()])).toEqual([['NSĐP', 'ĐTPT', '1200'], ['NSĐP', 'CTX', '1800']]);
    expect(Object.fromEntries(Object.entries(t.summary.byType).map(([k, v]) => [k, v?.toFixed()]))).toMatchObject({ 'ĐTPT': '1800', CTX: '3200' });
    expect(t.summary.bySource['NSĐP'].toFixed()).toBe('5000');
    expect(findingList(t).filter((f) => !f.startsWith('SECURITY'))).toEqual([]);
  });

  it('a year whose types miss its total is named at the year\'s cell', () => {
    // Item 1's 2026: 400 + 700 = 1.100, not 1.000.
    const f = checkSheet(spec(700)).findings.find((x) => x.code === 'SOURCES_SUM_MISMATCH');
    expect(f).toMatchObject({ cell: 'E5', expected: '1000', actual: '1100' });
    expect(f?.message).toContain('các cột loại chi của năm 2026 (F, G: đầu tư phát triển, thường xuyên) cộng lại được 1.100 triệu đồng');
  });
});

describe('sources and spending types named without a group, and what the column-number row states', () => {
  it('"Vốn NSTW | Ngân sách tỉnh | Vốn ODA" are source columns on their own', () => {
    // 1.000 = 200 + 700 + 100.
    const t = checkSheet({
      name: 'NV',
      rows: [
        ['KẾ HOẠCH GIAI ĐOẠN 2021-2025'],
        ['STT', 'Nội dung', 'Tổng kinh phí', 'Vốn NSTW', 'Ngân sách tỉnh', 'Vốn ODA'],
        ['1', 'Trung tâm giám sát an toàn thông tin', 1000, 200, 700, 100],
      ],
    });
    expect(t.columnInfo.slice(3).map((c) => [c.role, c.source])).toEqual([['source', 'NSTW'], ['source', 'NSĐP'], ['source', 'ODA']]);
    expect(t.summary.bySource.ODA.toFixed()).toBe('100');
    expect(findingList(t)).toEqual([]);
  });

  it('"Chi đầu tư phát triển | Chi thường xuyên" are spending types; the words name the source', () => {
    // 900 = 600 ĐTPT + 300 CTX, all NSĐP; the second row's types miss its total by 50.
    const t = checkSheet({
      name: 'NV',
      rows: [
        ['KẾ HOẠCH GIAI ĐOẠN 2021-2025'],
        ['STT', 'Nội dung', 'Tổng kinh phí', 'Chi đầu tư phát triển', 'Chi thường xuyên', 'Nguồn vốn'],
        ['1', 'Giám sát an toàn thông tin', 900, 600, 300, 'NSĐP'],
        ['2', 'Cổng dịch vụ công', 500, 450, null, 'NSĐP'],
      ],
    });
    expect(t.columnInfo.slice(3, 5).map((c) => [c.role, c.type])).toEqual([['type', 'ĐTPT'], ['type', 'CTX']]);
    expect(rowAt(t, 3).sources.map((s) => [s.code, s.type, s.amount?.toFixed()])).toEqual([['NSĐP', 'ĐTPT', '600'], ['NSĐP', 'CTX', '300']]);
    expect(t.summary.byType['ĐTPT'].toFixed()).toBe('1050'); // 600 + 450
    expect(t.summary.byType['Chưa rõ'].toFixed()).toBe('50'); // the 50 row 2's types do not explain
    const f = t.findings.find((x) => x.code === 'SOURCES_SUM_MISMATCH');
    expect(f).toMatchObject({ cell: 'C4', expected: '500', actual: '450' });
    expect(f?.message).toContain('loại chi');
  });

  it('"(4)=(5)+…+(9)" leaves a sixth year column out of the total, as the form says', () => {
    // 2021-2025 make the total 500; "Năm 2026 (định hướng)" is beside it, not in it.
    const t = checkSheet({
      name: 'KH',
      rows: [
        ['KẾ HOẠCH GIAI ĐOẠN 2021-2025'],
        ['STT', 'Nội dung', 'Thời gian', 'Kinh phí', null, null, null, null, null, null, 'Nguồn vốn'],
        [null, null, null, 'Tổng số', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Năm 2025', 'Năm 2026 (định hướng)', null],
        ['(1)', '(2)', '(3)', '(4)=(5)+…+(9)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
        ['1', 'Giám sát an toàn thông tin', '2021-2026', 500, 100, 100, 100, 100, 100, 300, 'NSĐP'],
      ],
      merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:J2', 'K2:K3'],
    });
    expect(t.sums).toEqual([{ kind: 'years', total: 4, parts: [5, 6, 7, 8, 9], stated: true }]);
    expect(Object.keys(plainYears(rowAt(t, 5).allocation))).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(findingList(t)).toEqual([]);
  });
});

describe('disbursed and remaining columns', () => {
  // I: 1.000 = 400 disbursed + 600 remaining; 2.000 = 500 + 1.500. Section: 3.000, 900, 2.100.
  const rows = (remaining: number): SheetSpec['rows'] => [
    ['DANH MỤC DỰ ÁN CHUYỂN TIẾP GIAI ĐOẠN 2021-2025'],
    ['STT', 'Tên dự án', 'Tổng mức đầu tư', 'Lũy kế vốn đã giải ngân', 'Còn lại', 'Nguồn vốn'],
    ['I', 'Dự án chuyển tiếp', 3000, 900, remaining, null],
    ['1', 'Trung tâm giám sát an toàn thông tin', 1000, 400, 600, 'NSĐP'],
    ['2', 'Nền tảng số', 2000, 500, 1500, 'NSĐP'],
  ];
  const formulas = { C3: 'SUM(C4:C5)', D3: 'SUM(D4:D5)', E3: 'SUM(E4:E5)' };

  it('reads them as money checked column by column, not as the row\'s sources or years', () => {
    const t = checkSheet({ name: 'CT', rows: rows(2100), formulas });
    expect(t.columnInfo.slice(2, 5).map((c) => [c.role, c.money])).toEqual([['amount', true], ['disbursed', true], ['remaining', true]]);
    // What is left is the total less what was paid out (a balance; before, nothing was held to it):
    // 1.000 = 400 + 600, 2.000 = 500 + 1.500, 3.000 = 900 + 2.100, so nothing is said.
    expect(t.sums).toEqual([{ kind: 'balance', total: 3, parts: [4, 5], stated: false }]);
    expect(t.summary.total.toFixed()).toBe('3000');
    expect(findingList(t)).toEqual([]);
  });

  it('a remainder that is not the total less what was paid out is told at the total', () => {
    // Item 2: 2.000 − 500 = 1.500 left, written 1.400: 500 + 1.400 = 1.900 against its 2.000 (the section's
    // 2.100 then misses its items' 2.000 as well, a SUBTOTAL_MISMATCH of its own).
    const t = checkSheet({ name: 'CT', rows: [...rows(2100).slice(0, 4), ['2', 'Nền tảng số', 2000, 500, 1400, 'NSĐP']], formulas });
    expect(t.findings.filter((f) => f.code === 'SOURCES_SUM_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([['C5', '2000', '1900']]);
  });

  it('names the cell of the column whose section does not add up', () => {
    const t = checkSheet({ name: 'CT', rows: rows(2000), formulas: { C3: 'SUM(C4:C5)', D3: 'SUM(D4:D5)' } });
    expect(t.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => [f.cell, f.expected, f.actual])).toEqual([['E3', '2100', '2000']]);
  });
});

describe('a year and then its source on one header line ("Năm 2026 (NSTW)")', () => {
  // As "Năm 2026 / NSTW" on two lines: each cell is that source's money in that year. Item 1:
  // 200 + 300 + 200 + 300 = 1.000; item 2: 200 + 200 = 400. By source NSTW 200 + 200 = 400,
  // NSĐP 300 + 300 + 200 + 200 = 1.000; 2026: NSTW 200, NSĐP 500. Before, the four columns were
  // no money: everything "Chưa rõ" with a false SOURCE_MISSING.
  const spec = (headers: string[], lastOfItem1 = 300): SheetSpec => ({
    name: 'KH',
    rows: [
      ['KẾ HOẠCH ỨNG DỤNG CÔNG NGHỆ THÔNG TIN GIAI ĐOẠN 2026-2027'],
      ['Đơn vị tính: triệu đồng'],
      ['STT', 'Tên nhiệm vụ', 'Thời gian', 'Tổng kinh phí', ...headers],
      ['1', 'Nâng cấp hệ thống quản lý văn bản', '2026-2027', 1000, 200, 300, 200, lastOfItem1],
      ['2', 'Giám sát an toàn thông tin', '2026-2027', 400, null, 200, null, 200],
      [null, 'Tổng cộng', null, 1400, 200, 500, 200, 200 + lastOfItem1],
    ],
  });
  test.each([
    [['Năm 2026 (NSTW)', 'Năm 2026 (NSĐP)', 'Năm 2027 (NSTW)', 'Năm 2027 (NSĐP)']],
    [['Năm 2026 - NSTW', 'Năm 2026 - NSĐP', 'Năm 2027 - NSTW', 'Năm 2027 - NSĐP']],
    [['2026 (NSTW)', '2026 (NS tỉnh)', '2027 (NSTW)', '2027 (NS tỉnh)']],
  ])('%j', (headers) => {
    const t = checkSheet(spec(headers));
    expect(t.columnInfo.slice(4).map((c) => [c.role, c.year, c.source])).toEqual([
      ['year', 2026, 'NSTW'], ['year', 2026, 'NSĐP'], ['year', 2027, 'NSTW'], ['year', 2027, 'NSĐP'],
    ]);
    expect(rowAt(t, 4).sources.map((s) => [s.code, s.amount?.toFixed()])).toEqual([['NSTW', '400'], ['NSĐP', '600']]);
    expect(t.summary.bySource.NSTW.toFixed()).toBe('400');
    expect(t.summary.bySource['NSĐP'].toFixed()).toBe('1000');
    const bys = (y: number) => Object.fromEntries(Object.entries(t.summary.byYearSource.get(y) ?? {}).map(([k, v]) => [k, v?.toFixed()]));
    expect(bys(2026)).toEqual({ NSTW: '200', 'NSĐP': '500' });
    expect(findingList(t).filter((f) => !f.startsWith('FORMULA_HARDCODED'))).toEqual([]);
  });

  it('an item whose cells miss its total is named at its total', () => {
    // Item 1's NSĐP of 2027 typed 200: 900 against 1.000.
    const t = checkSheet(spec(['Năm 2026 (NSTW)', 'Năm 2026 (NSĐP)', 'Năm 2027 (NSTW)', 'Năm 2027 (NSĐP)'], 200));
    expect(t.findings.find((f) => f.code === 'YEARS_SUM_MISMATCH' && f.cell === 'D4')).toMatchObject({ expected: '1000', actual: '900' });
  });

  it('beside the money of one year, that year\'s sources are the total\'s sources', () => {
    // "Kế hoạch vốn năm 2027" of 15.000 + 5.000 = 20.000: NSTW 10.000, NSĐP 5.000 + 5.000 = 10.000,
    // written either way. A source then its year ("Vốn NSTW năm 2027") was read so before; the year
    // first ("Năm 2027 (NSTW)") was a figure of its own, all of it taken from the source words.
    for (const heads of [['Vốn NSTW năm 2027', 'Vốn NSĐP năm 2027'], ['Năm 2027 (NSTW)', 'Năm 2027 (NSĐP)']]) {
      const t = checkSheet({
        name: 'KH ĐTC',
        rows: [
          ['KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2027 LĨNH VỰC CNTT'],
          ['Đơn vị tính: triệu đồng'],
          ['STT', 'Danh mục dự án', 'Nguồn vốn', 'TMĐT', 'Kế hoạch vốn năm 2027', ...heads],
          ['1', 'Trung tâm dữ liệu tỉnh', 'NSĐP', 45000, 15000, 10000, 5000],
          ['2', 'Hệ thống giám sát an toàn thông tin', 'NSĐP', 12000, 5000, null, 5000],
          [null, 'Tổng cộng', null, 57000, 20000, 10000, 10000],
        ],
      });
      expect(t.columnInfo.slice(5).map((c) => [c.role, c.source])).toEqual([['source', 'NSTW'], ['source', 'NSĐP']]);
      expect(t.summary.bySource.NSTW.toFixed()).toBe('10000');
      expect(t.summary.bySource['NSĐP'].toFixed()).toBe('10000');
    }
  });

  it('a cumulative figure of a source is no year\'s money', () => {
    // "Vốn NSTW đến hết năm 2026": what was allocated up to then, not 2026's money.
    const t = checkSheet(spec(['Vốn NSTW đến hết năm 2026', 'Năm 2026 (NSĐP)', 'Năm 2027 (NSTW)', 'Năm 2027 (NSĐP)']));
    expect(t.columnInfo[4].role).not.toBe('year');
  });

  it('a year beside words that are no source stays a column of its own', () => {
    // "(đợt 1)" is a tranche, "(Trung ương)" says no budget level: neither is read as a source.
    const t = checkSheet(spec(['Năm 2026 (đợt 1)', 'Năm 2026 (đợt 2)', 'Năm 2027 (đợt 1)', 'Năm 2027 (đợt 2)']));
    expect(t.columnInfo.slice(4).map((c) => c.source)).toEqual([null, null, null, null]);
  });
});
